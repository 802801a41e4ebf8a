import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { splitForPeriod } from '../../src/core/questions/period-figures.js';
import { periodInWords } from '../../src/core/questions/period-words.js';
import { answerQuestion } from '../../src/core/questions/answer-question.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { PlanItem } from '../../src/core/plans/plan-schema.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';

const TODAY = '2026-11-23';
const range = (text: string, today = TODAY, ahead = false) => periodInWords(text, today, ahead)?.period;

describe('periods named in words', () => {
  it.each([
    ['五一以来做了哪些活动', { start: '2026-05-01', end: TODAY }],
    ['国庆以来做了哪些活动', { start: '2026-10-01', end: TODAY }],
    ['春节后办了几场讲座', { start: '2026-02-17', end: TODAY }],
    ['国庆期间做了什么', { start: '2026-10-01', end: '2026-10-07' }],
    ['中秋节当天做了什么', { start: '2026-09-25', end: '2026-09-25' }],
    ['9月以来做了什么', { start: '2026-09-01', end: TODAY }],
    ['10月中旬有什么任务', { start: '2026-10-11', end: '2026-10-20' }],
    ['月底前有什么要做的', { start: TODAY, end: '2026-11-30' }],
    ['下个月初有什么', { start: '2026-12-01', end: '2026-12-10' }],
    ['后天有什么安排', { start: '2026-11-25', end: '2026-11-25' }],
    ['最近7天做了什么', { start: '2026-11-17', end: TODAY }],
    ['这两周干了啥', { start: '2026-11-10', end: TODAY }],
  ])('%s', (text, want) => {
    expect(range(text)).toEqual(want);
  });

  it('looks ahead for what is due and back for what was done', () => {
    expect(range('这两周有什么要截止的', '2026-09-10', true)).toEqual({ start: '2026-09-10', end: '2026-09-23' });
    expect(range('国庆前有什么要做的', '2026-09-20', true)).toEqual({ start: '2026-09-20', end: '2026-09-30' });
    // A festival still ahead this year, asked about as done, is last year's.
    expect(range('国庆以来', '2026-03-01')).toEqual({ start: '2025-10-01', end: '2026-03-01' });
  });

  it('never reads 十一月, 五一班 or 初中 as a festival or a part of a month', () => {
    expect(range('十一月做了什么')).toBeUndefined();
    expect(range('五一班做了什么')).toBeUndefined();
    expect(range('初中部做了什么')).toBeUndefined();
  });

  it('takes the period words out of the topic', () => {
    const q = understandQuestion('春节后办了几场讲座', TODAY);
    expect(q).toMatchObject({ intent: 'tally', topic: '讲座', period: { start: '2026-02-17', end: TODAY } });
  });

  it('reads an owner with a period, known to the plan or not', () => {
    expect(understandQuestion('组织宣传部下个月有什么任务', TODAY, ['组织宣传部', '科普部'])).toMatchObject({ intent: 'due', owner: '组织宣传部', period: { start: '2026-12-01' } });
    expect(understandQuestion('宣传部下个月有什么任务', TODAY, ['科普部'])).toMatchObject({ intent: 'due', owner: '宣传部' });
  });
});

const record = (id: string, date: string, dateEnd: string | null): Activity =>
  ({ id, date, dateEnd, title: id, headcount: 10, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null, text: id, by: 'U1', at: '', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [] }) as Activity;

describe('a figure for a period is counted once', () => {
  it('mentions a record running past the period and does not add it; flags a single event inside a logged total', () => {
    const week = { start: '2026-11-16', end: '2026-11-22' };
    const series = record('series', '2026-11-01', '2026-11-20');
    const single = record('single', '2026-11-16', null);
    const split = splitForPeriod([series, single], week);
    expect(split.counted).toEqual([single]);
    expect(split.straddling).toEqual([series]);
    const month = splitForPeriod([series, single], { start: '2026-11-01', end: '2026-11-30' });
    expect(month.counted).toEqual([series, single]);
    expect(month.insideTotals).toEqual([{ single, total: series }]);
  });
});

describe('the rest of the year (年底前, before the end of the year)', () => {
  it.each([
    ['年底前还有什么要完成的'],
    ['今年还剩哪些任务'],
    ['What do we still need to finish before the end of the year?'],
    ["what's due by year end"],
    ['what is left to do for the rest of the year'],
    ['tasks remaining this year'],
  ])('%s runs from today to 31 December', (text) => {
    expect(understandQuestion(text, TODAY)).toMatchObject({ intent: 'due', period: { start: TODAY, end: '2026-12-31' } });
  });

  it('asks only what is not done yet when it says still or 还', () => {
    expect(understandQuestion('What do we still need to finish before the end of the year?', TODAY)).toMatchObject({ open: true });
    expect(understandQuestion('年底前还有什么要完成的', TODAY)).toMatchObject({ open: true });
    expect(understandQuestion('年底前要完成什么', TODAY)).not.toHaveProperty('open');
  });

  it('leaves out the items marked done, and says how many', () => {
    const text = '工作要点\n一、日常工作\n1、12月15日前报送年度工作总结。牵头部门：办公室。\n2、12月10日前完成档案整理。牵头部门：办公室。\n';
    const plan = parsePlan(text, { source: 't', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;
    const done = plan.items.find((i) => i.title.includes('档案'));
    const statusOf = (i: PlanItem) => (i === done ? { itemId: i.id, path: i.path, title: i.title, status: 'done' as const, by: 'U1', at: '', date: '2026-11-20' } : undefined);
    const answer = answerQuestion(understandQuestion('年底前还有哪些任务要完成', TODAY), { plans: [plan], today: TODAY, observances: OBSERVANCES, statusOf });
    expect(answer.items.map((i) => i.title)).toEqual([expect.stringContaining('年度工作总结')]);
    expect(answer.answer).toContain('另有1项已完成，未列出');
  });
});

describe('a count of records says 条 (我这个月报了几条)', () => {
  it('gives the number of records in 条 beside the count of activities', async () => {
    const { answerTally } = await import('../../src/core/questions/answer-tally.js');
    const month = { start: '2026-11-01', end: '2026-11-30' };
    const ctx = { items: [], activities: [], signups: [], observances: OBSERVANCES, today: TODAY, statusOf: () => undefined };
    const reply = answerTally({ intent: 'tally', period: month, label: '本月', measure: 'activities', unit: null, topic: null, remaining: false }, ctx, [record('a', '2026-11-03', null), record('b', '2026-11-20', null)]);
    expect(reply).toContain('共记录活动2次（2条记录）');
  });
});
