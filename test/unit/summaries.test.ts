import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { checkNumbers } from '../../src/core/summaries/check-numbers.js';
import { draftSummary, estimateTokens, factsForPrompt } from '../../src/core/summaries/draft-summary.js';
import { gatherFacts, listFacts } from '../../src/core/summaries/gather-facts.js';
import { periodFromOptions, periodFromText } from '../../src/core/summaries/summary-period.js';
import { silentLogger } from '../../src/core/ports.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { quarterOfActivity } from '../support/quarter-of-activity.js';

describe('summary periods', () => {
  it('reads CLI options and says what is wrong', () => {
    expect(periodFromOptions({ quarter: '2026Q2' })).toEqual({ start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' });
    expect(periodFromOptions({ half: '2026H1' })).toMatchObject({ start: '2026-01-01', end: '2026-06-30', label: '2026年上半年' });
    expect(periodFromOptions({ year: '2026' })).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodFromOptions({ from: '2026-03-01', to: '2026-03-31' })).toMatchObject({ label: '2026年3月' });
    expect(periodFromOptions({ from: '2026-03-05', to: '2026-04-10' })).toMatchObject({ label: '2026年3月5日至4月10日' });
    expect(periodFromOptions({ quarter: 'Q2' })).toContain('2026Q2');
    expect(periodFromOptions({ from: '2026-04-01', to: '2026-03-01' })).toContain('不能晚于');
  });
  it('reads chat words', () => {
    expect(periodFromText('总结 本季度', '2026-05-20')).toMatchObject({ start: '2026-04-01', label: '2026年第二季度' });
    expect(periodFromText('写一下上半年的工作总结', '2026-07-03')).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodFromText('draft the Q3 summary', '2026-10-08')).toMatchObject({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodFromText('总结 5月', '2026-07-03')).toMatchObject({ start: '2026-05-01', end: '2026-05-31', label: '2026年5月' });
    expect(periodFromText('写全年工作总结', '2026-12-20')).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('checkNumbers', () => {
  const facts = [
    { section: 's', label: 'a', value: 80000, unit: '人次' },
    { section: 's', label: 'b', value: 830, unit: '人次' },
    { section: 's', label: 'c', value: 200, unit: '份' },
    { section: 's', label: 'd', value: 300, unit: '份' },
    { section: 's', label: 'e', value: 75, unit: '%' },
  ];
  it('accepts 万, 余/多 floors, sums of two, percents, dates and ordinals', () => {
    expect(checkNumbers('参与群众8万人次，其中830人次来自社区；发放资料500份，完成75%。', facts).ok).toBe(true);
    expect(checkNumbers('5月17日，第二十六届科普周，吸引800余人次，资料200多份。', facts).ok).toBe(true);
    expect(checkNumbers('吸引700余人次', facts)).toEqual({ ok: false, unsupported: ['700余人次'] });
    expect(checkNumbers('一、加强组织建设\n2026年第二季度', facts).ok).toBe(true);
  });
  it('names each number the facts do not support', () => {
    expect(checkNumbers('参与群众3000人次，发放资料210份，完成80%，9万余人次。', facts)).toEqual({ ok: false, unsupported: ['3000人次', '210份', '80%', '9万余人次'] });
  });
  it('treats numbers inside activity names as names', () => {
    expect(checkNumbers('举办两千人科普大讲堂，参与830人次。', facts).ok).toBe(false);
    expect(checkNumbers('举办两千人科普大讲堂，参与830人次。', facts, ['两千人科普大讲堂']).ok).toBe(true);
  });
});

describe('the offline drafter', () => {
  it('drafts a quarter of 30 activities in official style, under plan sections, every figure right', async () => {
    const q = await quarterOfActivity(30);
    const period = periodFromOptions({ quarter: '2026Q2' });
    if (typeof period === 'string') throw new Error(period);
    const draft = await draftSummary({ logger: silentLogger }, { period, plans: q.plans, activities: q.activities, today: '2026-06-28' });
    expect(draft.drafter).toBe('template');
    expect(draft.check).toEqual({ ok: true, unsupported: [] });
    const facts = gatherFacts(period, q.plans, q.activities);
    expect(facts.totals.activityCount).toBe(30);
    const people = q.activities.filter((a) => a.headcountUnit === '人次').reduce((n, a) => n + (a.headcount ?? 0), 0);
    expect(facts.totals.people['人次']).toBe(people);
    expect(draft.text.split('\n')[0]).toBe('示例县科学技术协会2026年第二季度工作总结（草稿，请核对）');
    expect(draft.rubric).toEqual({ ok: true, problems: [] });
    expect(draft.text).toContain('共开展各类活动30项');
    expect(draft.text).toMatch(/\n（一）团结服务科技工作者\n/u);
    expect(draft.text).toMatch(/\n（二）提升全民科学素质\n/u);
    expect(draft.text).toMatch(/截至6月28日，.+完成\d+场次，为年度目标20场次的\d+%/u);
    expect(listFacts(facts).length).toBeGreaterThan(30);
  });
  it('says so when the period has nothing logged', async () => {
    const t = kexieForTests('2026-06-28');
    const draft = await t.kexie.summary(t.kexie.context({}), { start: '2026-01-01', end: '2026-03-31', label: '2026年第一季度' });
    expect(draft.text).toContain('没有活动记录');
    expect(draft.drafter).toBe('template');
  });
  it('keeps the prompt under 4,000 tokens with 1,000 activities', async () => {
    const q = await quarterOfActivity(30);
    const many: Activity[] = Array.from({ length: 1000 }, (_, i) => ({ ...q.activities[i % 30]!, id: `x${i}` }));
    const facts = gatherFacts({ start: '2026-04-01', end: '2026-06-30', label: 'Q2' }, q.plans, many);
    expect(facts.totals.activityCount).toBe(1000);
    expect(estimateTokens(factsForPrompt(facts))).toBeLessThan(3000);
  });
});
