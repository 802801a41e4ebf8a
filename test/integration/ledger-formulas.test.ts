// Text that starts like a formula (= + - @) is written inert: a leading apostrophe in the 台账 and the 年报, so a CSV saved from it
// never runs it; read back, from the workbook or from that CSV, the text is what was stored.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { importLedger } from '../../src/core/exports/import-ledger.js';
import { buildLedger } from '../../src/core/exports/ledger-rows.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { inertCell } from '../../src/infra/exports/inert-text.js';
import { readLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import { statsToXlsx } from '../../src/infra/exports/write-stats-xlsx.js';
import { ledgerToXlsx } from '../../src/infra/exports/write-ledger-xlsx.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const fresh = () => {
  const kexie = createKexie({ storeFor: createFileStoreFactory(mkdtempSync(join(tmpdir(), 'kexie-formulas-'))), observances: OBSERVANCES, clock: FixedClock.at('2026-06-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
  return { kexie, store: kexie.deps.storeFor('W'), ctx: kexie.context({ workspace: 'W', user: 'U1' }) };
};

const TITLES = ['=HYPERLINK("http://evil.example","点我")', '+1+cmd|\' /C calc\'!A0', '-2+3 科普讲座', '@SUM(1+1)*cmd', '\t=1+1 科技周'];
const quote = (cell: string): string => (/[",\n\r\t]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell);

describe('formula-like text in the 台账', () => {
  it('is written with a leading apostrophe, and read back as stored from the workbook and from a CSV saved from it', async () => {
    const k = fresh();
    const csv = ['日期,活动名称,单位,人数', ...TITLES.map((t, i) => ['2026-05-1' + i, quote(t), quote('=单位'), '50'].join(','))].join('\r\n');
    const report = await importLedger(k.store, k.ctx, await readLedgerBytes(Buffer.from(csv), 'in.csv'), 'in.csv');
    expect(report.added).toBe(TITLES.length);
    const stored = (await k.kexie.activities(k.ctx)).map((a) => a.title);
    expect(stored).toEqual(TITLES.map((t) => t.replace(/\s+/gu, ' ').trim()));

    const ledger = buildLedger({ plans: [], activities: await k.store.listActivities(), signups: [], period: { start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' }, timeZone: 'Asia/Shanghai' });
    const bytes = await ledgerToXlsx(ledger);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheet = book.getWorksheet('活动台账');
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
    // Every text cell that would start a formula begins with the apostrophe; none starts with = + - @ itself.
    expect(texts.filter((t) => /^[=+\-@\t\r]/u.test(t))).toEqual([]);
    expect(texts).toContain(`'${stored[0]}`);

    // Back in from the workbook: the same titles.
    const again = fresh();
    expect((await importLedger(again.store, again.ctx, await readLedgerBytes(bytes, 'q2.xlsx'), 'q2.xlsx')).added).toBe(TITLES.length);
    expect((await again.kexie.activities(again.ctx)).map((a) => a.title)).toEqual(stored);

    // Re-saved as CSV the way a spreadsheet writes a text cell (the apostrophe is part of the text): inert, and read back as stored.
    const rows: string[] = [];
    sheet?.eachRow((row) => void rows.push((row.values as unknown[]).slice(1).map((v) => quote(v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v))).join(',')));
    const resaved = rows.join('\r\n');
    expect(resaved.split(/\r\n/u).some((line) => line.split(',').some((cell) => /^"?[=+\-@]/u.test(cell)))).toBe(false);
    const third = fresh();
    expect((await importLedger(third.store, third.ctx, await readLedgerBytes(Buffer.from(resaved), 'resaved.csv'), 'resaved.csv')).added).toBe(TITLES.length);
    expect((await third.kexie.activities(third.ctx)).map((a) => a.title)).toEqual(stored);
  });

  it('is written with a leading apostrophe in the 年报 workbook too (明细, 未归类与缺数)', async () => {
    const k = fresh();
    const csv = ['日期,活动名称,人数', '2026-05-17,"=HYPERLINK(""http://evil.example"",""科普讲座"")",50', '2026-05-18,@SUM(1+1) 座谈,', '2026-05-19,+1 科普讲座,30'].join('\n');
    expect((await importLedger(k.store, k.ctx, await readLedgerBytes(Buffer.from(csv), 'in.csv'), 'in.csv')).added).toBe(3);
    const report = await k.kexie.stats(k.ctx, { start: '2026-01-01', end: '2026-12-31', label: '2026年' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await statsToXlsx(report)) as never);
    const texts: string[] = [];
    for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
    expect(texts.filter((t) => /^[=+\-@\t\r]/u.test(t))).toEqual([]);
    expect(texts.filter((t) => t.startsWith("'"))).not.toEqual([]);
  });

  it('leaves numbers, dates and ordinary text alone', () => {
    expect(inertCell(-5)).toBe(-5);
    expect(inertCell('科普讲座 -2')).toBe('科普讲座 -2');
    expect(inertCell('')).toBe('');
    expect(inertCell(null)).toBeNull();
    expect(inertCell('-')).toBe("'-");
  });
});
