// Issue 20, the ledger import against a long history: whether the workspace holds any record is asked, not counted
// (a count read every id the folder holds: at 1M records a third of a 1,000-row import's time), so the lines the
// import parses do not grow with the history (counted, not timed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import type { RequestContext } from '../../src/core/context.js';
import { importLedger } from '../../src/core/exports/import-ledger.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { TailFile } from '../../src/infra/store/tail-file.js';

const record = (i: number): Activity => ({
  id: `h${String(i).padStart(8, '0')}`, date: `${2025 - Math.floor(i / 360)}-${String((Math.floor(i / 30) % 12) + 1).padStart(2, '0')}-10`, dateEnd: null, title: `讲座${i}`, headcount: 10, approximate: false,
  headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null, text: '讲座', by: 'u', at: '2026-01-01T00:00:00.000Z', source: { kind: 'cli' }, dedupeKey: `k${i}`, flags: [], undone: false, history: [],
});
const ctx: RequestContext = { workspace: 'local', user: 'u', isAdmin: true, source: { kind: 'cli' }, today: '2026-06-20', now: '2026-06-20T08:00:00.000Z' };
/** 20 rows in a month no stored record is in (as the bench's import). */
const ledger = { header: ['日期', '活动名称', '人数'], rows: Array.from({ length: 20 }, (_, i) => ({ row: i + 2, cells: [`2026-06-${String(i + 1).padStart(2, '0')}`, `台账活动${i}`, `${i + 5}人`] as (string | number)[] })) };

/** Lines parsed by a 20-row import into a folder store opened afresh on `count` stored records. */
async function linesParsed(count: number): Promise<{ parsed: number; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-i20d-'));
  await new FileStore(dir).appendActivityEvents(Array.from({ length: count }, (_, i) => ({ type: 'create' as const, activity: record(i) })));
  const store = new FileStore(dir);
  await store.listActivities({ from: '2026-06-01', to: '2026-06-30' }); // the snapshot checked, as a process's first read does
  const before = TailFile.parsedLines;
  const report = await importLedger(store, ctx, ledger, '台账.xlsx');
  expect(report).toMatchObject({ added: 20, skipped: 0, refused: [] });
  return { parsed: TailFile.parsedLines - before, dir };
}

it('parses as many lines importing a 20-row ledger with 3,000 records stored as with 30', async () => {
  const small = await linesParsed(30);
  const big = await linesParsed(3_000);
  try {
    expect(big.parsed).toBeLessThanOrEqual(small.parsed + 5);
  } finally {
    rmSync(small.dir, { recursive: true, force: true });
    rmSync(big.dir, { recursive: true, force: true });
  }
});

it('a store says whether it holds any record without counting them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-i20d-'));
  try {
    const store = new FileStore(dir);
    expect(await store.hasActivities()).toBe(false);
    await store.appendActivityEvent({ type: 'create', activity: { ...record(1), undone: true } });
    expect(await new FileStore(dir).hasActivities()).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
