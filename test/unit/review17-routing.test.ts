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

describe('review 17: a plan word after counts', () => {
  it('is still a notice when the counts are only arranged (安排学员60名，定于…举行)', () => {
    expect(readReport('本期培训共安排学员60名，定于11月20日在县委党校举行', '2026-11-09', {}).kind).toBe('not_activity');
  });
  it('is the sender\'s own next step after counts of work done', () => {
    const r = readReport('上周我站组织无人机植保培训，学员40名，共完成实操考核38人次，将于12月5日前把结业名单报县农业局', '2026-11-09', {});
    expect(r.kind).toBe('activity');
  });
});

describe('review 17: a notice naming who organises it', () => {
  it('is still a notice (由县科协组织，学员60名，定于…举行)', () => {
    expect(readReport('本期农技培训由县科协组织，学员60名，定于11月20日在县委党校举行', '2026-11-09', {}).kind).toBe('not_activity');
  });
});
