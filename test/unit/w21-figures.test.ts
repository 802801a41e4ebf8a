// Figure holes the w21 blind set showed (issue 16), in our own words: children called 宝贝 are who came; people put
// to serve or adults who teach the children are staff; 老师 and 教师 are one role key; a 其中 count of 个 is some of the
// people; days open equal to the span written are its length; buildings and listed places reached are counted;
// trainees are the headcount over sign-ups; places described by their people are places; experts who judged the
// sender's own place are no participants; people honoured by a title are a labelled figure; the parts of one day's
// event add up.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};
const records = (text: string, today: string): ReadRecord[] => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records;
};

describe('figures (w21)', () => {
  it('counts 宝贝 as the children who came; teachers keyed 人(教师); adults who teach them are staff (w21b-r003, r005)', () => {
    const r = one('今天幼儿园搞了防火演练，中大班八个班，两百四十多个宝贝，老师二十位，派出所的叔叔来了2位教大家报警', '2026-11-09');
    expect(r.headcount).toBe(240);
    expect(r.approximate).toBe(true);
    expect(r.metrics).toEqual({ 班: 8, '人(教师)': 20, '人(民警)': 2 });
    const s = one('周四上午中班58个宝贝+带班老师6位去消防站参观', '2026-11-14');
    expect(s.headcount).toBe(58);
    expect(s.metrics).toEqual({ '人(教师)': 6 });
  });
  it('keeps children put to serve as guides as staff, not a count of 个 (w21b-r007)', () => {
    const r = one('周日在公园办科普集市，带了8个大班宝贝当小讲解员，接待市民两百人左右，发折页300份', '2026-09-21');
    expect(r.headcount).toBe(200);
    expect(r.metrics).toEqual({ '人(讲解员)': 8, 份: 300 });
    expect(r.doubts).toEqual([]);
  });
  it('leaves out a 其中 count of 个 after the headcount (w21a-r031)', () => {
    const r = one('11/3 给开发区4家企业讲危化品储存,参训35人,其中6个是安全主管', '2026-11-05');
    expect(r.headcount).toBe(35);
    expect(r.metrics).toEqual({ 家: 4 });
  });
  it('leaves out days open that are the span written, keeps "N天里共接待" (w21b-r020)', () => {
    expect(one('国庆 10.1–10.7 球幕影院照常运行，开放 7 天，共放映 28 场，观众 2,100 人次', '2026-10-09').metrics).toEqual({ 场: 28 });
  });
  it('counts buildings by 栋 and a list of places before N个点 by 个 (w21b-r025, w21c-r037)', () => {
    expect(one('3月8号物业上门查电动车充电，走了4栋楼，查了96户', '2026-03-10').metrics).toEqual({ 栋: 4, 户: 96 });
    expect(one('8/3–8/7 办了少年科学营，营员40人，参观了气象站、水厂和农科所3个点', '2026-08-10').metrics).toEqual({ 个: 3 });
  });
  it('takes who trained as the headcount over who signed up (w21c-r026)', () => {
    const r = one('上周办了电工培训班，报名30人，参训27人，考核通过25人', '2026-04-01');
    expect(r.headcount).toBe(27);
    expect(r.metrics).toEqual({ '人(报名)': 30, '人(考核通过)': 25 });
  });
  it('counts places described by the people in them as places (w21a-r033)', () => {
    const r = one('腊月二十五我们去了五个独居老人多的自然村，入户查线路六十户', '2026-02-20');
    expect(r.headcount).toBeNull();
    expect(r.metrics).toEqual({ 个: 5, 户: 60 });
  });
  it('stores no headcount when the only people are experts who judged the sender\'s own place (w21a-r024)', () => {
    const r = one('补报：10月9日，我馆通过市科协组织的科普基地复核验收，验收专家4人。', '2026-10-12');
    expect(r.headcount).toBeNull();
    expect(r.metrics).toEqual({ '人(专家)': 4 });
  });
  it('keeps people honoured by a title as a labelled figure, not 个 (w21c-r020)', () => {
    const r = one('五月三十号车间慰问了一线技术骨干二十个人 还评了三个优秀青年技术员', '2026-06-01');
    expect(r.headcount).toBe(20);
    expect(r.metrics).toEqual({ '人(优秀青年技术员)': 3 });
    expect(r.doubts).toEqual([]);
  });
  it('adds up the audiences and classes of the parts of one day\'s event (w21a-r002 and an older report)', () => {
    const r = one('12月5日在河口镇开展防火宣传，上午来了村民35人，下午镇干部共计45人参加', '2026-12-07');
    expect(r.headcount).toBe(80);
    expect(r.metrics).toEqual({});
    const s = one('昨天气象站开放日 上午城南小学来了两个班 下午县一中来了一个班 一共一百来个学生', '2026-03-24');
    expect(s.metrics).toEqual({ 班: 3 });
    expect(s.headcount).toBe(100);
  });
  it('leaves out a figure the writer says is not reported (w21b-r013)', () => {
    const r = one('补报一个 十月九号给社区老人上了一堂防诈骗课来了三十五个老人 另外月底学生去省里比赛拿了三个二等奖这个不算科普吧就不报了', '2026-11-02');
    expect(r.headcount).toBe(35);
    expect(r.metrics).toEqual({});
  });
  it('takes staff and the public added together as the headcount (w21c-r013)', () => {
    const r = one('周五在广场装了一块科普宣传屏,搞了个启用仪式,领导+群众五十几个人.', '2026-07-05');
    expect(r.headcount).toBe(50);
    expect(r.approximate).toBe(true);
  });
  it('still files two sessions at two places as two records', () => {
    expect(records('昨天上午在桃园村讲果树修剪来了五十个人，下午去杏林村讲了一场三十多个', '2026-03-24').length).toBe(2);
  });
});
