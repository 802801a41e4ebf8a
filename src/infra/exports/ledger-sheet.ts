// One printable sheet of the 台账, streamed: bold wrapped header (frozen, filtered, repeated on every printed page), fixed widths that fit an A4 landscape page, title in the page header.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { displayWidth } from './display-width.js';
import { inertCell } from './inert-text.js';

type StreamBook = import('exceljs').stream.xlsx.WorkbookWriter;

export interface Column {
  header: string;
  /** Width in characters; text columns wrap at it. */
  width: number;
  numFmt?: string;
  wrap?: boolean;
}

export type Cell = string | number | Date | null;

/** Widths of text columns from their content, between `min` and `max` (CJK counts two). */
export function fitWidth(header: string, values: readonly unknown[], min: number, max: number): number {
  let width = displayWidth(header);
  for (const v of values.slice(0, 2000)) width = Math.max(width, displayWidth(v === null || v === undefined ? '' : String(v)));
  return Math.max(min, Math.min(max, width + 2));
}

/** An A4 landscape page holds about this many characters of width at 100%: wider sheets are scaled, never below 85%. */
export const PAGE_WIDTH = 150;

const FONT = { name: '宋体', size: 10 };

/** The style of every data row: none (one object, so exceljs finds its id by identity). */
const ROW_STYLE = {};

/** Rows written between looks at what waits to be compressed. */
const ROWS_A_TURN = 500;

/**
 * Waits while the sheet's bytes wait to be compressed. exceljs hands each 64 KB of a sheet to the zip without
 * waiting (its StreamBuf writes to its pipes and ignores their answer), so rows made faster than deflate takes
 * them piled up: 80 MB for a year of 100,000 records. `stop` settles when the file can no longer be written.
 */
async function drained(sheet: object, stop: Promise<unknown>): Promise<void> {
  // The sheet's StreamBuf pipes into the zip's PassThrough (readable-stream's: its state is not on Node's getters).
  const sink = (sheet as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as (Partial<Writable> & { _writableState?: { needDrain?: boolean } }) | undefined;
  if ((sink?.writableNeedDrain ?? sink?._writableState?.needDrain) && typeof sink?.once === 'function') await Promise.race([once(sink as Writable, 'drain'), stop]);
  else await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Writes a sheet: header row, data rows (made one at a time and committed, so none is kept), then totals rows (bold), with print set-up. */
export async function addSheet(book: StreamBook, name: string, title: string, columns: readonly Column[], rows: Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>, totals: readonly Cell[][] = [], stop: Promise<unknown> = new Promise(() => undefined)): Promise<void> {
  const total = columns.reduce((n, c) => n + c.width, 0);
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      // One page wide when that keeps the text legible (85% or more); otherwise printed at 85% on more pages.
      ...(total <= PAGE_WIDTH / 0.85 ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { scale: 85 }),
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '1:1',
      horizontalCentered: true,
    },
    headerFooter: { oddHeader: `&C&"宋体,Bold"&12${title.replace(/&/gu, '&&')}`, oddFooter: '&C第 &P 页，共 &N 页' },
  });
  // One font for every cell (宋体 10, as office ledgers print), vertically centred; long text wraps; 序号 centred.
  sheet.columns = columns.map((c, i) => ({ width: c.width, style: { font: FONT, alignment: { vertical: 'middle', wrapText: c.wrap ?? false, ...(i === 0 ? { horizontal: 'center' as const } : {}) }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } }));
  const header = sheet.addRow(columns.map((c) => c.header));
  // Two lines of 10 pt: a wrapped header never runs into the first row.
  header.height = 30;
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  // Empty text is written as no cell at all, as Excel does; text starting like a formula gets a leading ' (inertCell). A row whose wrapped text takes several lines is
  // given their height (LibreOffice and WPS do not grow streamed rows by themselves).
  const lines = (r: readonly Cell[]): number => {
    let n = 1;
    columns.forEach((c, i) => {
      const v = r[i];
      // Text at most half as long as the column fits whatever its characters: only longer text is measured.
      if (c.wrap && typeof v === 'string' && v.length * 2 > c.width - 1) n = Math.max(n, Math.ceil(displayWidth(v) / Math.max(1, c.width - 1)));
    });
    return n;
  };
  let count = 0;
  // A data cell's style is its column's (no row style is set): one object per column and kind of value, so exceljs
  // finds its style id by identity (a WeakMap) instead of rendering the style's XML for every cell, a third of an
  // export's CPU. The kind is part of the key because exceljs gives a number without a format "General".
  const styles = new Map<string, unknown>();
  const share = (cell: { type: unknown; style: unknown }, col: number): void => {
    const key = `${col}:${String(cell.type)}`;
    const style = styles.get(key);
    if (style === undefined) styles.set(key, cell.style);
    else cell.style = style;
  };
  for await (const r of rows) {
    const row = sheet.addRow(r.map((v) => (v === '' ? null : inertCell(v))));
    // So is a data row's own (empty) style: exceljs gives every row a new {} and rendered it for each (1.2 s of a
    // 100,000-row year). Totals rows, which set a font, keep theirs.
    (row as unknown as { style: object }).style = ROW_STYLE;
    // Empty cells too: they carry their column's style (a 结束日期, 单位 or 计划条目编号 left blank), 4–5 a row.
    row.eachCell({ includeEmpty: true }, share as never);
    const n = lines(r);
    if (n > 1) row.height = 14 * n;
    row.commit();
    if (++count % ROWS_A_TURN === 0) await drained(sheet, stop);
  }
  for (const r of totals) {
    const row = sheet.addRow(r.map((v) => (v === '' ? null : inertCell(v))));
    const n = lines(r);
    if (n > 1) row.height = 14 * n;
    row.font = { ...FONT, bold: true };
    row.eachCell((cell) => {
      cell.border = { top: { style: 'thin' } };
    });
    row.commit();
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, count + 1), column: columns.length } };
  sheet.commit();
}
