// Issue 16, w20 follow-ups (helper t1): figures of stored records. A number inside a day's name (腊八) or a school
// grade (高一, 初二) counts nothing; the entry a message announces ("补报一项…活动") is no figure; people who only
// signed up for something later are not who came; the people a visit went to are its participants even when their
// posts are listed with 、; the parts of a training's programme (三个专题) are counted; sessions named 一期…二期 down a
// list are their names; rounds (两轮) are counted, "N轮下来" (over N rounds) is a span.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};
const people = (m: Record<string, number>): number[] => Object.entries(m).filter(([k]) => k.startsWith('人(')).map(([, v]) => v);

describe('w20 figures stored wrong (t1)', () => {
  it('the 八 of 腊八 names the day, it counts no 节', () => {
    const [r] = read('前天腊八节镇上赶大集 我们请了两位县里的专家在集上坐诊 来问的乡亲有九十来个 资料发了四百多份', '2026-01-28');
    expect(r!.metrics['节']).toBeUndefined();
    expect(r!.metrics).toMatchObject({ 份: 400 });
    expect(r).toMatchObject({ headcount: 90 });
  });
  it('a school grade before the classes counted is no range (高一两个班 is two classes)', () => {
    const [r] = read('上周三去县二中做了一场讲座《身边的化学》，高二三个班，一共140名学生', '2026-05-25');
    expect(r!.metrics).toEqual({ 场: 1, 班: 3 });
    expect(r).toMatchObject({ headcount: 140 });
    const [b] = read('5月20日给初一两个班上了防溺水安全课，学生共85人。', '2026-05-25');
    expect(b!.metrics).toMatchObject({ 班: 2 });
  });
  it('the entry a follow-up announces ("补报一项…活动") is no figure of 项', () => {
    const [r] = read('补报一项去年的活动：2025年12月20日，我社区为辖区老人举办防诈骗知识讲座一场，听讲老人56人，发放宣传册60本。因年底事多，未及时报送。', '2026-01-06');
    expect(r!.metrics).toEqual({ 场: 1, 本: 60 });
    expect(r).toMatchObject({ headcount: 56 });
  });
  it('people who signed up for something later are not who came to the event told', () => {
    const [r] = read('昨天在镇中学给初三学生办了防溺水讲座一场，初三全来了，380人！另外有25个学生报名暑期救生员培训', '2026-06-12');
    expect(r).toMatchObject({ headcount: 380 });
    expect(r!.metrics['场']).toBe(1);
    expect(Object.keys(r!.metrics).filter((k) => k.startsWith('人(') && !k.includes('报名'))).toEqual([]);
  });
  it('the people a visit went to are who it served, their posts listed with 、', () => {
    const [r] = read('6月1日，单位工会和科协一起走访慰问了检验、研发岗位的一线技术人员9人，送上慰问品9份，并在宣传栏展出了单位三名“优秀科技工作者”的事迹。', '2026-06-03');
    expect(r).toMatchObject({ headcount: 9 });
    expect(r!.metrics).toMatchObject({ 份: 9 });
    expect(people(r!.metrics)).toEqual([3]);
  });
  it('the topics of a training are counted (讲了四个专题)', () => {
    const [r] = read('12月3号在镇文化站办了农村电商培训，应到50人，实到学员45人，讲了四个专题。', '2026-12-08');
    expect(r).toMatchObject({ headcount: 45 });
    expect(r!.metrics).toMatchObject({ 个: 4 });
  });
  it('sessions named 一期, 二期 down a list are their names, not counts', () => {
    const rs = read('寒假科学营两期：\n1. 1/20–1/23 一期 30 个孩子\n2. 2/3–2/6 二期 28 个孩子\n每期 4 天', '2026-02-10');
    expect(rs.map((r) => r.headcount)).toEqual([30, 28]);
    for (const r of rs) expect(r.metrics['期']).toBeUndefined();
  });
  it('rounds of a drill are counted; N轮下来 is the time over them; 三轮 driven is a vehicle', () => {
    const [r] = read('5月12日在厂区搞了地震疏散演练 全厂职工二百零五人参加 演练搞了三轮 另外消防讲座一场', '2026-05-14');
    expect(r).toMatchObject({ headcount: 205 });
    expect(r!.metrics).toEqual({ 轮: 3, 场: 1 });
    const [b] = read('端午节前在社区做了包粽子科学小实验，两轮下来一共来了一百多位大小朋友。', '2026-06-22');
    expect(b!.metrics).toEqual({});
    const [c] = read('11月5日农机安全培训，参加的农户四十多人，有开三轮的也有开拖拉机的，发手册五十本。', '2026-11-10');
    expect(c!.metrics).toEqual({ 本: 50 });
  });
  it('rounds held as the event itself, or 轮 inside a word, are no count', () => {
    const [r] = read('10月中旬搞了一轮青年员工“微课堂”比赛，各班组轮流上台，累计观看180人次', '2026-10-26');
    expect(r!.metrics['轮']).toBeUndefined();
    const [b] = read('上周二至周四科普大篷车进校，全校初一到初三轮流参观，大约900名学生，展品20件。', '2026-11-16');
    expect(b!.metrics).toEqual({ 件: 20 });
  });
  it('who practised a skill at a stand are a part of who came, even counted in 人 beside 人次', () => {
    const [r] = read('9月19日在广场科普日设健康展位，到展位咨询群众约380人次，开展急救包扎现场教学3轮，参与实操的居民47人，发放资料900余份。', '2026-09-22');
    expect(r).toMatchObject({ headcount: 380 });
    expect(r!.metrics).toMatchObject({ 轮: 3, 份: 900 });
  });
  it('an earlier sign-up in brackets after a count of teachers does not make them sign-ups', () => {
    const [r] = read('4月20日组织二年级两个班学生到县科技馆参观，实到学生70人，带队教师4人（原报名75人，5人请假）。', '2026-04-24');
    expect(r).toMatchObject({ headcount: 70 });
    expect(Object.keys(r!.metrics).some((k) => k.includes('报名'))).toBe(false);
  });
});
