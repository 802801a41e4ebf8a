// Figures misread in holdout 6 (issue 16): a bare 个 count after a people noun is who came, however the words run
// on; a total with onlookers added and 比…多了N are no figures of their own; N个组 counts groups; 枚 is a unit;
// 专家作报告N个 counts the reports; N个名额 is a quota; hearsay of last year's count is chatter.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('holdout 6 figures', () => {
  it('reads the people named right before a bare 个 count as the headcount, with no stop after it', () => {
    const r = one('报个活动啊昨天白马镇赶场我们在街上摆了科普摊子发资料五百多份来咨询的群众两百来个县林业局来了两个专家坐诊', '2026-03-20');
    expect(r.headcount).toBe(200);
    expect(r.approximate).toBe(true);
    expect(r.metrics).toEqual({ 份: 500, '人(专家)': 2 });
  });
  it('drops a total with onlookers added (加上看热闹的有N个)', () => {
    const r = one('今天上午村里那个种植培训搞完了 来了三十几个 加上看热闹的有五十来个', '2026-11-05');
    expect(r.headcount).toBe(30);
    expect(r.metrics).toEqual({});
  });
  it('drops a difference between occasions (比第二期多了N个)', () => {
    const r = one('上周五开的班 来了学员七十一个 比第二期多了二十来个', '2026-11-18');
    expect(r.headcount).toBe(71);
    expect(r.metrics).toEqual({});
  });
  it('counts N个组 in 组, 枚 as a unit, and 作报告N个 as reports', () => {
    expect(one('5·30全国科技工作者日，县科协班子成员分4个组走访慰问一线科技工作者32人。', '2026-05-31').metrics).toEqual({ 组: 4 });
    expect(one('昨天科学社团做水火箭 30个娃 发射成功了22枚', '2027-01-08').metrics).toEqual({ 枚: 22 });
    expect(one('县电子学会年会12月20日召开，到会会员112人，交流论文15篇，特邀专家作报告3个。', '2026-12-23').metrics).toEqual({ 篇: 15, 个: 3 });
  });
  it('reads N个名额 as a quota, not a figure', () => {
    const r = one('7月18号请了县气象局的李工来讲天气，报名只放了60个名额，结果当天来了八十多个孩子。', '2026-07-20');
    expect(r.headcount).toBe(80);
    expect(r.metrics).toEqual({});
  });
  it('reads hearsay of last year\'s count with a hope for this year as chatter', () => {
    const r = readReport('今天开会老王说去年重阳节那次活动来了一百多人，今年要争取翻一番，哈哈，我看悬。', '2026-10-20', {});
    expect(r.kind).toBe('not_activity');
  });
  it('reads 估计两百往上 as about 200 people on a diary line', () => {
    const r = readReport('上周工作日志\n周二 到东坪村讲苹果树嫁接 来了52个人\n周三 下雨 没出去\n周六 白马乡农资咨询 人太多没数 估计两百往上', '2026-03-23', {});
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.headcount, x.approximate])).toEqual([['2026-03-17', 52, false], ['2026-03-21', 200, true]]);
  });
  it('skips a list line that says it was already reported', () => {
    const r = readReport('宣传周工作情况\n5.11 县幼儿园 消防安全课 小朋友150人\n5.12 人民广场 主题宣传（和县科协一起搞的，前面已经报过了）\n5.14 城南社区 燃气安全讲座 居民60余人', '2026-05-18', {});
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.headcount])).toEqual([['2026-05-11', 150], ['2026-05-14', 60]]);
  });
  it('dates a list line by its own day, not by the heading span that ends the line above', () => {
    const r = readReport('宣传周工作情况（5.11—5.17）\n5.11 周一 县幼儿园 消防安全课 小朋友150人\n5.14 周四 城南社区 燃气安全讲座 居民60余人', '2026-05-18', {});
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.dateEnd])).toEqual([['2026-05-11', null], ['2026-05-14', null]]);
  });
});
