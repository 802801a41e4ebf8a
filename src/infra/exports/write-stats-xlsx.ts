// Writes the 年报 workbook (exceljs, loaded lazily): one sheet per return laid out like the paper form, 明细 (the records of each cell), 未归类与缺数.
import type { StatsReport } from '../../core/stats/compute-returns.js';
import { displayWidth } from './display-width.js';
import { inertCell } from './inert-text.js';
import { fitWidth } from './ledger-sheet.js';

type Workbook = import('exceljs').Workbook;
type Worksheet = import('exceljs').Worksheet;
type Value = string | number | Date | null;

const FONT = { name: '宋体', size: 11 };
const THIN = { style: 'thin' as const };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const dateCell = (d: string | null): Date | null => (d ? new Date(`${d}T00:00:00Z`) : null);

/** A sheet with a title row and a period row above a boxed table, printed on A4 with the table header repeated. */
function formSheet(book: Workbook, name: string, title: string, subtitle: string, columns: Array<{ header: string; width: number; numFmt?: string }>, rows: Value[][], totals: ReadonlySet<number> = new Set(), footer: string[] = []): Worksheet {
  const sheet = book.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: columns.length > 7 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
    views: [{ state: 'frozen', ySplit: 3 }],
  });
  sheet.columns = columns.map((c) => ({ width: c.width, style: { font: FONT, alignment: { vertical: 'middle', wrapText: true }, ...(c.numFmt ? { numFmt: c.numFmt } : {}) } }));
  const last = columns.length;
  sheet.mergeCells(1, 1, 1, last);
  const head = sheet.getCell(1, 1);
  head.value = inertCell(title);
  head.font = { name: '宋体', size: 16, bold: true };
  head.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, last);
  sheet.getCell(2, 1).value = inertCell(subtitle);
  sheet.getCell(2, 1).alignment = { horizontal: 'left', vertical: 'middle' };
  const header = sheet.getRow(3);
  header.values = columns.map((c) => c.header);
  header.font = { ...FONT, bold: true };
  header.height = 30;
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BOX;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
  });
  rows.forEach((r, i) => {
    // Text that starts like a formula gets a leading ' (inertCell): inert when the sheet is re-saved as CSV.
    const row = sheet.addRow(r.map(inertCell));
    for (let c = 1; c <= last; c++) row.getCell(c).border = BOX;
    // Wrapped text gets the height of its lines (LibreOffice and WPS do not grow rows written by exceljs).
    const lines = Math.max(1, ...r.map((v, c) => (typeof v === 'string' ? Math.ceil(displayWidth(v) / Math.max(1, (columns[c]?.width ?? 10) - 1)) : 1)));
    if (lines > 1) row.height = 15 * lines;
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    if (totals.has(i)) row.font = { ...FONT, bold: true };
  });
  for (const line of footer) {
    const row = sheet.addRow([inertCell(line)]);
    sheet.mergeCells(row.number, 1, row.number, last);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    row.height = Math.max(15, 15 * Math.ceil(line.length / (columns.reduce((n, c) => n + c.width, 0) / 2)));
  }
  return sheet;
}

/** The workbook bytes. */
export async function statsToXlsx(report: StatsReport): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  book.creator = 'kexie';
  book.created = new Date(`${report.period.end}T00:00:00Z`);
  const period = `统计期间：${report.period.start} 至 ${report.period.end}（${report.period.label}）`;
  const unit = `填报单位：${report.body || '＿＿＿＿＿＿'}`;
  for (const ret of report.returns) {
    const rows: Value[][] = ret.rows.map((r, i) => [i + 1, r.indicator, r.unit, r.value, r.offline, r.online, r.note ?? (r.records.length > 0 ? `${r.records.length}条记录，见“明细”` : '')]);
    formSheet(
      book,
      ret.name,
      `${report.body}${ret.title}（${report.period.label}）`,
      `${unit}　　${period}`,
      [
        { header: '序号', width: 6 },
        { header: '指标名称', width: fitWidth('指标名称', ret.rows.map((r) => r.indicator), 20, 34) },
        { header: '计量单位', width: 9 },
        { header: '数值', width: 11, numFmt: '#,##0' },
        { header: '其中：线下', width: 11, numFmt: '#,##0' },
        { header: '其中：线上', width: 11, numFmt: '#,##0' },
        { header: '说明', width: 30 },
      ],
      rows,
      new Set(),
      [`表式来源：${ret.source}`, '注：参加人数按“人次”填报（记录为“人”的按一人一次计）；一条记录可计入两行（如科技活动周期间的讲座）；每个数值由哪些记录构成见“明细”表。', `填表人：＿＿＿＿　　审核人：＿＿＿＿　　填报日期：${report.period.end}`],
    );
  }
  // 明细: for each cell, the records that make it and the figure each adds, then the cell's 小计.
  const detailRows: Value[][] = [];
  const totals = new Set<number>();
  let n = 0;
  for (const ret of report.returns) {
    for (const cell of ret.rows) {
      if (cell.details.length === 0) continue;
      for (const d of cell.details) detailRows.push([++n, ret.name, cell.indicator, cell.unit, d.id, dateCell(d.date), dateCell(d.dateEnd), d.title, d.value, d.online ? '是' : '否']);
      totals.add(detailRows.length);
      detailRows.push(['小计', ret.name, cell.indicator, cell.unit, null, null, null, `${cell.details.length}项`, cell.value, null]);
    }
  }
  formSheet(
    book,
    '明细',
    `${report.body}年报明细（${report.period.label}）`,
    `${period}　　每个数值的构成：逐条列出计入的记录和计入的数，小计即报表中的数值`,
    [
      { header: '序号', width: 6 },
      { header: '报表', width: 12 },
      { header: '指标名称', width: 26 },
      { header: '单位', width: 6 },
      { header: '编号', width: 15 },
      { header: '日期', width: 11, numFmt: 'yyyy-mm-dd' },
      { header: '结束日期', width: 11, numFmt: 'yyyy-mm-dd' },
      { header: '活动名称', width: fitWidth('活动名称', report.records.map((r) => r.title), 20, 40) },
      { header: '计入数值', width: 10, numFmt: '#,##0' },
      { header: '线上', width: 6 },
    ],
    detailRows,
    totals,
  );
  const byId = new Map(report.records.map((r) => [r.id, r]));
  const gaps: Value[][] = [
    ...report.unclassified.map((id) => ({ id, why: '未归类：文字中没有报表所列的活动类别，未计入任何一行（如应计入，可发送“这条算讲座”或 edit 编号 --category 讲座）' })),
    ...report.missing.map((m) => ({ id: m.id, why: '缺参加人数：已计入次数，参加人次一行未计入（可发送“修改 编号 人数 120”补上）' })),
  ].map((g, i) => [i + 1, g.id, dateCell(byId.get(g.id)?.date ?? null), byId.get(g.id)?.title ?? '', g.why]);
  formSheet(
    book,
    '未归类与缺数',
    `${report.body}年报未归类与缺数记录（${report.period.label}）`,
    period,
    [
      { header: '序号', width: 6 },
      { header: '编号', width: 15 },
      { header: '日期', width: 11, numFmt: 'yyyy-mm-dd' },
      { header: '活动名称', width: fitWidth('活动名称', report.records.map((r) => r.title), 20, 40) },
      { header: '情况', width: 50 },
    ],
    gaps,
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
