// Issue 20, the export read a month at a time (openLedger): the workbook holds what the whole-period ledger
// (loadLedger, every record in memory) gave, sheet by sheet, row by row, on the folder store and on Postgres.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { loadLedger, openLedger } from '../../src/core/exports/load-ledger.js';
import { monthsOf } from '../../src/core/exports/ledger-stream.js';
import type { Store, StoreFactory } from '../../src/core/ports.js';
import { ledgerToXlsx } from '../../src/infra/exports/write-ledger-xlsx.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient } from '../../src/infra/store/postgres/sql-client.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { VARIED_Q3 } from '../support/varied-quarter.js';
import { activity } from './store-contract.js';

/** Every sheet read back: its name, column widths, and each row's number, height and values. */
async function readBack(bytes: Uint8Array): Promise<unknown[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return book.worksheets.map((s) => {
    const rows: unknown[] = [];
    s.eachRow({ includeEmpty: true }, (r, n) => rows.push([n, r.height, r.values]));
    return { name: s.name, widths: s.columns?.map((c) => c.width), rows };
  });
}

/** The varied third quarter logged through the core, then records that cross what a month at a time could miss. */
async function fill(storeFor: StoreFactory): Promise<Store> {
  const { kexie } = kexieForTests('2026-10-15', { storeFor });
  const ctx = kexie.context({ user: 'U1' });
  await kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  for (const line of VARIED_Q3) {
    let r = await kexie.log(ctx, line);
    if (!r.ok && r.reason === 'ask') r = await kexie.confirm(ctx, r.pending);
    if (!r.ok) throw new Error(`${line}: ${r.message}`);
  }
  const store = storeFor('local');
  const item = (await store.listPlans())[0]!.items.find((i) => i.text.includes('应急科普讲座'))!;
  const add = (over: Partial<Activity>) => store.appendActivityEvent({ type: 'create', activity: activity(over) });
  // Begins in June and ends in July: in the quarter's first month, once.
  await add({ date: '2026-06-25', dateEnd: '2026-07-05', title: '暑期科普夏令营', headcount: 40, headcountUnit: '人次', at: '2026-07-06T01:00:00.000Z' });
  // A report of talks across August and September: holds the one-day talks of those days (counted once).
  await add({ date: '2026-08-25', dateEnd: '2026-09-10', title: '8月下旬至9月上旬共开展科普讲座6场', headcount: 900, headcountUnit: '人次', metrics: { 场: 6 }, at: '2026-09-11T01:00:00.000Z' });
  // The same day and the same moment: the order they were stored in.
  for (const k of [1, 2, 3]) await add({ date: '2026-08-03', title: `同时录入的讲座${k}`, at: '2026-08-03T02:00:00.000Z', reporterUnit: k === 2 ? '第二中学' : undefined });
  // A metric unit first seen in the last month: its column comes last.
  await add({ date: '2026-09-27', title: '科普展板巡展', metrics: { 块: 30 }, at: '2026-09-27T02:00:00.000Z' });
  // Undone: in no sheet.
  const undone = await add({ date: '2026-07-15', title: '撤销的讲座', at: '2026-07-15T02:00:00.000Z' });
  await store.appendActivityEvent({ type: 'undo', id: undone.activity!.id, at: '2026-07-16T00:00:00.000Z', by: 'U1' });
  // Linked to an item with a target, outside the quarter (its plan's year counts), and one across two years.
  await add({ date: '2026-03-12', title: '防灾减灾应急科普讲座', itemId: item.id, metrics: { 场: 2 }, at: '2026-03-12T02:00:00.000Z' });
  await add({ date: '2025-12-30', dateEnd: '2026-01-02', title: '元旦应急科普讲座', itemId: item.id, at: '2026-01-03T02:00:00.000Z' });
  await add({ date: '2026-11-20', title: '应急科普讲座进社区', itemId: item.id, headcount: 80, at: '2026-11-20T02:00:00.000Z' });
  return store;
}

const PERIODS = [
  { start: '2026-07-01', end: '2026-09-30', label: '2026年第三季度' },
  { start: '2026-01-01', end: '2026-12-31', label: '2026年' },
  { start: '2026-07-10', end: '2026-08-26', label: '2026-07-10至2026-08-26' },
];

async function same(store: Store): Promise<void> {
  for (const period of PERIODS) {
    const whole = await loadLedger(store, { period, timeZone: 'Asia/Shanghai' });
    const stream = await openLedger(store, { period, timeZone: 'Asia/Shanghai' });
    const { activities, ...sums } = whole;
    const { first, parts, headcount, reporters, ...streamed } = stream;
    expect(streamed).toEqual(sums);
    expect(headcount).toBe(activities.reduce((n, a) => n + (a.headcount ?? 0), 0));
    expect(reporters).toEqual([...new Set(activities.map((a) => a.reporterId))]);
    expect(first).toEqual(activities);
    const rows = [];
    for await (const part of parts()) rows.push(...part);
    expect(rows).toEqual(activities);
    expect(await readBack(await ledgerToXlsx(stream))).toEqual(await readBack(await ledgerToXlsx(whole)));
  }
}

describe('the 台账 read a month at a time', () => {
  it('cuts a range into its calendar months', () => {
    expect(monthsOf({ from: '2026-01-15', to: '2026-03-02' })).toEqual([
      { from: '2026-01-15', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
      { from: '2026-03-01', to: '2026-03-02' },
    ]);
    expect(monthsOf({ from: '2025-12-31', to: '2026-01-01' })).toEqual([
      { from: '2025-12-31', to: '2025-12-31' },
      { from: '2026-01-01', to: '2026-01-01' },
    ]);
  });

  it('writes what the whole-period ledger writes, from the folder store', async () => {
    const store = await fill(createFileStoreFactory(mkdtempSync(join(tmpdir(), 'kexie-ledger-stream-'))));
    const whole = await loadLedger(store, { period: PERIODS[0]!, timeZone: 'Asia/Shanghai' });
    // The records that make the case are there: a report's talks counted once, the late unit, a target counted.
    expect(whole.totals.within).toBeGreaterThan(0);
    expect(whole.metricUnits.at(-1)).toBe('块');
    expect(whole.activities.map((a) => a.title)).toContain('暑期科普夏令营');
    expect(whole.targets.some((t) => t.done > 0)).toBe(true);
    await same(store);
  });

  const db = new PGlite();
  afterAll(() => db.close());
  it('writes what the whole-period ledger writes, from Postgres', async () => {
    const factory = createPostgresStoreFactory(pgliteClient(db));
    await factory.ready;
    await same(await fill(factory));
  });
});
