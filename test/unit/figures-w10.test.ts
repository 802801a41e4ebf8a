// Figure holes the w10 blind set showed (issue 16): a noun after 个 that is a unit itself is the metric's key,
// never a bare 个; people named with their coming and a count in one clause are counted (a labelled figure or
// the headcount), never dropped; an English "到场… about 210" clause of people is the headcount.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('figures (w10)', () => {
  it('keys "N个课时" and "N个组" by the noun, never 个 (w10b-r034)', () => {
    const r = one('园区企业科协秘书长培训班1月13—14日在管委会办完了，参训29人，共6个课时，课件已发群里', '2026-01-16');
    expect(r.headcount).toBe(29);
    expect(r.metrics).toEqual({ 课时: 6 });
    expect(one('昨天县科协干部分3个组走访慰问一线科技工作者28人', '2026-05-31').metrics).toEqual({ 组: 3 });
    expect(one('昨天培训班结业，学员40人，共8个学时', '2026-05-31').metrics).toEqual({ 学时: 8 });
  });
  it('keeps places and things counted with 个 as the labelled sets do ("5个村" → 个)', () => {
    expect(one('上周镇科协下了5个村讲春耕 来了260人', '2026-04-02').metrics).toEqual({ 个: 5 });
  });
  it('counts people named with their coming in one clause, the unit left out (w10a-r035)', () => {
    const r = one('周六的小小医生职业体验搞完了 孩子35个 家长陪着来的30多 护士出动了8个😅 下次得限号', '2026-07-27');
    expect(r.headcount).toBe(35);
    expect(r.metrics).toEqual({ '人(家长)': 30, '人(护士)': 8 });
  });
  it('reads people "到场… about 210" as the headcount, not a step to come blanked (w10a-r025)', () => {
    const r = one('County-level 评审 for 青少年科技创新大赛 done on Sat 10/17 📋 共收到作品126件, 评委9位, 学生和指导老师到场答辩 about 210. Results out next week', '2026-10-19');
    expect(r.headcount).toBe(210);
    expect(r.approximate).toBe(true);
    expect(r.metrics).toEqual({ 件: 126, '人(评委)': 9 });
  });
  it('asks about a count it cannot place in a trailing clause, rather than blanking it with the step to come', () => {
    const r = one('评审 done on Sat 10/17, 共收到作品126件, 现场答辩 about 210. Results out next week', '2026-10-19');
    expect(r.headcount).toBeNull();
    expect(r.doubts.map((d) => d.question).join('')).toContain('210');
  });
});
