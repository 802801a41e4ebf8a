// Review of session 17 (our own sentences): 等 as "and so on" before 通知精神 is no "wait for notice"; a suspension
// until further notice still is a notice.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

describe('review 17: 等通知', () => {
  it('reads a meeting that studied notices (…等通知精神) as a report', () => {
    const r = readReport('今天组织村干部传达学习了县里防汛抗旱等通知精神，参会40人', '2026-11-09', {});
    expect(r.kind).toBe('activity');
    expect(r.kind === 'activity' && r.records.map((x) => x.headcount)).toEqual([40]);
  });
  it('still reads a suspension until further notice as no report', () => {
    expect(readReport('因线路检修，科技馆暂停开放，恢复时间另行通知', '2026-11-09', {}).kind).toBe('not_activity');
    expect(readReport('科普大集暂停，具体时间等通知吧', '2026-11-09', {}).kind).toBe('not_activity');
  });
});

describe('review 17: a weekday the sender cannot recall', () => {
  it('is told, not asked, with more than one small word before 记不清', async () => {
    const { isQuestion } = await import('../../src/core/understanding/report-question.js');
    expect(isQuestion('上周防溺水讲座那天是星期几我也记不清了，反正来了40个学生')).toBe(false);
    expect(isQuestion('那天是星期几？')).toBe(true);
  });
});
