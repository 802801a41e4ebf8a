// Writes the 台账 workbook (exceljs, loaded lazily): 活动台账, 目标进度, 按单位, 报名 with real dates and numbers.
import type { LedgerData } from '../../core/exports/ledger-rows.js';
import { displayWidth } from './display-width.js';

export { displayWidth } from './display-width.js';

/** The headers of sheet 活动台账 before the metric columns; the importer reads the same names. */
export const ACTIVITY_HEADERS = ['编号', '日期', '结束日期', '活动名称', '单位', '填报人', '人数', '人数单位', '人数为约数'] as const;
export const ACTIVITY_TAIL_HEADERS = ['计划条目编号', '计划条目', '来源', '最后修改'] as const;

/** A civil date as an Excel date cell (UTC midnight, so the day never shifts). */
const dateCell = (d: string): Date => new Date(`${d}T00:00:00Z`);

type Sheet = import('exceljs').Worksheet;

function finish(sheet: Sheet, headers: string[], rows: unknown[][], formats: Record<number, string> = {}): void {
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Printed on A4 landscape, all columns on one page width, the header repeated on every page.
  sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  if (headers.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: headers.length } };
  headers.forEach((h, c) => {
    let width = displayWidth(h);
    // Sampling the first 2,000 rows keeps widths right without walking 100,000.
    for (const r of rows.slice(0, 2000)) {
      const v = r[c];
      const text = v instanceof Date ? (formats[c]?.includes('hh') ? '2026-01-01 00:00:00' : '2026-01-01XX') : v === null || v === undefined ? '' : typeof v === 'number' && formats[c] === '0%' ? '100%' : String(v);
      width = Math.max(width, displayWidth(text));
    }
    const column = sheet.getColumn(c + 1);
    column.width = Math.min(40, width + 2);
    if (formats[c]) column.numFmt = formats[c] as string;
  });
}

/** The workbook bytes. */
export async function ledgerToXlsx(data: LedgerData): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'kexie';
  book.title = data.title;
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
  finish(book.addWorksheet('活动台账'), headers, rows, { 1: 'yyyy-mm-dd', 2: 'yyyy-mm-dd', [headers.length - 1]: 'yyyy-mm-dd hh:mm' });

  finish(
    book.addWorksheet('目标进度'),
    ['计划条目编号', '计划条目', '目标', '单位', '目标值', '完成值', '完成率', '状态'],
    data.targets.map((t) => [t.itemPath, t.itemTitle, t.target, t.unit, t.goal, t.done, t.ratio, t.status]),
    { 6: '0%' },
  );
  finish(book.addWorksheet('按单位'), ['单位', '月份', '活动数', '人数合计'], data.units.map((u) => [u.unit, u.month, u.activities, u.headcount]));
  finish(
    book.addWorksheet('报名'),
    ['活动', '单位', '报名人数', '已截止', '实到人数'],
    data.signups.map((s) => [s.event, s.unit, s.count, s.closed ? '是' : '否', s.attendance]),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
