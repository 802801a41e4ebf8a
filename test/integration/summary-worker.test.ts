// The summary worker thread prepares what the core would in its own thread (records in and figures out in chunks),
// leaves out the facts when no model will draft, and fails with a Chinese message, never a hang.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import { prepareSummary, type SummaryInput } from '../../src/core/summaries/prepare-summary.js';
import { createSummaryWorker } from '../../src/infra/summaries/summary-worker.js';
import { monthOfRecords } from '../support/month-of-records.js';
import { quarterOfActivity } from '../support/quarter-of-activity.js';

describe('createSummaryWorker', () => {
  it('gives the offline draft, its checks and every figure as the core does in its own thread', async () => {
    const q = await quarterOfActivity(30);
    const plan = q.plans[0];
    if (!plan) throw new Error('no plan');
    // Over two chunks of records, and figures over two chunks back.
    const activities = [...q.activities, ...monthOfRecords(2500, plan).map((e) => (e.type === 'create' ? e.activity : undefined)).filter((a) => a !== undefined)];
    const input: SummaryInput = { period: { label: '2026年第二季度', start: '2026-04-01', end: '2026-06-30' }, plans: q.plans, activities, today: '2026-06-28' };
    const inThread = prepareSummary(input);
    expect(inThread.list.length).toBeGreaterThan(2000);
    const errors: unknown[] = [];
    const worker = createSummaryWorker({ logger: { ...silentLogger, error: (m) => errors.push(m) } });
    const lean = await worker(input, { keepFacts: false });
    expect(lean.offline).toEqual(inThread.offline);
    expect(lean.list).toEqual(inThread.list);
    expect(lean.activityCount).toBe(inThread.activityCount);
    expect(lean.facts).toBeUndefined();
    const full = await worker(input, { keepFacts: true });
    expect(full.facts).toEqual(inThread.facts);
    expect(full.names).toEqual(inThread.names);
    expect(errors).toEqual([]);
  });

  it('lets the event loop turn while it works', async () => {
    const q = await quarterOfActivity(30);
    const worker = createSummaryWorker({ logger: silentLogger });
    let turns = 0;
    let done = false;
    const ticking = (async () => {
      while (!done) {
        turns++;
        await new Promise((r) => setImmediate(r));
      }
    })();
    await worker({ period: { label: '2026年第二季度', start: '2026-04-01', end: '2026-06-30' }, plans: q.plans, activities: q.activities, today: '2026-06-28' }, { keepFacts: false });
    done = true;
    await ticking;
    expect(turns).toBeGreaterThan(10);
  });

  it('answers in Chinese when a summary runs past its time', async () => {
    const q = await quarterOfActivity(5);
    const errors: unknown[] = [];
    const worker = createSummaryWorker({ logger: { ...silentLogger, error: (_m, c) => errors.push(c) }, timeoutMs: 1 });
    await expect(worker({ period: { label: '2026年第二季度', start: '2026-04-01', end: '2026-06-30' }, plans: q.plans, activities: q.activities }, { keepFacts: false })).rejects.toMatchObject({ code: 'internal', userMessage: expect.stringContaining('生成总结失败（事件编号') });
    expect(errors).toHaveLength(1);
  });
});
