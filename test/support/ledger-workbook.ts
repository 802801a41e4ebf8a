// A 台账 workbook as an office keeps it: a header row and one activity a row (2,000 rows are about 29 KB).
import ExcelJS from 'exceljs';

/** An .xlsx of `rows` activities; `tag` makes the titles of one workbook differ from another's. */
export async function ledgerWorkbook(rows: number, tag = ''): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('活动台账');
  sheet.addRow(['日期', '活动名称', '参加人数']);
  for (let i = 0; i < rows; i++) sheet.addRow([`2026-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`, `科普讲座${tag}第${i + 1}场`, 20 + (i % 80)]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
