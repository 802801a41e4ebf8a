// A ledger imported a part at a time that fails partway (a database write dropped, a worker stopped): the parts already
// written stay, and the report says how far it got and to import the same file again, instead of "无法读取" (which
// reads as nothing done). A failure before anything was written is still the error it was.
import { describe, expect, it } from 'vitest';
import { importLedger, type LedgerRow, type LedgerStream } from '../../src/core/exports/import-ledger.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const setup = () => {
  const { kexie, storeFor } = kexieForTests('2026-06-20');
  return { store: storeFor('W'), ctx: kexie.context({ workspace: 'W', user: 'admin', source: { kind: 'console' } }) };
};
const rows: LedgerRow[] = Array.from({ length: 25 }, (_, i) => ({ row: i + 2, cells: [`2025-04-${String((i % 28) + 1).padStart(2, '0')}`, `农技培训第${i}期`, 20 + i] }));
const stream = (): LedgerStream => ({
  header: ['日期', '活动名称', '人数'],
  rowCount: rows.length,
  async *parts(size: number) {
    for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
  },
});

/** The store, with its batched write failing from the `failAt`-th call on. */
function failingFrom(store: ReturnType<typeof setup>['store'], failAt: number): typeof store {
  let calls = 0;
  return Object.assign(Object.create(store) as typeof store, {
    appendActivityEvents: async (...args: Parameters<NonNullable<typeof store.appendActivityEvents>>) => {
      calls++;
      if (calls >= failAt) throw new Error('connection terminated');
      return store.appendActivityEvents(...args);
    },
  });
}

describe('a ledger import that fails partway', () => {
  it('keeps the parts written and says from where to import again', async () => {
    const { store, ctx } = setup();
    const report = await importLedger(failingFrom(store, 2), ctx, stream(), '台账.xlsx', { partRows: 10 });
    expect(report.added).toBe(10);
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]?.reason).toContain('前 10 行已处理');
    expect(report.refused[0]?.reason).toContain('重新导入');
    expect(await store.listActivities()).toHaveLength(10);
    // Imported again, the written rows are skipped and the rest added.
    expect(await importLedger(store, ctx, stream(), '台账.xlsx', { partRows: 10 })).toEqual({ added: 15, skipped: 10, refused: [] });
  });

  it('is the error it was when nothing was written yet', async () => {
    const { store, ctx } = setup();
    await expect(importLedger(failingFrom(store, 1), ctx, stream(), '台账.xlsx', { partRows: 10 })).rejects.toThrow('connection terminated');
    expect(await store.listActivities()).toHaveLength(0);
  });
});
