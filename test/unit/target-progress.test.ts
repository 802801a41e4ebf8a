import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { describeProgress, targetProgress } from '../../src/core/activities/target-progress.js';
import type { PlanItem } from '../../src/core/plans/plan-schema.js';
import { kexieForTests, ROOT } from '../support/kexie-for-tests.js';

let items: PlanItem[] = [];
const item = (path: string): PlanItem => {
  const found = items.find((i) => i.path === path);
  if (!found) throw new Error(`no item ${path}`);
  return found;
};
const record = (over: Partial<Activity> & Pick<Activity, 'itemId' | 'title'>): Activity => ({
  id: `a${Math.random().toString(16).slice(2, 10)}`, date: '2026-05-28', dateEnd: null, headcount: null, approximate: false, headcountUnit: '人',
  metrics: {}, metricLabels: {}, planId: 'p', text: over.title, by: 'U1', at: '2026-05-28T10:00:00Z', source: { kind: 'console' },
  dedupeKey: 'k', flags: [], undone: false, history: [], ...over,
});

beforeAll(async () => {
  const { kexie, storeFor } = kexieForTests('2026-06-01');
  const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
  await kexie.importPlan(ctx, { text: readFileSync(`${ROOT}/data/sample-plan.md`, 'utf8'), source: 'sample-plan.md' });
  items = (await storeFor('local').listPlans())[0]!.items;
});

describe('target progress counts only records of the target’s own kind and unit', () => {
  it('does not count visits to workers toward 选树最美科技工作者', () => {
    const i = item('一/1');
    const visits = [
      record({ itemId: i.id, title: '走访慰问一线科技工作者', headcount: 12, headcountUnit: '人' }),
      record({ itemId: i.id, title: '走访慰问一线科技工作者', headcount: 18, headcountUnit: '人次' }),
    ];
    const [visitsTarget, chosen] = targetProgress(i, visits);
    expect(chosen?.target.unit).toBe('名');
    expect(chosen?.done).toBe(0);
    // 人 and 人次 are never added: the 人 record is left out of the 人次 target and said so.
    expect(visitsTarget?.done).toBe(18);
    expect(visitsTarget?.note).toContain('人与人次不相加');
  });

  it('counts a record of the chosen workers toward the 5名 target', () => {
    const i = item('一/1');
    const [, chosen] = targetProgress(i, [record({ itemId: i.id, title: '选树宣传最美科技工作者发布会', headcount: 5, headcountUnit: '人' })]);
    expect(chosen?.done).toBe(5);
  });

  it('gives a record to the target of its own act when its words touch both (走访慰问 … 宣传)', () => {
    const i = item('一/1');
    const visit = record({ itemId: i.id, title: '走访慰问一线科技工作者', text: '走访慰问一线科技工作者18人并宣传他们的事迹', headcount: 18, headcountUnit: '人' });
    const named = record({ itemId: i.id, title: '选树宣传最美科技工作者', headcount: 5, headcountUnit: '人' });
    const [visits, chosen] = targetProgress(i, [visit, named]);
    // The visit is the 人次 target's kind (left out there as 人, and said so), never the 选树 target's.
    expect(visits?.note).toContain('人与人次不相加');
    expect(chosen?.done).toBe(5);
    expect(chosen?.activities).toEqual([named.id]);
  });

  it('does not count a visit toward a selection target that stands alone in its item', () => {
    const base = item('一/1');
    const alone: PlanItem = { ...base, targets: base.targets.filter((t) => t.unit === '名') };
    const [chosen] = targetProgress(alone, [record({ itemId: base.id, title: '走访慰问一线科技工作者', headcount: 8, headcountUnit: '人' })]);
    expect(chosen?.done).toBe(0);
    expect(chosen?.activities).toEqual([]);
  });

  it('counts a figure only toward a target of its own noun (企业5家 is not 科普教育基地1家)', () => {
    const i = item('二/（二）/2');
    const visits = record({ itemId: i.id, title: '走访企业', metrics: { 家: 5 }, metricLabels: { 家: '走访企业' } });
    const base = record({ itemId: i.id, title: '科普教育基地授牌', metrics: { 家: 1 }, metricLabels: { 家: '科普教育基地' } });
    const bases = targetProgress(i, [visits, base]).find((p) => p.target.unit === '家');
    expect(bases?.done).toBe(1);
    expect(bases?.activities).toEqual([base.id]);
  });

  it('names the records behind a total past its goal', () => {
    const i = item('二/（一）/3');
    const talks = Array.from({ length: 7 }, (_, k) => record({ itemId: i.id, title: `应急科普讲座${k + 1}`, metrics: { 场: 1 } }));
    const lines = describeProgress(targetProgress(i, talks));
    expect(lines[0]).toContain('已超过目标');
    expect(lines[0]).toContain('应急科普讲座1');
    expect(lines[0]).toContain('等 7 条');
  });
});
