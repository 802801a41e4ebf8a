// The 台账 written straight into a file (the CLI's export) is the same workbook as the bytes an upload gets.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { buildLedger } from '../../src/core/exports/ledger-rows.js';
import { ledgerToXlsx, writeLedgerXlsx } from '../../src/infra/exports/write-ledger-xlsx.js';
import { activity } from './store-contract.js';

const rowsOf = async (bytes: Uint8Array) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  return book.worksheets.map((s) => ({ name: s.name, rows: s.getSheetValues().filter(Boolean).map((r) => JSON.stringify(r)), filter: JSON.stringify(s.autoFilter), print: s.pageSetup.printTitlesRow }));
};

describe('the 台账 streamed into a file', () => {
  it('holds the same sheets, rows, totals, filter and print set-up as the workbook bytes', async () => {
    const acts: Activity[] = Array.from({ length: 3000 }, (_, i) => activity({ id: `a${String(i).padStart(8, '0')}`, date: `2026-0${(i % 6) + 1}-1${i % 9}`, title: `第${i}场科普讲座`, headcount: 10 + (i % 90), metrics: { 份: i % 7 } }));
    const ledger = buildLedger({ plans: [], activities: acts, signups: [], period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' } });
    const file = join(mkdtempSync(join(tmpdir(), 'kexie-ledger-stream-')), '台账.xlsx');
    await writeLedgerXlsx(ledger, file);
    const written = await rowsOf(readFileSync(file));
    expect(written).toEqual(await rowsOf(await ledgerToXlsx(ledger)));
    expect(written.map((s) => s.name)).toEqual(['活动台账', '记录信息', '目标进度', '按单位', '报名']);
    // 3,000 rows, a header and the totals rows; the filter covers header and rows.
    expect(written[0]!.rows.length).toBeGreaterThan(3001);
    expect(written[0]!.filter).toBe('"A1:M3001"');
  });

  it('an unwritable path fails with the error, and leaves no open stream behind', async () => {
    const ledger = buildLedger({ plans: [], activities: [], signups: [], period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' } });
    await expect(writeLedgerXlsx(ledger, join(tmpdir(), 'no-such-folder-kexie', 'x', '台账.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
