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

function toSheet(rows: LedgerCell[][], firstRowNumber = 1): LedgerSheet {
  const h = findHeader(rows);
  return {
    header: (rows[h] ?? []).map((c) => (c === null || c === undefined ? '' : String(c).trim())),
    rows: rows.slice(h + 1).map((cells, k) => ({ row: firstRowNumber + h + 1 + k, cells })),
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

/** The ledger sheet of a workbook: the one named 活动台账, else the first; read as a stream (100,000 rows in seconds). */
async function readXlsx(bytes: Uint8Array): Promise<LedgerSheet> {
  const ExcelJS = (await import('exceljs')).default;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' } as never);
  let chosen: LedgerCell[][] | undefined;
  try {
    for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; values: unknown }> & { name?: string }>) {
      const named = sheet.name === '活动台账';
      const rows: LedgerCell[][] = [];
      const keep = named || chosen === undefined;
      for await (const row of sheet) {
        if (!keep) continue;
        const values = Array.isArray(row.values) ? row.values : [];
        rows[row.number - 1] = values.slice(1).map(cellValue);
      }
      if (keep) chosen = rows;
      if (named) break;
    }
  } catch (error) {
    throw new AppError('file_unreadable', '这个 .xlsx 文件打不开。', { cause: error });
  }
  if (!chosen) throw new AppError('file_empty', '工作簿里没有工作表。');
  for (let i = 0; i < chosen.length; i++) chosen[i] ??= [];
  return toSheet(chosen);
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
