import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const one = (text: string, year = 2026) => {
  const due = parseDeadlines(text, year);
  expect(due).toHaveLength(1);
  return due[0];
};

describe('parseDeadlines', () => {
  it('reads "X月X日前" as a deadline on that day', () => {
    expect(one('8月20日前完成组建')).toMatchObject({ text: '8月20日前', start: '2026-08-20', end: '2026-08-20', kind: 'deadline', implied: false });
  });
  it('reads "X月底前" as the last day of the month', () => {
    expect(one('2月底前报送')).toMatchObject({ end: '2026-02-28', kind: 'deadline' });
  });
  it('reads 初, 中旬 and 下旬 as parts of a month', () => {
    expect(one('7月初召开')).toMatchObject({ start: '2026-07-01', end: '2026-07-10', kind: 'period' });
    expect(one('九月中旬')).toMatchObject({ start: '2026-09-11', end: '2026-09-20' });
    expect(one('10月下旬')).toMatchObject({ start: '2026-10-21', end: '2026-10-31' });
  });
  it('reads quarters, halves and 年内', () => {
    expect(one('第三季度完成')).toMatchObject({ start: '2026-07-01', end: '2026-09-30', kind: 'period' });
    expect(one('上半年完成方案')).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    expect(one('年内建成')).toMatchObject({ end: '2026-12-31', kind: 'deadline' });
  });
  it('does not read "总结上半年工作" as a deadline', () => {
    expect(parseDeadlines('总结上半年工作、部署下半年任务', 2026)).toEqual([]);
  });
  it('marks 每年 dates and 每季度末 as recurring', () => {
    expect(one('每年7月初召开全委会')).toMatchObject({ recurring: 'yearly', start: '2026-07-01' });
    const quarterly = parseDeadlines('每季度末报送信息', 2026);
    expect(quarterly.map((d) => d.end)).toEqual(['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']);
    expect(quarterly.every((d) => d.recurring === 'quarterly')).toBe(true);
  });
  it('puts 次年 dates in the following year', () => {
    expect(one('次年1月底前报送')).toMatchObject({ end: '2027-01-31' });
  });
  it('keeps an explicit year and reads ranges', () => {
    expect(one('2025年12月28日举办')).toMatchObject({ start: '2025-12-28', kind: 'event' });
    expect(one('5月15日至20日开展')).toMatchObject({ start: '2026-05-15', end: '2026-05-20', kind: 'period' });
  });
  it('ignores durations and 月度', () => {
    expect(parseDeadlines('实施3个月的月度报告', 2026)).toEqual([]);
  });
});

describe('parseDeadlines: the periods real plans write', () => {
  const spans = (text: string) => parseDeadlines(text, 2026).map((d) => [d.start, d.end, d.kind, d.recurring ?? '']);
  it('reads "9月10前" without 日, and month spans due in each month they cover', () => {
    expect(spans('9月10前上报')).toEqual([['2026-09-10', '2026-09-10', 'deadline', '']]);
    expect(spans('1—4月开展')).toEqual([['2026-01-01', '2026-04-30', 'period', 'monthly']]);
    expect(spans('10—12月份组织')).toEqual([['2026-10-01', '2026-12-31', 'period', 'monthly']]);
    expect(spans('5月上旬至6月上旬举办')).toEqual([['2026-05-01', '2026-06-10', 'period', 'monthly']]);
    expect(spans('2021-2025年规划；培育1-3个')).toEqual([]);
  });
  it('reads 每逢单月/双月, 每半年, 全年, 年内, 年底前 and 一季度末', () => {
    expect(spans('每逢单月召开').map((s) => s[1])).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-09-30', '2026-11-30']);
    expect(spans('双月更新')).toHaveLength(6);
    expect(spans('每半年报送一次').map((s) => s[1])).toEqual(['2026-06-30', '2026-12-31']);
    for (const t of ['全年开展活动', '年内建成', '年底前完成']) expect(spans(t)).toEqual([['2026-12-31', '2026-12-31', 'deadline', '']]);
    expect(spans('一季度末前完成')).toEqual([['2026-03-31', '2026-03-31', 'deadline', '']]);
    expect(spans('3月底前制定全年科普活动计划')).toEqual([['2026-03-31', '2026-03-31', 'deadline', '']]);
  });
  it('does not take a past event for a deadline', () => {
    expect(spans('三届四次全委会已于3月5日召开')).toEqual([]);
    expect(spans('初赛已于3月20日举行，决赛定于6月中旬举办')).toEqual([['2026-06-11', '2026-06-20', 'period', '']]);
  });
});

describe('parseDeadlines: quarter spans', () => {
  it('reads 二、三季度 as one period from the first quarter’s start to the last one’s end', () => {
    expect(parseDeadlines('二、三季度集中开展', 2026).map((d) => [d.start, d.end])).toEqual([['2026-04-01', '2026-09-30']]);
    expect(parseDeadlines('第三季度', 2026).map((d) => [d.start, d.end])).toEqual([['2026-07-01', '2026-09-30']]);
  });
});

describe('parseDeadlines: numeric dates from web tables', () => {
  it('reads 2026.3.31前 and 2026-09-30 with their year', () => {
    expect(parseDeadlines('2026.3.31前完成', 2025).map((d) => [d.start, d.kind])).toEqual([['2026-03-31', 'deadline']]);
    expect(parseDeadlines('2026-09-30', 2025).map((d) => [d.start, d.kind])).toEqual([['2026-09-30', 'event']]);
    expect(parseDeadlines('版本1.2.3，电话0735-5521234', 2025)).toEqual([]);
  });
});

describe('parseDeadlines: ranges keep their end (issue 17)', () => {
  const range = (t: string, context: { month?: number } = {}): string[][] => parseDeadlines(t, 2025, context).map((d) => [d.start, d.end]);
  it('reads 10月12日——18日, 10月12日至18日, 10月12-18日 and a bare 12-18日 after its month', () => {
    for (const t of ['10月12日——18日举办', '10月12日至18日举办', '10月12-18日举办', '10月12日—10月18日举办']) expect(range(t), t).toEqual([['2025-10-12', '2025-10-18']]);
    expect(range('10月份开展科普周活动，12-18日集中展示')).toEqual([['2025-10-01', '2025-10-31'], ['2025-10-12', '2025-10-18']]);
    expect(range('12日至18日集中展示', { month: 11 })).toEqual([['2025-11-12', '2025-11-18']]);
  });
  it('reads a range whose 至 a page lost ("5月15日21日") only when the second day is later', () => {
    expect(range('二、时间 2025年5月15日21日')).toEqual([['2025-05-15', '2025-05-21']]);
    expect(range('5月20日15日')).toEqual([['2025-05-20', '2025-05-20']]);
  });
  it('reads no range from bare days without a month, nor from a phone number or a version', () => {
    expect(range('12-18日集中展示')).toEqual([]);
    expect(range('电话0915-7212345')).toEqual([]);
  });
});
