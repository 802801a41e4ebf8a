import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const TODAY = '2026-11-20';
const records = (text: string) => {
  const r = readReport(text, TODAY, { explicit: false });
  return r.kind === 'activity' ? r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics })) : r.kind;
};

describe('several events in one message', () => {
  it('splits at a later time of day after a space, each counting its people', () => {
    expect(records('昨天上午在桃源村讲水稻病虫害 四十几个人 下午转到金竹村又讲了一场 来了二十八个')).toEqual([
      { date: '2026-11-19', headcount: 40, metrics: {} },
      { date: '2026-11-19', headcount: 28, metrics: { 场: 1 } },
    ]);
  });
  it('splits at 第二天 after an event that counted its people, dated the day after', () => {
    expect(records('上周六在文化广场搞了科普活动来了三百多人发资料1500份,第二天又去东关社区给老年人讲防诈骗,四十几个人')).toEqual([
      { date: '2026-11-14', headcount: 300, metrics: { 份: 1500 } },
      { date: '2026-11-15', headcount: 40, metrics: {} },
    ]);
    expect(records('11日在城关镇搞了科普讲座来了八十人，次日又去白马乡讲了一场，六十人')).toEqual([
      { date: '2026-11-11', headcount: 80, metrics: {} },
      { date: '2026-11-12', headcount: 60, metrics: { 场: 1 } },
    ]);
  });
  it('splits at a new weekday, not at the lead that says how many things follow', () => {
    const got = records('这周乡里两件事，周一在中心校放了科普电影两场学生大概三百人，周四去敬老院讲防煤气中毒来了三十几个老人');
    expect(got).toEqual([
      { date: '2026-11-16', headcount: 300, metrics: { 场: 2 } },
      { date: '2026-11-19', headcount: 30, metrics: {} },
    ]);
  });
  it('keeps a part dated 同一天 as its own record', () => {
    const got = records('周一在县体育馆搞了主场活动,参与群众500多人;同一天各乡镇开展活动12场;周三在幸福里社区,200人左右');
    expect(Array.isArray(got) && got.map((r) => r.date)).toEqual(['2026-11-16', '2026-11-16', '2026-11-18']);
  });
  it('splits times of day named with their places, then with their people', () => {
    const read = readReport('昨儿上午在桃园村下午在杏林村 都是讲冬季果树修剪 上午五十个人下午三十多个', TODAY, { explicit: false });
    expect(read.kind === 'activity' && read.records.map((r) => [r.date, r.headcount, r.title])).toEqual([
      ['2026-11-19', 50, '桃园村讲冬季果树修剪'],
      ['2026-11-19', 30, '杏林村讲冬季果树修剪'],
    ]);
    expect(records('昨天上午在一中下午在二中做科普报告，上午300人，下午250人')).toEqual([
      { date: '2026-11-19', headcount: 300, metrics: {} },
      { date: '2026-11-19', headcount: 250, metrics: {} },
    ]);
  });
  it('keeps one event when the day and its people are one', () => {
    expect(records('专场演出两场，观众共计420人，馆内工作人员出动11人')).toHaveLength(1);
    expect(records('周六在广场办了科普集市，来了三百人，周日收摊')).toHaveLength(1);
  });
});
