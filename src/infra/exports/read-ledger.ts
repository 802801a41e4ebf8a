// Reads a 台账 file (.xlsx streamed under caps; .csv in UTF-8 or GB18030) into a header row and data rows: read once
// to its end to check it and count its rows, then again a part at a time as the import asks (openLedgerBytes), a
// part ending at the rows asked for or at LEDGER_PART_CHARS characters of text, whichever comes first.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../core/errors.js';
import type { LedgerCell, LedgerRow, LedgerSheet, LedgerStream } from '../../core/exports/import-ledger.js';
import { mapHeaders } from '../../core/exports/import-ledger.js';
import { LEDGER_LIMITS, type LedgerLimits, megabytes } from '../../core/exports/ledger-limits.js';
import { liveText } from './inert-text.js';
import { csvRecords, decodeCsv } from './read-csv.js';
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

/** The header's cells as text. */
const headerOf = (cells: readonly LedgerCell[] | undefined): string[] => (cells ?? []).map((c) => (c === null || c === undefined ? '' : String(c).trim()));

/**
 * A stream over rows read afresh by `read` (empty ones already left out): one pass to the end finds the header among
 * the first ten rows and counts the data rows (totals rows left out), so a file that breaks or runs past the caps is
 * refused before any row is handed over; `parts` reads it again.
 */
async function streamOf(read: () => AsyncIterable<LedgerRow>, refuse: (error: unknown) => never, empty?: () => never): Promise<LedgerStream> {
  const top: LedgerRow[] = [];
  let count = 0;
  let totals = 0;
  try {
    for await (const r of read()) {
      // The header is among the first ten rows: a totals row past them is under it.
      if (top.length < 10) top.push(r);
      else if (isTotalsRow(r.cells)) totals++;
      count++;
    }
  } catch (error) {
    refuse(error);
  }
  if (count === 0 && empty) empty();
  const h = findHeader(top);
  totals += top.slice(h + 1).filter((r) => isTotalsRow(r.cells)).length;
  return {
    header: headerOf(top[h]?.cells),
    rowCount: Math.max(0, count - h - 1 - totals),
    async *parts(size: number) {
      let part: LedgerRow[] = [];
      let chars = 0;
      let at = 0;
      try {
        for await (const r of read()) {
          if (at++ <= h || isTotalsRow(r.cells)) continue;
          part.push(r);
          chars += charsOf(r.cells);
          if (part.length >= size || chars >= LEDGER_PART_CHARS) yield part, (part = []), (chars = 0);
        }
      } catch (error) {
        refuse(error);
      }
      if (part.length > 0) yield part;
    },
  };
}

/**
 * Characters of text cells a part holds at most, whatever its row count: rows of long cells (up to 64 columns of
 * 2,000 characters each) end a part early, so the import's memory is bounded by this, not by the cells' sizes.
 */
export const LEDGER_PART_CHARS = 4_000_000;

/** The characters of a row's text cells. */
const charsOf = (cells: readonly LedgerCell[]): number => {
  let n = 0;
  for (const c of cells) if (typeof c === 'string') n += c.length;
  return n;
};

/** A stream's rows gathered into a sheet. */
async function gather(stream: LedgerStream): Promise<LedgerSheet> {
  const rows: LedgerRow[] = [];
  for await (const part of stream.parts(10_000)) for (const r of part) rows.push(r);
  return { header: stream.header, rows };
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
function streamXlsx(bytes: Uint8Array, label: string, limits: LedgerLimits): Promise<LedgerStream> {
  async function* read(): AsyncGenerator<LedgerRow> {
    for await (const r of xlsxRows(bytes, label, limits, '活动台账')) yield { row: r.row, cells: Array.from(r.values, (v) => cellValue(v, limits.maxCellChars)) };
  }
  const refuse = (error: unknown): never => {
    if (error instanceof AppError) throw error;
    throw new AppError('ledger_unreadable', `“${label}”打不开（文件可能已损坏，或不是 Excel 工作簿）。`, { cause: error });
  };
  return streamOf(read, refuse, () => {
    throw new AppError('ledger_empty', `“${label}”的工作表是空的。`);
  });
}

/** A CSV ledger, decoded once (the file is capped) and parsed afresh for each pass. */
function streamCsv(bytes: Uint8Array, label: string, limits: LedgerLimits): Promise<LedgerStream> {
  const text = decodeCsv(bytes, label);
  async function* read(): AsyncGenerator<LedgerRow> {
    for (const r of csvRecords(text, label, limits)) yield { row: r.row, cells: r.cells.map((c) => cellValue(c, limits.maxCellChars)) };
  }
  const refuse = (error: unknown): never => {
    throw error;
  };
  return streamOf(read, refuse);
}

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** A ledger from bytes and a file name, as a stream: an .xlsx (a zip, whatever its extension says) or a .csv; refused past the limits. */
export async function openLedgerBytes(bytes: Uint8Array, name: string, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerStream> {
  const label = basename(name);
  if (bytes.byteLength > limits.maxBytes) throw new AppError('ledger_too_large', `“${label}”有 ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB，超过导入上限 ${megabytes(limits.maxBytes)}。`);
  const ext = extname(name).toLowerCase();
  if (ext === '.xlsx' || ((ext === '.csv' || ext === '.txt') && isZip(bytes))) return streamXlsx(bytes, label, limits);
  if (ext === '.csv' || ext === '.txt') return streamCsv(bytes, label, limits);
  const hint = ext === '.xls' || ext === '.et' ? `${ext} 请在 Excel 或 WPS 中另存为 .xlsx 后再导入。` : '';
  throw new AppError('ledger_unsupported', `收到的是“${label}”。${hint}`);
}

/** The same, gathered into a sheet in memory (small files and tests). */
export async function readLedgerBytes(bytes: Uint8Array, name: string, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerSheet> {
  return gather(await openLedgerBytes(bytes, name, limits));
}

/** A ledger file from disk as a stream: its size checked before it is read. */
export async function openLedgerFile(path: string, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerStream> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    if (size > limits.maxBytes) throw new AppError('ledger_too_large', `“${basename(path)}”有 ${(size / 1024 / 1024).toFixed(1)} MB，超过导入上限 ${megabytes(limits.maxBytes)}。`);
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('ledger_unreadable', `找不到或打不开文件“${basename(path)}”。`, { cause: error });
  }
  return openLedgerBytes(bytes, path, limits);
}

/** The same, gathered into a sheet in memory. */
export async function readLedgerFile(path: string, limits: LedgerLimits = LEDGER_LIMITS): Promise<LedgerSheet> {
  return gather(await openLedgerFile(path, limits));
}
