// A 2,000-row ledger import gives the event loop a turn every LEDGER_ROWS_PER_TURN rows, so other users' acks are
// not held behind it: counted by turns of the loop (setImmediate), not by a clock.
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../src/core/context.js';
import { importLedger, LEDGER_ROWS_PER_TURN, ledgerActivities, ledgerActivitiesYielding } from '../../src/core/exports/import-ledger.js';
import { MemoryStore } from '../support/memory-store.js';

const ctx: RequestContext = { workspace: 'W', user: 'U1', isAdmin: true, source: { kind: 'cli' }, today: '2026-06-30', now: '2026-06-30T08:00:00.000Z' };
const rows = Array.from({ length: 2000 }, (_, n) => ({ row: n + 2, cells: [`2026-0${(n % 6) + 1}-1${n % 9}`, `科普活动${n}`, `${(n % 500) + 1}人`] }));
const sheet = { header: ['日期', '活动名称', '人数'], rows };

/** Counts turns of the event loop until `work` settles. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work();
  done = true;
  return { value, turns };
}

describe('ledger import yields to the event loop', () => {
  it('reads 2,000 rows in turns of the loop, with the same result as the one-stretch reader', async () => {
    const input = { plans: [], existing: [], ctx, file: 'big.csv' };
    const { value, turns } = await turnsDuring(() => ledgerActivitiesYielding(sheet, input));
    expect(turns).toBeGreaterThanOrEqual(2000 / LEDGER_ROWS_PER_TURN - 1);
    expect(value).toEqual(ledgerActivities(sheet, input));
    expect(value.activities).toHaveLength(2000);
  });

  it('lets other work run while importLedger reads the rows, and stores them all', async () => {
    const store = new MemoryStore();
    const { value, turns } = await turnsDuring(() => importLedger(store, ctx, sheet, 'big.csv'));
    expect(value).toEqual({ added: 2000, skipped: 0, refused: [] });
    // Two passes over the rows (alone, then against the store), each a turn every LEDGER_ROWS_PER_TURN rows.
    expect(turns).toBeGreaterThanOrEqual(2 * (2000 / LEDGER_ROWS_PER_TURN) - 2);
    expect(await store.listActivities()).toHaveLength(2000);
  });
});
