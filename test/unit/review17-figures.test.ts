// Review of session 17 (our own sentences): rules added this session must not swallow figures of other messages.
// A "not reported" clause belongs to the figure it follows, not to another clause's people; 海报/黑板报 are no
// "报 N 个" of entries; children taken to a place are people, not a place described by its people.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('review 17: figures kept', () => {
  it('keeps a figure whose next clause leaves out some other count (不计入 of the volunteers)', () => {
    const r = one('今天在广场办了消防宣传，发资料200份，志愿者10人不计入参与人数，来了群众150人', '2026-11-09');
    expect(r.headcount).toBe(150);
    expect(r.metrics).toEqual({ 份: 200, '人(志愿者)': 10 });
  });
  it('still leaves out a figure the writer says is not to be recorded, right after it', () => {
    const r = one('今天讲座来了50人，发资料100份，这个不用记', '2026-11-09');
    expect(r.headcount).toBe(50);
    expect(r.metrics).toEqual({});
  });
  it('counts posters and blackboard bulletins in 个 (海报, 黑板报 are no report of entries)', () => {
    const r = one('本周制作海报5个，展板10块，接待群众120人', '2026-11-09');
    expect(r.metrics).toEqual({ 个: 5, 块: 10 });
    const s = one('今天社区出黑板报3个，发放资料200份，居民80人参加', '2026-11-09');
    expect(s.metrics).toEqual({ 个: 3, 份: 200 });
  });
  it('still reads 补报两个 / 再报两项 as the entries the message carries', () => {
    const r = readReport('再报两项：八月三号在李家村讲防汛来了四十个人；八月五号去王庄发了宣传单八十张', '2026-08-10', {});
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records.map((x) => x.metrics['项'])).toEqual([undefined, undefined]);
  });
  it('counts children taken to a place nearby as who came', () => {
    const r = one('周六带着20个孩子去附近的社区宣传垃圾分类，发资料100份', '2026-11-09');
    expect(r.headcount).toBe(20);
    expect(r.metrics).toEqual({ 份: 100 });
    const s = one('周六志愿者带着二十个孩子到附近的小区捡垃圾', '2026-11-09');
    expect(s.headcount).toBe(20);
  });
  it('still counts villages described by their people as places', () => {
    const r = one('上周走访了三个留守儿童较多的村，发放安全手册150本', '2026-11-09');
    expect(r.metrics).toEqual({ 个: 3, 本: 150 });
  });
});
