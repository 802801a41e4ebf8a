// Issue 20, the ledger import's memory: a 台账 is checked to its end and counted first, then read, matched against the
// store and written a part at a time, so nothing holds the whole sheet or its activities; what the whole file decides
// (a broken end, the row cap, the year of "3月2日") is still decided before the first write.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { AppError } from '../../src/core/errors.js';
import { importLedger, type LedgerRow, type LedgerStream } from '../../src/core/exports/import-ledger.js';
import { LEDGER_LIMITS } from '../../src/core/exports/ledger-limits.js';
import { openLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const TODAY = '2026-06-20';
const HEADER = ['日期', '活动名称', '人数'];

const setup = () => {
  const { kexie, storeFor } = kexieForTests(TODAY);
  return { store: storeFor('W'), ctx: kexie.context({ workspace: 'W', user: 'admin', source: { kind: 'console' } }) };
};

/** A stream over rows in memory that notes how many parts it has handed over. */
function countingStream(rows: LedgerRow[], rowCount = rows.length): LedgerStream & { handed: number } {
  const stream = {
    header: HEADER,
    rowCount,
    handed: 0,
    async *parts(size: number) {
      for (let at = 0; at < rows.length; at += size) {
        stream.handed++;
        yield rows.slice(at, at + size);
      }
    },
  };
  return stream;
}

const row = (n: number, cells: Array<string | number>): LedgerRow => ({ row: n, cells });

describe('a ledger imported a part at a time', () => {
  it('writes each part before the next is read', async () => {
    const { store, ctx } = setup();
    const rows = Array.from({ length: 25 }, (_, i) => row(i + 2, [`2025-05-${String((i % 28) + 1).padStart(2, '0')}`, `科普讲座第${i}场`, 30 + i]));
    const stream = countingStream(rows);
    const handedAtWrite: number[] = [];
    const sizes: number[] = [];
    const watched = Object.assign(Object.create(store) as typeof store, {
      appendActivityEvents: async (...args: Parameters<NonNullable<typeof store.appendActivityEvents>>) => {
        handedAtWrite.push(stream.handed);
        sizes.push(args[0].length);
        return store.appendActivityEvents(...args);
      },
    });
    expect(await importLedger(watched, ctx, stream, '台账.xlsx', { partRows: 10 })).toEqual({ added: 25, skipped: 0, refused: [] });
    expect(sizes).toEqual([10, 10, 5]);
    expect(handedAtWrite).toEqual([1, 2, 3]);
    expect(await store.listActivities()).toHaveLength(25);
  });

  it('skips a row of a later part that repeats an earlier part, and reads a later part\'s 3月2日 in the year the first part writes', async () => {
    const { store, ctx } = setup();
    const rows = [row(2, ['2025-03-01', '科普讲座', 50]), row(3, ['2025-03-05', '科技周', 80]), row(4, ['2025-03-01', '科普讲座', 50]), row(5, ['3月2日', '青少年培训', 30])];
    const report = await importLedger(store, ctx, countingStream(rows), '台账.csv', { partRows: 2 });
    expect(report).toEqual({ added: 3, skipped: 1, refused: [] });
    expect((await store.listActivities()).map((a) => `${a.date} ${a.title}`).sort()).toEqual(['2025-03-01 科普讲座', '2025-03-02 青少年培训', '2025-03-05 科技周']);
    // Again: every row is stored already, whichever part it is in.
    expect(await importLedger(store, ctx, countingStream(rows), '台账.csv', { partRows: 2 })).toEqual({ added: 0, skipped: 4, refused: [] });
  });

  it('finds a stored record of the same day, title and headcount in a part whose days span the year', async () => {
    const { store, ctx } = setup();
    const stored: Activity = {
      id: 'a1234567', date: '2025-06-15', dateEnd: null, title: '科普讲座进社区', headcount: 40, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {},
      itemId: null, planId: null, text: '6月15日 科普讲座进社区 40人', by: 'U2', at: '2025-06-15T10:00:00.000Z', source: { kind: 'console' }, dedupeKey: null, flags: [], undone: false, history: [],
    };
    await store.appendActivityEvent({ type: 'create', activity: stored });
    const rows = [row(2, ['2025-12-31', '年终总结会', 20]), row(3, ['2025-01-02', '新春科普', 60]), row(4, ['2025-06-15', '科普讲座进社区', 40]), row(5, ['2025-06-15', '科普讲座进社区', 41])];
    expect(await importLedger(store, ctx, countingStream(rows), '台账.xlsx', { partRows: 10 })).toEqual({ added: 3, skipped: 1, refused: [] });
  });

  it('lists no days of a workspace that was empty when the import began, and lists them once it holds records', async () => {
    const { store, ctx } = setup();
    let lists = 0;
    const watched = Object.assign(Object.create(store) as typeof store, { listActivities: async (...args: Parameters<typeof store.listActivities>) => (lists++, store.listActivities(...args)) });
    const rows = [row(2, ['2025-01-02', '新春科普', 60]), row(3, ['2025-06-15', '科普讲座进社区', 40])];
    expect(await importLedger(watched, ctx, countingStream(rows), '台账.xlsx', { partRows: 1 })).toMatchObject({ added: 2 });
    expect(lists).toBe(0);
    expect(await importLedger(watched, ctx, countingStream([row(2, ['2025-06-15', '科普讲座进社区', 40])]), '又一份.xlsx')).toMatchObject({ added: 0, skipped: 1 });
    expect(lists).toBeGreaterThan(0);
  });

  it('refuses a sheet over the row cap before reading a part, saying the limit and the count', async () => {
    const { store, ctx } = setup();
    const stream = countingStream([row(2, ['2025-03-01', '科普讲座', 50])], LEDGER_LIMITS.maxRows + 1);
    const report = await importLedger(store, ctx, stream, '台账.xlsx');
    expect(report.added).toBe(0);
    expect(report.refused[0]?.reason).toContain(`一次最多导入 200,000 行（导入上限），这个文件有 200,001 行`);
    expect(stream.handed).toBe(0);
    expect(await store.listActivities()).toEqual([]);
  });
});

describe('a ledger file opened as a stream', () => {
  const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\n'));

  it('counts its data rows (a title row above the header and a totals row left out) and hands them over in parts', async () => {
    const stream = await openLedgerBytes(csv(['2025年活动台账', '日期,活动名称,人数', '2025-03-01,科普讲座,50', '2025-03-02,科技周,60', '2025-03-03,培训,70', '合计,,180']), '台账.csv');
    expect(stream.header).toEqual(HEADER);
    expect(stream.rowCount).toBe(3);
    const parts: number[][] = [];
    for await (const part of stream.parts(2)) parts.push(part.map((r) => r.row));
    expect(parts).toEqual([[3, 4], [5]]);
  });

  it('is refused at once when it runs past the row cap, so nothing is written', async () => {
    const lines = ['日期,活动名称,人数', ...Array.from({ length: 30 }, (_, i) => `2025-03-01,科普讲座${i},50`)];
    const error = await openLedgerBytes(csv(lines), '长的.csv', { ...LEDGER_LIMITS, maxRows: 10 }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).userMessage).toContain('超过 10 行（导入上限）');
  });
});
