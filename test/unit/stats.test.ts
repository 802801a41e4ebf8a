// 年报 rules on their own: what a record counts as (never guessed), category corrections, organisation totals, the data file.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { classifyActivity } from '../../src/core/stats/classify-activity.js';
import { computeReturns, eventsOf } from '../../src/core/stats/compute-returns.js';
import { applyCategoryCorrection, readCategoryCorrection } from '../../src/core/stats/read-category-correction.js';
import { StatReturnsSchema, statReturns } from '../../src/core/stats/stat-returns.js';
import { cliInProcess } from '../support/cli.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cls = (text: string, headcount: number | null = 100, itemTitle: string | null = null) => classifyActivity({ title: text, text, headcount, itemTitle });

describe('classifying a record from its words', () => {
  it('does not guess from words that only look like a kind', () => {
    expect(cls('县科协全委会听取工作报告')).toEqual([]);
    expect(cls('国际减灾日宣传，发放资料500份')).toEqual([]);
    expect(cls('县科技馆开放日，接待群众300人')).toEqual([]);
    expect(cls('全县科协干部业务培训班')).toEqual([]);
    expect(cls('讲座介绍日本核污水排海的影响')).toEqual(['lecture']);
  });
  it('counts a stock of organisations as a starting figure, not as founded', () => {
    expect(cls('截至去年底全县现有企业科协12个', null)).toEqual([]);
    expect(cls('县人民医院科协今天正式成立', null)).toEqual(['enterprise-association']);
  });
  it('takes 科技活动周 from the plan item it serves, 重大 only for a main event of a thousand or more', () => {
    expect(cls('科普讲座进社区', 80, '组织全国科技活动周活动')).toEqual(['lecture', 'science-week']);
    expect(cls('科普日主场活动', 800)).toEqual(['science-day']);
    expect(cls('科普日主场活动', 1000)).toEqual(['science-day', 'major']);
  });
  it('counts a period report by its 期, a youth record by its groups, an organisation record by its number', () => {
    expect(eventsOf({ metrics: { 期: 6, 份: 300 } }, 'training')).toBe(6);
    expect(eventsOf({ metrics: { 个: 12 } }, 'consultation')).toBe(1);
    expect(eventsOf({ metrics: { 个: 3 } }, 'youth-group')).toBe(3);
    expect(eventsOf({ metrics: { 家: 2 } }, 'enterprise-association')).toBe(2);
  });
});

describe('correcting a category in words', () => {
  it('reads 算 / 也算 / 不算 / 只算 with the record named, and leaves 算到…那项 to the plan-item reader', () => {
    expect(readCategoryCorrection('这条算竞赛')).toMatchObject({ category: 'contest', mode: 'replace', ref: {} });
    expect(readCategoryCorrection('讲座那条也算科技周')).toMatchObject({ category: 'science-week', mode: 'add', ref: { words: '讲座' } });
    expect(readCategoryCorrection('第二条不算讲座')).toMatchObject({ category: 'lecture', mode: 'remove', ref: { ordinal: 1 } });
    expect(readCategoryCorrection('这条只算培训')).toMatchObject({ category: 'training', mode: 'only' });
    expect(readCategoryCorrection('这条算到科普日那项下面')).toBeUndefined();
    expect(readCategoryCorrection('这条不算')).toBeUndefined();
  });
  it('replaces the kind but keeps the observance; 专家报告 comes and goes with 讲座', () => {
    expect(applyCategoryCorrection(['lecture', 'expert-report', 'science-week'], { category: 'contest', mode: 'replace' })).toEqual(['contest', 'science-week']);
    expect(applyCategoryCorrection(['exhibition'], { category: 'expert-report', mode: 'add' })).toEqual(['lecture', 'expert-report', 'exhibition']);
    expect(applyCategoryCorrection(['lecture', 'expert-report'], { category: 'lecture', mode: 'remove' })).toEqual([]);
  });
  it('in chat: the reply says what changed, the returns follow, 撤销更正 steps back, and 这条不算 still undoes', async () => {
    const t = kexieForTests('2026-05-20');
    const ctx = t.kexie.context({ user: 'U1', source: { kind: 'console' } });
    const logged = await handleMessage(t.kexie, ctx, '5月18日 城南社区科普讲座，居民150人');
    expect(logged.text).toContain('统计类别：科普讲座');
    const fixed = await handleMessage(t.kexie, ctx, '这条算竞赛');
    expect(fixed.text).toContain('统计类别 科普讲座 → 科普竞赛');
    const period = { start: '2026-05-01', end: '2026-05-31', label: '2026年5月' };
    const contest = (await t.kexie.stats(ctx, period)).returns[0]!.rows.find((r) => r.indicator === '科普（技）竞赛 参加人次');
    expect(contest).toMatchObject({ value: 150, records: [logged.activityId] });
    expect((await handleMessage(t.kexie, ctx, '撤销更正')).text).toContain('科普竞赛 → 科普讲座');
    expect((await handleMessage(t.kexie, ctx, `修改 ${logged.activityId} 统计类别 培训`)).text).toContain('统计类别 科普讲座 → 实用技术培训');
    expect((await handleMessage(t.kexie, ctx, '这条不算')).text).toContain('已撤销活动记录');
  });
});

describe('organisation totals and the data file', () => {
  const activity = (id: string, date: string, text: string, metrics: Record<string, number> = {}): Activity => ({
    id, date, dateEnd: null, title: text, headcount: null, approximate: false, headcountUnit: null, metrics, metricLabels: {}, itemId: null, planId: null,
    text, by: 'u', at: `${date}T01:00:00Z`, source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
  });
  it('adds the year\'s new ones to a starting figure stated in the log, with both in the detail', () => {
    const report = computeReturns({
      plans: [],
      period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' },
      activities: [activity('a1', '2026-01-05', '截至2025年底，全县现有企业科协12个'), activity('a2', '2026-05-28', '新成立企业科协2家', { 家: 2 }), activity('a3', '2027-01-02', '新成立企业科协1家')],
    });
    const rows = report.returns.find((r) => r.id === 'cast-annual')!.rows;
    expect(rows.find((r) => r.indicator === '企业科协 本期新建')).toMatchObject({ value: 2, records: ['a2'] });
    const total = rows.find((r) => r.indicator === '企业科协 总数');
    expect(total).toMatchObject({ value: 14, records: ['a2'] });
    expect(total?.details.map((d) => d.value)).toEqual([12, 2]);
    expect(report.unclassified).toEqual(['a1']);
  });
  it('validates the returns file: every category once, every row fed by known categories', () => {
    expect(statReturns().returns.map((r) => r.name)).toEqual(['科普活动', '科协基本情况']);
    const broken = structuredClone(statReturns());
    broken.categories.pop();
    expect(StatReturnsSchema.safeParse(broken).success).toBe(false);
    const unknown = structuredClone(statReturns()) as { returns: Array<{ rows: Array<{ categories: string[] }> }> };
    unknown.returns[0]!.rows[0]!.categories = ['seminar'];
    expect(StatReturnsSchema.safeParse(unknown).success).toBe(false);
  });
});

it('CLI: stats --json keeps the contract, edit --category sets the categories, --xlsx writes the workbook', async () => {
  const env = { KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-stats-')) };
  const logged = await cliInProcess(env, 'log', '5月18日 城南社区科普讲座，居民150人', '--today', '2026-05-20', '--json');
  const id = (logged.json.activity as { id: string; categories: string[] }).id;
  expect((logged.json.activity as { categories: string[] }).categories).toEqual(['lecture']);
  const edited = await cliInProcess(env, 'edit', id, '--category', '竞赛,科技活动周', '--json', '--today', '2026-05-20');
  expect((edited.json.activity as { categories: string[] }).categories).toEqual(['contest', 'science-week']);
  expect((await cliInProcess(env, 'edit', id, '--category', '研讨', '--json')).code).toBe(2);
  const file = join(env.KEXIE_DATA_DIR, '年报.xlsx');
  const stats = await cliInProcess(env, 'stats', '--year', '2026', '--xlsx', file, '--json');
  expect(stats.code).toBe(0);
  expect(stats.json).toMatchObject({ year: 2026, unclassified: [], missing: [], file });
  const rows = (stats.json.returns as Array<{ name: string; rows: Array<{ indicator: string; unit: string; value: number; records: string[] }> }>)[0]!.rows;
  expect(rows.find((r) => r.indicator === '科普（技）竞赛 参加人次')).toMatchObject({ unit: '人次', value: 150, records: [id] });
  const half = await cliInProcess(env, 'stats', '--half', '2026H2', '--json');
  expect((half.json.returns as Array<{ rows: Array<{ value: number | null }> }>)[0]!.rows.every((r) => r.value === 0)).toBe(true);
});
