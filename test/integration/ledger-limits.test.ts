// Hostile and awkward 台账 files: zip bombs refused by declared and by inflated size, sheets read as a stream under
// row and column caps, controls and bidi overrides stripped, mixed encodings named, hints about .xlsx/.csv.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { AppError, ERROR_MESSAGES } from '../../src/core/errors.js';
import { importLedger } from '../../src/core/exports/import-ledger.js';
import { describeLedgerLimits, LEDGER_LIMITS, type LedgerLimits } from '../../src/core/exports/ledger-limits.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { readLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { makeZip } from '../support/zip.js';

const fresh = () => {
  const kexie = createKexie({ storeFor: createFileStoreFactory(mkdtempSync(join(tmpdir(), 'kexie-ledger-limits-'))), observances: OBSERVANCES, clock: FixedClock.at('2026-06-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
  return { kexie, store: kexie.deps.storeFor('W'), ctx: kexie.context({ workspace: 'W', user: 'U1' }) };
};

const refusal = async (read: Promise<unknown>): Promise<AppError> => {
  const error = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const xml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
/** A sheet part: rows of inline-string cells (A, B, …), `tail` appended inside sheetData. */
function sheetXml(rows: string[][], options: { tail?: string; cols?: string } = {}): string {
  const body = rows.map((cells, i) => `<row r="${i + 1}">${cells.map((c, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${xml(c)}</t></is></c>`).join('')}</row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.cols ?? ''}<sheetData>${body}${options.tail ?? ''}</sheetData></worksheet>`;
}
const workbookOf = (sheet: string, declaredSize?: number): Buffer => makeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet), level: 9, ...(declaredSize !== undefined ? { declaredSize } : {}) }]);
const HEADER = ['日期', '活动名称', '人数'];

describe('an .xlsx that expands past the cap', () => {
  it('is refused from its zip directory before anything is inflated, saying the limit', async () => {
    // A few hundred bytes declaring a 1.5 GB sheet.
    const bomb = workbookOf(sheetXml([HEADER, ['2026-05-17', '科普讲座', '50']]), 1_500_000_000);
    expect(bomb.length).toBeLessThan(4096);
    const error = await refusal(readLedgerBytes(bomb, 'bomb.xlsx'));
    expect(error.code).toBe('ledger_too_large');
    expect(error.userMessage).toContain('200 MB');
    expect(error.userMessage).not.toMatch(/\.docx|\.pdf/u);
  });

  it('is refused while inflating when the directory lies, having inflated no more than the cap', async () => {
    // 20 rows, each followed by 500 KB of blanks between elements (10 MB of XML) in a few KB, declared as 1 KB.
    const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>2026-05-17</t></is></c><c r="B2" t="inlineStr"><is><t>科普讲座</t></is></c><c r="C2"><v>50</v></c></row>';
    const liar = workbookOf(sheetXml([HEADER], { tail: `${row}${' '.repeat(500 * 1024)}`.repeat(20) }), 1000);
    expect(liar.length).toBeLessThan(16 * 1024);
    const limits: LedgerLimits = { ...LEDGER_LIMITS, maxUnzippedBytes: 2 * 1024 * 1024 };
    const error = await refusal(readLedgerBytes(liar, 'liar.xlsx', limits));
    expect(error.code).toBe('ledger_too_large');
    expect(error.userMessage).toMatch(/解压后超过 2 MB（导入上限）/u);
    // The same file within a larger cap reads to the end.
    expect((await readLedgerBytes(liar, 'liar.xlsx', { ...limits, maxUnzippedBytes: 20 * 1024 * 1024 })).rows).toHaveLength(20);
  });
});

describe('a sheet read as a stream', () => {
  it('stops at the row cap: what lies past it (here, broken XML) is never read', async () => {
    const rows = Array.from({ length: 3000 }, (_, n) => [`2026-05-${String((n % 28) + 1).padStart(2, '0')}`, `科普讲座${n}`, '50']);
    const sheet = workbookOf(sheetXml([HEADER, ...rows], { tail: '<row r="9999"><c r="A9999" t="inlineStr"><is><t>broken' }));
    const limits: LedgerLimits = { ...LEDGER_LIMITS, maxRows: 1000 };
    const error = await refusal(readLedgerBytes(sheet, 'long.xlsx', limits));
    expect(error.code).toBe('ledger_too_large');
    expect(error.userMessage).toContain('超过 1,000 行（导入上限）');
    expect(error.userMessage).toContain('按月份拆成几个文件');
  });

  it('reads the first 64 columns of rows that reach column XFD, and ignores column definitions', async () => {
    const far = (r: number) => `<c r="XFD${r}" t="inlineStr"><is><t>远处</t></is></c>`;
    const body = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="100000" width="9"/></cols><sheetData>${[HEADER, ['2026-05-17', '科普讲座', '50'], ['2026-05-18', '科技周', '60']]
      .map((cells, i) => `<row r="${i + 1}">${cells.map((c, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${c}</t></is></c>`).join('')}${far(i + 1)}</row>`)
      .join('')}</sheetData></worksheet>`;
    const sheet = await readLedgerBytes(workbookOf(body), 'wide.xlsx');
    expect(sheet.header).toEqual(HEADER);
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['2026-05-17', '科普讲座', '50'],
      ['2026-05-18', '科技周', '60'],
    ]);
  });

  it('picks the sheet 活动台账 among others and reads shared strings, rich text, formulas and dates (a workbook as Excel writes it)', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('填表说明').addRows([['请按表头填写'], ['日期', '活动名称'], ['2020-01-01', '不是这张表']]);
    const sheet = book.addWorksheet('活动台账');
    sheet.addRow(['2026年活动台账']);
    sheet.addRow(['日期', '活动名称', '人数']);
    sheet.addRow([new Date('2026-05-17T00:00:00Z'), { richText: [{ text: '科普' }, { text: '讲座', font: { bold: true } }] }, { formula: '40+10', result: 50 }]);
    sheet.addRow(['2026-05-18', '科技周', 60]);
    sheet.getColumn(1).numFmt = 'yyyy-mm-dd';
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const read = await readLedgerBytes(bytes, 'excel.xlsx');
    expect(read.header).toEqual(['日期', '活动名称', '人数']);
    expect(read.rows.map((r) => [r.row, ...r.cells])).toEqual([
      [3, new Date('2026-05-17T00:00:00Z'), '科普讲座', 50],
      [4, '2026-05-18', '科技周', 60],
    ]);
    const capped = await refusal(readLedgerBytes(bytes, 'excel.xlsx', { ...LEDGER_LIMITS, maxSharedStrings: 5 }));
    expect(capped.userMessage).toContain('不同的文字超过 5 条');
  });

  it('keeps Chinese text whole where a chunk boundary splits a character', async () => {
    // 15,000 rows of three-byte characters: the inflated text is cut into chunks at arbitrary bytes.
    const rows = Array.from({ length: 15_000 }, (_, n) => ['2026-05-17', `科普讲座进社区第${n}场`, '50']);
    const sheet = await readLedgerBytes(workbookOf(sheetXml([HEADER, ...rows])), 'cjk.xlsx');
    const titles = sheet.rows.map((r) => r.cells[1]);
    expect(titles.filter((t) => typeof t !== 'string' || t.includes('\uFFFD'))).toEqual([]);
    expect(titles[14_999]).toBe('科普讲座进社区第14999场');
  });

  it('refuses a CSV past the row cap, and one over the file size cap, saying the limit', async () => {
    const csv = ['日期,活动名称,人数', ...Array.from({ length: 1200 }, (_, n) => `2026-05-17,科普讲座${n},50`)].join('\n');
    const limits: LedgerLimits = { ...LEDGER_LIMITS, maxRows: 1000, maxBytes: 1024 * 1024 };
    expect((await refusal(readLedgerBytes(Buffer.from(csv), 'long.csv', limits))).userMessage).toContain('超过 1,000 行（导入上限）');
    const big = await refusal(readLedgerBytes(Buffer.alloc(2 * 1024 * 1024, 0x0a), 'big.csv', limits));
    expect(big.code).toBe('ledger_too_large');
    expect(big.userMessage).toContain('超过导入上限 1 MB');
  });

  it('states the limits the same way in the refusal text, the help sentence and the README', async () => {
    const { readFileSync } = await import('node:fs');
    expect(ERROR_MESSAGES.ledger_too_large).toContain('50 MB');
    expect(ERROR_MESSAGES.ledger_too_large).toContain('200 MB');
    expect(ERROR_MESSAGES.ledger_too_large).toContain('200,000 行');
    expect(describeLedgerLimits()).toBe('台账导入上限：文件 50 MB，.xlsx 解压后 200 MB，200,000 行，每行前 64 列。');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme.replace(/\s+/gu, ' ')).toContain('a 50 MB file, 200 MB of sheet XML once inflated, 200,000 rows, 64 columns');
  });
});

describe('text from a ledger', () => {
  it('reaches the store without control characters, NUL or bidi overrides (CSV and .xlsx)', async () => {
    const k = fresh();
    const dirty = ['2026-05-17,科普\u202e讲座\u0000\u001b[31m进社区,城关\u2066镇\u2069科协,50', '2026-05-18,科技\u200f周\u0007开幕式,\u061c科普部,60'];
    const csv = Buffer.from(['日期,活动名称,单位,人数', ...dirty].join('\r\n'));
    const fromCsv = await importLedger(k.store, k.ctx, await readLedgerBytes(csv, 'dirty.csv'), 'dirty.csv');
    expect(fromCsv.added).toBe(2);
    const xlsx = workbookOf(sheetXml([['日期', '活动名称', '人数'], ['2026-05-19', '青少年\u202d科技\u0085创新大赛', '70']]));
    expect((await importLedger(k.store, k.ctx, await readLedgerBytes(xlsx, 'dirty.xlsx'), 'dirty.xlsx')).added).toBe(1);
    const stored = await k.kexie.activities(k.ctx);
    expect(stored.map((a) => a.title)).toEqual(['科普讲座进社区', '科技周开幕式', '青少年科技创新大赛']);
    for (const a of stored) expect(JSON.stringify([a.title, a.text, a.by, a.dedupeKey])).not.toMatch(/\\u00|\\u202|\\u206|\\u200f|\\u061c|[\u0000-\u0008\u001b\u0085\u202a-\u202e\u2066-\u2069]/u);
  });

  it('names mixed encodings in Chinese, with the way to re-save, and never quotes the garbled header', async () => {
    const gbk = (text: string): number[] => [...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : GBK[ch] ?? []));
    // Header saved as UTF-8, rows as GBK: the way two exports pasted into one file look.
    const bytes = new Uint8Array([...Buffer.from('日期,活动名称,人数\n'), ...gbk('2026-05-17,科普讲座,50\n2026-05-18,科技周,60\n')]);
    const error = await refusal(readLedgerBytes(bytes, 'mixed.csv'));
    expect(error.code).toBe('ledger_unreadable');
    expect(error.userMessage).toContain('混用了两种文字编码');
    expect(error.userMessage).toMatch(/另存为.*UTF-8/u);
    const garbled = new TextDecoder('gb18030').decode(Buffer.from('日期,活动名称'));
    expect(error.userMessage).not.toContain(garbled.slice(0, 2));
    expect(error.userMessage).not.toContain('\uFFFD');
  });

  it('a header that did not decode cleanly is described, not quoted', async () => {
    const k = fresh();
    const report = await importLedger(k.store, k.ctx, { header: ['\uFFFD\uFFFD', '\uFFFD名称'], rows: [{ row: 2, cells: ['x', 'y'] }] }, 'x.csv');
    expect(report.refused[0]?.reason).toContain('文字编码不对');
    expect(report.refused[0]?.reason).not.toContain('\uFFFD');
  });

  it('hints at .xlsx and .csv (never plan formats) for a broken workbook, an .xls and a binary CSV', async () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    for (const [bytes, name, code] of [
      [noise, 'broken.xlsx', 'ledger_unreadable'],
      [noise, '旧台账.xls', 'ledger_unsupported'],
      [noise, 'noise.csv', 'ledger_unreadable'],
      [Buffer.from('PK\u0003\u0004 not really a zip'), 'fake.xlsx', 'ledger_unreadable'],
    ] as const) {
      const error = await refusal(readLedgerBytes(bytes, name));
      expect(error.code).toBe(code);
      expect(error.userMessage).toContain('.xlsx');
      expect(error.userMessage).not.toMatch(/\.docx|\.pdf|\.md/u);
    }
  });
});

/** GBK codes of the test's characters, from the decoder (Node ships no GBK encoder). */
const GBK: Record<string, number[]> = (() => {
  const table: Record<string, number[]> = {};
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0xb0; hi <= 0xf7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) table[decoder.decode(new Uint8Array([hi, lo]))] ??= [hi, lo];
  return table;
})();
