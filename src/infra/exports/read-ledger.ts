// Reads a 台账 file (.xlsx streamed under caps; .csv in UTF-8 or GB18030) into a header row and data rows.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../core/errors.js';
import type { LedgerCell, LedgerSheet } from '../../core/exports/import-ledger.js';
import { mapHeaders } from '../../core/exports/import-ledger.js';
import { LEDGER_LIMITS, type LedgerLimits, megabytes } from '../../core/exports/ledger-limits.js';
import { liveText } from './inert-text.js';
import { readCsvRows } from './read-csv.js';
import { own, xlsxRows } from './read-xlsx.js';

export { parseCsv } from './read-csv.js';

/** The header is the first of the top 10 rows that names a date and a title column (offices put a title row above). */
function findHeader(rows: ReadonlyArray<{ cells: LedgerCell[] }>): number {
  for (let i = 0; i < Math.min(10, rows.length); i++) {
    const { fields } = mapHeaders((rows[i]?.cells ?? []).map((c) => (c === null || c === undefined ? '' : String(c))));
    if (fields.date !== undefined && fields.title !== undefined) return i;
  }
  return 0;
}

/** A totals row (合计, 小计, 总计 in one of its first two cells) is not an activity. */
const isTotalsRow = (cells: LedgerCell[]): boolean => cells.slice(0, 2).some((c) => typeof c === 'string' && /^\s*(合\s*计|小\s*计|总\s*计)/u.test(c));

/** Rows (empty ones already left out) as a sheet: the header found among the first ten, then the data rows. */
function toSheet(rows: Array<{ row: number; cells: LedgerCell[] }>): LedgerSheet {
  const h = findHeader(rows);
  return {
    header: (rows[h]?.cells ?? []).map((c) => (c === null || c === undefined ? '' : String(c).trim())),
    rows: rows.slice(h + 1).filter((r) => !isTotalsRow(r.cells)),
  };
}

/** A cell as the importer takes it: text (its export apostrophe taken off, cut to the cap), a number, a date, a boolean or nothing. */
function cellValue(v: unknown, maxChars: number): LedgerCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return own(liveText(v.length > maxChars ? v.slice(0, maxChars) : v));
  if (v instanceof Date || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    const o = v as { result?: unknown; text?: unknown; richText?: Array<{ text: string }>; error?: unknown };
    if (o.richText) return cellValue(o.richText.map((r) => r.text).join(''), maxChars);
    if ('result' in o) return cellValue(o.result, maxChars);
    if (typeof o.text === 'string') return cellValue(o.text, maxChars);
    if (o.error) return null;
  }
  return null;
}

/** The ledger sheet of a workbook (the sheet 活动台账, else the first), streamed under the limits. */
async function readXlsx(bytes: Uint8Array, label: string, limits: LedgerLimits): Promise<LedgerSheet> {
  const rows: Array<{ row: number; cells: LedgerCell[] }> = [];
  try {
    for await (const r of xlsxRows(bytes, label, limits, '活动台账')) rows.push({ row: r.row, cells: Array.from(r.values, (v) => cellValue(v, limits.maxCellChars)) });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('ledger_unreadable', `“${label}”打不开（文件可能已损坏，或不是 Excel 工作簿）。`, { cause: error });
  }
  if (rows.length === 0) throw new AppError('ledger_empty', `“${label}”的工作表是空的。`);
  return toSheet(rows);
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A ledger from bytes and a file name: an .xlsx (a zip, whatever its extension says) or a .csv; refused past the limits. */
export async function readLedgerBytes(bytes: Uint8Array, name: string, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerSheet> {
  const label = basename(name);
  if (bytes.byteLength > limits.maxBytes) throw new AppError('ledger_too_large', `“${label}”有 ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB，超过导入上限 ${megabytes(limits.maxBytes)}。`);
  const ext = extname(name).toLowerCase();
  if (ext === '.xlsx' || ((ext === '.csv' || ext === '.txt') && isZip(bytes))) return readXlsx(bytes, label, limits);
  if (ext === '.csv' || ext === '.txt') return toSheet(readCsvRows(bytes, label, limits).map((r) => ({ row: r.row, cells: r.cells.map((c) => cellValue(c, limits.maxCellChars)) })));
  const hint = ext === '.xls' || ext === '.et' ? `${ext} 请在 Excel 或 WPS 中另存为 .xlsx 后再导入。` : '';
  throw new AppError('ledger_unsupported', `收到的是“${label}”。${hint}`);
}

/** A ledger file from disk: its size checked before it is read. */
export async function readLedgerFile(path: string, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerSheet> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > limits.maxBytes) throw new AppError('ledger_too_large', `“${basename(path)}”有 ${(size / 1024 / 1024).toFixed(1)} MB，超过导入上限 ${megabytes(limits.maxBytes)}。`);
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('ledger_unreadable', `找不到或打不开文件“${basename(path)}”。`, { cause: error });
  }
  return readLedgerBytes(bytes, path, limits);
}
