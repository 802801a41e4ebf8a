// Holdout 18 follow-ups (helper v1): figures and headcounts stored wrong. A deed after a later count is that count's
// people's ("九十来个孩子老师五个给他们讲"); things named after 去了N个 are places; an outcome some reached (结业, 谈成意向)
// is a part of who came; members enrolled at a founding meeting are its membership; experts who came to inspect a
// place applied for are no audience; watchers written in English ("watch 1.5k") are who watched online.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('holdout 18 figures (v1)', () => {
  it('"七十多个孩子老师五个给他们讲": the deed after the teachers is theirs, the pupils are who came', () => {
    const [r] = read('上周五我们水厂办开放日实验小学三年级来参观了来了七十多个孩子老师五个给他们讲了自来水怎么净化的发了宣传册八十本', '2026-05-12');
    expect(r).toMatchObject({ headcount: 70, asked: false });
    expect(r!.metrics).toEqual({ '人(教师)': 5, 本: 80 });
  });
  it('"技术员又去了4个大棚": things named after 去了N个 are the places reached, not people', () => {
    const [r] = read('上周二请县农技站给种菜户讲了大棚蔬菜病害防治，到场35位，会后技术员又去了4个大棚现场看苗', '2026-04-16');
    expect(r).toMatchObject({ headcount: 35, asked: false });
    expect(r!.metrics).toEqual({ 个: 4 });
  });
  it('"学员六十来个，结业五十八个": who finished are some of the trainees, a figure of their own', () => {
    const [r] = read('九月份中心一共开了两期短训班，学员加起来六十来个，结业五十八个，明细表月底报。', '2026-10-08');
    expect(r).toMatchObject({ headcount: 60, asked: false });
    expect(r!.metrics).toEqual({ 期: 2, '人(结业)': 58 });
  });
  it('"当场谈成意向的有二十来个": people who reached an agreement are some of who came', () => {
    const [r] = read('昨天在文化广场办了个农民工专场招聘会，进场的求职者一百五十人左右，参会企业十二家，当场谈成意向的有二十来个。', '2026-03-11');
    expect(r).toMatchObject({ headcount: 150, asked: false });
    expect(r!.metrics).toEqual({ 家: 12, '人(谈成意向)': 20 });
  });
  it('"会员登记了三十八个" at a founding meeting is the membership, no headcount', () => {
    const [r] = read('报告个喜讯 我们公司的企业科协上周五开了成立大会 选了理事五个 会员登记了三十八个 县科协王部长到会讲话', '2026-06-15');
    expect(r).toMatchObject({ headcount: null, asked: false });
    expect(r!.metrics).toEqual({ '人(理事)': 5, '人(会员)': 38 });
  });
  it('experts who came to inspect the place applied for are no audience', () => {
    const [r] = read('报告:水厂展厅申报市级科普教育基地 9月22日 市里专家组4人来现场验收 已通过', '2026-09-25');
    expect(r).toMatchObject({ date: '2026-09-22', headcount: null });
    expect(r!.metrics).toEqual({ '人(专家)': 4 });
  });
  it('"另外线上直播 watch 1.5k": watchers in English beside who came on site are a figure online', () => {
    const [r] = read('周四防灾减灾日 给物流公司 drivers 做了 first aid training, 到场 36 名, 另外线上直播 watch 1.5k', '2026-05-16');
    expect(r).toMatchObject({ headcount: 36 });
    expect(r!.metrics).toEqual({ '人次(线上)': 1500 });
  });
  it('"报名\t实到\t考核通过" columns: who came is the headcount, who passed a figure of their own', () => {
    const rs = read('补报上月急救员培训：\n日期\t单位\t报名\t实到\t考核通过\n4月8日\t城关二中教师\t50\t47\t44\n4月15日\t县客运站职工\t36\t35\t33', '2026-05-06');
    expect(rs.map((r) => [r.date, r.headcount, r.metrics['人(考核通过)']])).toEqual([['2026-04-08', 47, 44], ['2026-04-15', 35, 33]]);
  });
  it('"上午一场下午一场" with no stop between: two sessions of one day', () => {
    const [r] = read('重阳节那天 社区和卫生院一起办了老年人防跌倒讲座 上午一场下午一场 一共来了一百六十个人 发了宣传单两百来份', '2026-10-28');
    expect(r).toMatchObject({ headcount: 160 });
    expect(r!.metrics).toMatchObject({ 场: 2, 份: 200 });
  });
  it('"上下午各一场" inside the second event is no session of the first', () => {
    const rs = read('我们站的两场补一下：\n上周一 气象科普课，实验小学五年级两个班，96人\n上周三 放防灾科普片，上下午各一场，两场一共180人次左右', '2026-04-02');
    expect(rs[0]!.metrics).toEqual({ 班: 2 });
    expect(rs[1]!.metrics).toEqual({ 场: 2 });
  });
  it('"不一条条报了": a doubled measure after 一 is one by one, no count', () => {
    const [r] = read('10月份青少年编程公益课汇总：一共上了9节，累计到课420人次。每节的就不一条条报了。', '2026-11-03');
    expect(r!.metrics).toEqual({ 节: 9 });
  });
  it('"安置房二期项目部": a phase of a building project is no count of sessions', () => {
    const [r] = read('我是安置房二期项目部的老王。上周四晚上在工地食堂请消防队讲了冬季防火，来了六十二个工友，发了安全手册八十本。', '2026-12-14');
    expect(r).toMatchObject({ headcount: 62 });
    expect(r!.metrics).toEqual({ 本: 80 });
  });
  it('"老人防诈讲解\t33人" in a table row: the talk named by who it was for, the count is theirs', () => {
    const rs = read('补报 5月防诈下乡 2场\n5/7\t石门村文化广场\t摆摊咨询\t约120人\t折页500份\n5/21\t东山镇敬老院\t老人防诈讲解\t33人\t-', '2026-06-03');
    expect(rs.map((r) => r.headcount)).toEqual([120, 33]);
    expect(rs[1]!.metrics).toEqual({});
  });
});
