// Issue 16, w22 follow-ups (needless asks about figures of people): those counted by a deed of their own at the event
// (献血, 签名承诺, 下载APP) are some of who came, a figure of their own, never a second audience; the people who ran it
// (站里8个人在路口设卡, 护林员每天4人轮班) are never added to its audience; teachers written after their pupils came with
// them; a 其中 part the sender served (其中20位老人我们帮着…) is no helper inside the total.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0, doubts: [...x.doubts, ...r.doubts].map((d) => d.question) }));
};

describe('w22 needless asks', () => {
  it('who gave blood at a fair are some of who came, not a second audience', () => {
    const [r] = read('5月20日我们在体育馆门口搞了献血宣传，围观咨询的市民大约两百人，发折页九百份，现场献血四十六人，志愿者十个。', '2026-05-22');
    expect(r).toMatchObject({ headcount: 200, asked: false });
    expect(Object.values(r!.metrics)).toContain(46);
  });
  it('who signed a pledge are some of the crowd, kept as their own figure', () => {
    const [r] = read('昨天安全生产月主会场\n群众约600人\n展板15块\n现场签名承诺412人', '2026-06-17');
    expect(r).toMatchObject({ headcount: 600, asked: false });
  });
  it('who were helped to install an app are some of who came', () => {
    const [r] = read('6/3 在菜市场门口做反诈宣传, 人流 roughly 500+, 发单页 800 份, 现场帮着安装反诈APP 的 120 人.', '2026-06-05');
    expect(r).toMatchObject({ headcount: 500, asked: false });
  });
  it('the station\'s own people at a checkpoint ran it; the public they talked to came', () => {
    const [r] = read('3月28日(周六)站里6个人在景区路口设点宣传,劝导游客八百多人次,发放宣传单1500份.', '2026-03-30');
    expect(r).toMatchObject({ headcount: 800, asked: false });
  });
  it('rangers on shifts ran it', () => {
    const [r] = read('五一假期(5/1-5/5)在水库入口设宣传点,劝导游客一千多人次,发放宣传单900份,护林员每天3人轮班.', '2026-05-08');
    expect(r).toMatchObject({ headcount: 1000, asked: false });
  });
  it('teachers written after the pupils with no stop between came with them', () => {
    const [r] = read('本周三防灾减灾日我们在城关二中搞了消防疏散演练全校学生九百八十个都参加了老师五十个', '2026-05-14');
    expect(r).toMatchObject({ headcount: 980, asked: false });
  });
  it('a 其中 part the sender served is not a helper counted in the total', () => {
    const [r] = read('上周三(6/3)去了幸福里日间照料中心讲防跌倒, 老人 + 家属 一共 48 人. 其中 20 位老人我们现场帮着量了血压.', '2026-06-08');
    expect(r).toMatchObject({ headcount: 48, asked: false });
  });
  it('two audiences side by side with nothing to tell them apart are still asked', () => {
    const [r] = read('6月6日在镇文化站办了科普讲座，村民八十人，学生六十人。', '2026-06-08');
    expect(r!.asked).toBe(true);
  });
  it('sign-ups told by who actually came right after them are people, with no stops between', () => {
    const [r] = read('五一那天我们请县农机站的师傅来讲农机安全报名的有五十个实际来了四十三个', '2026-05-06');
    expect(r).toMatchObject({ headcount: 43, asked: false });
    expect(r!.metrics['个']).toBeUndefined();
  });
  it('people named after a clause saying where they are from are people; the talk is not the innovation contest', () => {
    const [r] = read('5月3日办了个乡村振兴分享会请了两个从省城回来的大学生讲电商 村民来了五十个', '2026-05-06');
    expect(r).toMatchObject({ headcount: 50, asked: false });
    expect(r!.metrics['个']).toBeUndefined();
  });
  it('"一个是…" after the people opens the next item of a list, it does not take their noun', () => {
    const r = readReport('那天村里办了两件事 一个是请农技员讲嫁接 来了三十个果农 一个是卫生院来量血压', '2026-05-06', { observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error('not an activity');
    expect(r.records[0]!.headcount).toBe(30);
  });
  it('a count with x for unknown digits restated exactly in brackets is read once, as the exact number', () => {
    const [r] = read('5/9 晚上做了一场直播讲春季过敏 💊 线上观看 2,4xx 人 (后台是 2417), 店里到场 25 位顾客', '2026-05-11');
    expect(r).toMatchObject({ headcount: 25, asked: false });
    expect(Object.values(r!.metrics)).toContain(2417);
  });
  it('a bare count between a stream and its watching is people online, not asked', () => {
    const [r] = read('周四 校内 科学讲座一场, 现场 120 人, 直播 500+ 观看', '2026-11-20');
    expect(r).toMatchObject({ headcount: 120, asked: false });
  });
  it('"volunteer" after a count of 个 is people, however it is spelt', () => {
    const [r] = read('11月16日 科技馆进社区, 我们去了 8 个 volunteer 帮忙讲解, 居民 260 人', '2026-11-18');
    expect(r).toMatchObject({ headcount: 260, asked: false });
    expect(r!.metrics['个']).toBeUndefined();
  });
  it('a pasted table cell with a note of another unit in brackets is the headcount, the note a figure', () => {
    const rows = read('本周小结\n日期\t地点\t内容\t人数\n6/2(二)\t东坡村\t果树修剪培训\t41\n6/4(四)\t南山牧场\t牛羊防疫现场会\t30(养殖户15户)', '2026-06-05');
    expect(rows.map((r) => [r.headcount, r.asked])).toEqual([[41, false], [30, false]]);
    expect(rows[1]!.metrics['户']).toBe(15);
  });
  it('an English column of mentors in a table holds the helpers, not a second audience', () => {
    const rows = read('本月活动 👇\n| Date | Event | 参加 | Mentor |\n| 3/7 Sat | 机器人体验 | 约60人次 | 4 |\n| 3/14 Sat | 无人机 workshop | 22 | 2 |', '2026-03-20');
    expect(rows.map((r) => [r.headcount, r.asked])).toEqual([[60, false], [22, false]]);
  });
  it('a counting word kept for asking counts the thing handed out when that thing is named right before it', () => {
    const [r] = read('重阳节前一天在敬老院搞了防诈骗宣传老人来了大概六十个送了雨伞三十把资料一百份', '2026-10-20');
    expect(r).toMatchObject({ headcount: 60, asked: false });
    expect(r!.metrics['把']).toBe(30);
  });
  it('with no thing named, such a count is still asked', () => {
    const [r] = read('10月17日在敬老院讲防诈骗，老人来了六十个，发了三十把。', '2026-10-20');
    expect(r!.asked).toBe(true);
  });
});

