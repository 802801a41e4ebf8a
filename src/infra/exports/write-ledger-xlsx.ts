// Writes the 台账 workbook (exceljs, loaded lazily): 活动台账, 目标进度, 按单位, 报名 with real dates and numbers.
import { PassThrough } from 'node:stream';
import type { LedgerData } from '../../core/exports/ledger-rows.js';
import { displayWidth } from './display-width.js';

export { displayWidth } from './display-width.js';

/** The headers of sheet 活动台账 before the metric columns; the importer reads the same names. */
export const ACTIVITY_HEADERS = ['编号', '日期', '结束日期', '活动名称', '单位', '填报人', '人数', '人数单位', '人数为约数'] as const;
export const ACTIVITY_TAIL_HEADERS = ['计划条目编号', '计划条目', '来源', '最后修改'] as const;

/** A civil date as an Excel date cell (UTC midnight, so the day never shifts). */
const dateCell = (d: string): Date => new Date(`${d}T00:00:00Z`);

type StreamBook = import('exceljs').stream.xlsx.WorkbookWriter;

/** Column widths from the header and the first 2,000 rows (enough to fit, cheap at 100,000 rows). */
function widths(headers: string[], rows: unknown[][], formats: Record<number, string>): number[] {
  return headers.map((h, c) => {
    let width = displayWidth(h);
    for (const r of rows.slice(0, 2000)) {
      const v = r[c];
      const text = v instanceof Date ? (formats[c]?.includes('hh') ? '2026-01-01 00:00:00' : '2026-01-01XX') : v === null || v === undefined ? '' : typeof v === 'number' && formats[c] === '0%' ? '100%' : String(v);
      width = Math.max(width, displayWidth(text));
    }
    return Math.min(40, width + 2);
  });
}

/** One sheet, streamed row by row: bold shaded header, frozen, autofilter, CJK-aware widths, real cells. */
function addSheet(book: StreamBook, name: string, headers: string[], rows: unknown[][], formats: Record<number, string> = {}): void {
  // Printed on A4 landscape, all columns on one page width, the header repeated on every page.
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = widths(headers, rows, formats).map((width, c) => ({ width, ...(formats[c] ? { style: { numFmt: formats[c] } } : {}) }));
  const header = sheet.addRow(headers);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
  });
  header.commit();
  // Empty text is written as no cell at all, as Excel does.
  for (const r of rows) sheet.addRow(r.map((v) => (v === '' ? null : v))).commit();
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: headers.length } };
  sheet.commit();
}

/** The workbook bytes. */
export async function ledgerToXlsx(data: LedgerData): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  // The streaming writer: 100,000 rows in seconds where the in-memory one takes most of a minute.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = 'kexie';
  book.created = new Date(`${data.period.end}T00:00:00Z`);

  const headers = [...ACTIVITY_HEADERS, ...data.metricUnits.map((u) => `数量（${u}）`), ...ACTIVITY_TAIL_HEADERS];
  const rows = data.activities.map((a) => [
    a.id,
    dateCell(a.date),
    a.dateEnd ? dateCell(a.dateEnd) : null,
    a.title,
    a.unit,
    a.reporter,
    a.headcount,
    a.headcountUnit,
    a.approximate ? '是' : '否',
    ...data.metricUnits.map((u) => a.metrics[u] ?? null),
    a.itemPath,
    a.itemTitle,
    a.source,
    a.lastEdit ? new Date(a.lastEdit) : null,
  ]);
  addSheet(book, '活动台账', headers, rows, { 1: 'yyyy-mm-dd', 2: 'yyyy-mm-dd', [headers.length - 1]: 'yyyy-mm-dd hh:mm' });

  addSheet(
    book,
    '目标进度',
    ['计划条目编号', '计划条目', '目标', '单位', '目标值', '完成值', '完成率', '状态'],
    data.targets.map((t) => [t.itemPath, t.itemTitle, t.target, t.unit, t.goal, t.done, t.ratio, t.status]),
    { 6: '0%' },
  );
  addSheet(book, '按单位', ['单位', '月份', '活动数', '人数合计'], data.units.map((u) => [u.unit, u.month, u.activities, u.headcount]));
  addSheet(
    book,
    '报名',
    ['活动', '单位', '报名人数', '已截止', '实到人数'],
    data.signups.map((s) => [s.event, s.unit, s.count, s.closed ? '是' : '否', s.attendance]),
  );
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
