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
