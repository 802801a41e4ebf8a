// Reads a 台账 file (.xlsx with exceljs, loaded lazily; .csv in UTF-8 or GB18030) into a header row and data rows.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import type { LedgerCell, LedgerSheet } from '../../core/exports/import-ledger.js';
import { mapHeaders } from '../../core/exports/import-ledger.js';
import { AppError } from '../../core/errors.js';

/** The header is the first of the top 10 rows that names a date and a title column (offices put a title row above). */
function findHeader(rows: LedgerCell[][]): number {
  for (let i = 0; i < Math.min(10, rows.length); i++) {
    const { fields } = mapHeaders((rows[i] ?? []).map((c) => (c === null || c === undefined ? '' : String(c))));
    if (fields.date !== undefined && fields.title !== undefined) return i;
  }
  return 0;
}

/** A totals row (合计, 小计, 总计 in one of its first two cells) is not an activity. */
const isTotalsRow = (cells: LedgerCell[]): boolean => cells.slice(0, 2).some((c) => typeof c === 'string' && /^\s*(合\s*计|小\s*计|总\s*计)/u.test(c));

function toSheet(rows: LedgerCell[][], firstRowNumber = 1): LedgerSheet {
  const h = findHeader(rows);
  return {
    header: (rows[h] ?? []).map((c) => (c === null || c === undefined ? '' : String(c).trim())),
    rows: rows
      .slice(h + 1)
      .map((cells, k) => ({ row: firstRowNumber + h + 1 + k, cells }))
      .filter((r) => !isTotalsRow(r.cells)),
  };
}

/** RFC 4180 CSV (quotes, doubled quotes, newlines in quotes), in one linear pass. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',' || ch === '\t') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Text of a CSV file: UTF-8 (with or without BOM), else GB18030 as Excel on Chinese Windows saves it. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function cellValue(v: unknown): LedgerCell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: Array<{ text: string }>; error?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return cellValue(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error) return null;
  }
  return String(v);
}

type Rows = LedgerCell[][];

/** The ledger sheet's rows, streamed (100,000 rows in seconds): the sheet named 活动台账, else the first. */
async function streamXlsx(bytes: Uint8Array): Promise<Rows | undefined> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' } as never);
  // A sheet read before the workbook part (exceljs's own writer puts that part last) finds no workbook
  // properties; dates then default to the 1900 system, as Excel's own files use.
  Object.assign(reader, { properties: { model: { date1904: false } } });
  let chosen: Rows | undefined;
  for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; values: unknown }> & { name?: string }>) {
    const named = sheet.name === '活动台账';
    const keep = named || chosen === undefined;
    const rows: Rows = [];
    for await (const row of sheet) if (keep) rows[row.number - 1] = (Array.isArray(row.values) ? row.values : []).slice(1).map(cellValue);
    if (keep) chosen = rows;
  }
  return chosen;
}

/** The same, loading the whole workbook: slower, but reads what the stream reader trips on. */
async function loadXlsx(bytes: Uint8Array): Promise<Rows | undefined> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as never);
  const sheet = book.getWorksheet('活动台账') ?? book.worksheets[0];
  if (!sheet) return undefined;
  const rows: Rows = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1).map(cellValue);
  });
  return rows;
}

/** The ledger sheet of a workbook as rows under its header. */
async function readXlsx(bytes: Uint8Array): Promise<LedgerSheet> {
  let rows: Rows | undefined;
  try {
    rows = await streamXlsx(bytes);
  } catch {
    // exceljs's stream reader sometimes fails on date cells when the workbook part comes after the sheets
    // (as its own stream writer orders them); the whole-workbook reader does not.
    try {
      rows = await loadXlsx(bytes);
    } catch (error) {
      throw new AppError('file_unreadable', '这个 .xlsx 文件打不开。', { cause: error });
    }
  }
  if (!rows) throw new AppError('file_empty', '工作簿里没有工作表。');
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return toSheet(rows);
}

/** A ledger from bytes and a file name (.xlsx or .csv). */
export async function readLedgerBytes(bytes: Uint8Array, name: string): Promise<LedgerSheet> {
  const ext = extname(name).toLowerCase();
  if (ext === '.xlsx') return readXlsx(bytes);
  if (ext === '.csv' || ext === '.txt') return toSheet(parseCsv(decodeCsv(bytes)).map((r) => r.map((c) => c.trim())));
  throw new AppError('file_unsupported', `台账请用 .xlsx 或 .csv 文件（收到的是“${name}”）。.xls 请在 Excel 中另存为 .xlsx。`);
}

/** A ledger file from disk. */
export async function readLedgerFile(path: string): Promise<LedgerSheet> {
  return readLedgerBytes(new Uint8Array(await readFile(path)), path);
}
