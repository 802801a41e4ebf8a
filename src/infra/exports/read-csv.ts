// Reads a CSV 台账: its bytes decoded (or refused when they are not text, or lines come in two encodings), then parsed under caps.
import { AppError } from '../../core/errors.js';
import type { LedgerLimits } from '../../core/exports/ledger-limits.js';
import { decodeTextBytes, describeNotText } from '../documents/decode-text.js';

/** Caps on what one parse keeps: rows (blank ones skipped), fields of a row, characters of a field. */
export interface CsvCaps {
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
}

const NO_CAPS: CsvCaps = { maxRows: Number.POSITIVE_INFINITY, maxColumns: Number.POSITIVE_INFINITY, maxCellChars: Number.POSITIVE_INFINITY };

/**
 * RFC 4180 CSV (quotes, doubled quotes, newlines in quotes, comma or tab between fields), in one linear pass: the records
 * with their numbers (1-based), blank ones left out. It stops after `maxRows` records; fields past `maxColumns` and
 * characters past `maxCellChars` are dropped as they are read, so memory never grows with a hostile file's shape.
 */
export function parseCsv(text: string, caps: CsvCaps = NO_CAPS): Array<{ row: number; cells: string[] }> {
  return [...csvParse(text, caps)];
}

/** The same, a record at a time. */
function* csvParse(text: string, caps: CsvCaps): Generator<{ row: number; cells: string[] }> {
  let kept = 0;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let record = 1;
  const endField = (): void => {
    if (row.length < caps.maxColumns) row.push(field);
    field = '';
  };
  /** The record just ended, unless blank. */
  const endRecord = (): { row: number; cells: string[] } | undefined => {
    endField();
    const done = row.length > 1 || row[0] !== '' ? { row: record, cells: row } : undefined;
    row = [];
    record++;
    return done;
  };
  const add = (ch: string): void => {
    if (field.length < caps.maxCellChars) field += ch;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          add('"');
          i++;
        } else quoted = false;
      } else add(ch);
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',' || ch === '\t') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      const done = endRecord();
      if (done) {
        yield done;
        if (++kept >= caps.maxRows) return;
      }
    } else add(ch);
  }
  if (field !== '' || row.length > 0) {
    const done = endRecord();
    if (done) yield done;
  }
}

/** A CSV ledger's text: refused (AppError) when the bytes are not text in one encoding. */
export function decodeCsv(bytes: Uint8Array, label: string): string {
  const decoded = decodeTextBytes(bytes, { lenient: true });
  if (!decoded.ok) throw new AppError('ledger_unreadable', describeNotText(label, decoded));
  return decoded.text;
}

/** A CSV ledger's records, trimmed, a record at a time; refused (AppError) past the row cap. */
export function* csvRecords(text: string, label: string, limits: LedgerLimits): Generator<{ row: number; cells: string[] }> {
  // The header may sit below a title row or two: ten rows of room over the data rows' cap.
  let kept = 0;
  for (const r of csvParse(text, { maxRows: limits.maxRows + 11, maxColumns: limits.maxColumns, maxCellChars: limits.maxCellChars })) {
    if (++kept > limits.maxRows + 10) throw new AppError('ledger_too_large', `“${label}”超过 ${limits.maxRows.toLocaleString('en')} 行（导入上限），没有读完。`);
    yield { row: r.row, cells: r.cells.map((c) => c.trim()) };
  }
}
