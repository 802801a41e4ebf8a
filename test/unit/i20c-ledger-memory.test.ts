// Issue 20, the ledger import's memory: the CLI runs `activities import` on a heap of its own (capped), the folder
// store's lookup answers are bounded in all (a 100,000-row import kept 35 MB of them), and a part of a ledger ends
// early when its rows hold much text, so what the import holds does not grow with the cells' sizes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { isExport, isLedgerImport } from '../../src/adapters/cli/run-in-thread.js';
import { LEDGER_LIMITS } from '../../src/core/exports/ledger-limits.js';
import { LEDGER_PART_CHARS, openLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import type { ActivityIndex } from '../../src/infra/store/activity-index.js';
import { FileStore } from '../../src/infra/store/file-store.js';

it('runs only `activities import <file>` in a thread of its own, whatever options come before it', () => {
  expect(isLedgerImport(['activities', 'import', '台账.xlsx'])).toBe(true);
  expect(isLedgerImport(['--workspace', 'T1', '--json', 'activities', 'import', '台账.xlsx', '--user', 'u'])).toBe(true);
  expect(isLedgerImport(['--today=2026-06-20', 'activities', 'import', 'a.csv'])).toBe(true);
  expect(isLedgerImport(['activities', '--from', '2026-01-01', '--to', '2026-01-31'])).toBe(false);
  expect(isLedgerImport(['import', '工作要点.docx'])).toBe(false);
  expect(isLedgerImport(['--title', 'activities', 'import', 'x'])).toBe(false);
});

it('runs `export` in a thread of its own too, whatever options come before it', () => {
  expect(isExport(['export', '--year', '2026', '--xlsx', '台账.xlsx'])).toBe(true);
  expect(isExport(['--workspace', 'T1', 'export', '--xlsx', 'a.xlsx'])).toBe(true);
  expect(isExport(['--title', 'export', 'activities'])).toBe(false);
  expect(isExport(['activities', 'export'])).toBe(false);
});

const record = (i: number): Activity => ({
  id: `a${String(i).padStart(8, '0')}`, date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`, dateEnd: null, title: `讲座${i}`, headcount: 10, approximate: false, headcountUnit: '人',
  metrics: {}, metricLabels: {}, itemId: null, planId: null, text: '讲座', by: 'u', at: '2026-01-01T00:00:00.000Z', source: { kind: 'cli' }, dedupeKey: `ledger:k${i}`, flags: [], undone: false, history: [],
});

it('keeps the answers of its lookups under a budget in all, and still answers right past it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-answers-'));
  try {
    const n = 600;
    await new FileStore(dir).appendActivityEvents(Array.from({ length: n }, (_, i) => ({ type: 'create' as const, activity: record(i) })));
    // Another process (a new store) looks every record up by id and key, as an import's match does, then writes.
    const store = new FileStore(dir);
    const index = (store.activityLog as unknown as { index: ActivityIndex }).index;
    index.searchAnswers = 100;
    const all = Array.from({ length: n }, (_, i) => record(i));
    expect(await store.findActivities({ ids: all.map((a) => a.id), dedupeKeys: all.map((a) => a.dedupeKey!) })).toHaveLength(n);
    // 1,200 answers found (an id and a key a record): kept within the budget once the lookups' stretch ends.
    expect(index.cachedSearchAnswers).toBeLessThanOrEqual(100);
    await store.appendActivityEvent({ type: 'create', activity: record(n) });
    expect(index.cachedSearchAnswers).toBeLessThanOrEqual(100);
    expect((await store.findByDedupeKey('ledger:k7'))?.id).toBe(record(7).id);
    expect(await store.findActivities({ ids: all.map((a) => a.id) })).toHaveLength(n);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('ends a part of the ledger early when its rows hold much text', async () => {
  const long = 'a'.repeat(Math.ceil(LEDGER_PART_CHARS / 3));
  const csv = ['日期,活动名称,参加人数', ...Array.from({ length: 7 }, (_, i) => `2025-05-0${i + 1},${long},${10 + i}`)].join('\n');
  const stream = await openLedgerBytes(Buffer.from(csv, 'utf8'), '台账.csv', { ...LEDGER_LIMITS, maxCellChars: LEDGER_PART_CHARS });
  const sizes: number[] = [];
  for await (const part of stream.parts(5_000)) sizes.push(part.length);
  expect(sizes).toEqual([3, 3, 1]);
  expect(stream.rowCount).toBe(7);
});
