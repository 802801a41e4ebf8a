// Issue 20, the burst on a copied folder: while the activity snapshot of a copied (or old) folder is built, questions
// about the plans are answered at once, also for a sender whose conversation remembers records just made.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, readFixture } from '../support/kexie-for-tests.js';

const TODAY = '2026-06-20';

describe('plan questions while the activity records cannot be read yet', () => {
  it('answers 这个月有什么要做的 without reading the records the conversation remembers', async () => {
    const { kexie, storeFor } = kexieForTests(TODAY);
    const ctx = kexie.context({ user: 'U4', source: { kind: 'console' } });
    await kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    expect((await handleMessage(kexie, ctx, '记录 6月18日 防灾减灾应急科普讲座，参加60人')).kind).toBe('activity');
    // The records wait for a snapshot being built (here they fail, so a read of them shows in the reply).
    const store = storeFor('local');
    const building = () => Promise.reject(new Error('the activity records are being filed'));
    Object.assign(store, { findActivity: building, findActivities: building, findByDedupeKey: building, listActivities: building, listItemActivities: building, recentActivities: building });
    const reply = await handleMessage(kexie, ctx, '这个月有什么要做的');
    expect(reply.intent).toBe('due');
    expect(reply.text).toContain('本月（2026年6月）要做的任务');
  });

  it('still fixes the record just made with a bare figure', async () => {
    const { kexie, storeFor } = kexieForTests(TODAY);
    const ctx = kexie.context({ user: 'U4', source: { kind: 'console' } });
    await kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    await handleMessage(kexie, ctx, '记录 6月18日 防灾减灾应急科普讲座，参加60人');
    expect((await handleMessage(kexie, ctx, '120人')).text).toContain('已更正');
    expect((await storeFor('local').listActivities()).map((a) => a.headcount)).toEqual([120]);
  });
});

describe('a big ledger read back after its write', () => {
  it('is written and read back a part at a time, and every row is found', async () => {
    const { importLedger, READ_BACK_ROWS } = await import('../../src/core/exports/import-ledger.js');
    const { kexie, storeFor } = kexieForTests(TODAY);
    const store = storeFor('local');
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    let written = 0;
    const readBack: number[] = [];
    const watched = Object.assign(Object.create(store) as typeof store, {
      appendActivityEvents: async (...args: Parameters<NonNullable<typeof store.appendActivityEvents>>) => ((written = args[0].length), store.appendActivityEvents(...args)),
      findActivities: async (query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }) => {
        if (written) readBack.push(query.ids?.length ?? 0);
        written = 0;
        return store.findActivities(query);
      },
    });
    const rows = READ_BACK_ROWS * 2 + 1;
    const sheet = { header: ['日期', '活动名称', '人数'], rows: Array.from({ length: rows }, (_, i) => ({ row: i + 2, cells: [`2025-0${(i % 9) + 1}-1${i % 9}`, `科普讲座第${i}场`, `${(i % 300) + 1}人`] as (string | number)[] })) };
    const report = await importLedger(watched, ctx, sheet, '台账.xlsx');
    expect(report).toMatchObject({ added: rows, refused: [] });
    expect(readBack).toEqual([READ_BACK_ROWS, READ_BACK_ROWS, 1]);
  });
});
