// The cells of an office's 台账: its headers (which column is which field), dates and numbers as people write
// them, and a cell's text as stored or quoted.
import { isCivilDate, lastDayOfMonth, ymd } from '../dates/civil-date.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { stripControls } from '../text/sanitize.js';
import { LEDGER_LIMITS } from './ledger-limits.js';

/** A cell as a reader hands it over: text, a number, a date, a boolean or nothing. */
export type LedgerCell = string | number | boolean | Date | null | undefined;

/** A data row: its number as the user sees it and its cells. */
export interface LedgerRow {
  row: number;
  cells: LedgerCell[];
}

/** A sheet: its header row and the data rows with their row numbers as the user sees them. */
export interface LedgerSheet {
  header: string[];
  rows: LedgerRow[];
}

/**
 * A sheet read as a stream: its header, how many data rows it has (counted, and the file checked to its end, before
 * any row is handed over, so a refusal comes before anything is written) and the rows a part at a time, read afresh.
 */
export interface LedgerStream {
  header: string[];
  rowCount: number;
  parts(size: number): AsyncIterable<LedgerRow[]>;
}

/** A sheet in memory as a stream. */
export function sheetStream(sheet: LedgerSheet): LedgerStream {
  return {
    header: sheet.header,
    rowCount: sheet.rows.length,
    async *parts(size: number) {
      for (let at = 0; at < sheet.rows.length; at += size) yield sheet.rows.slice(at, at + size);
    },
  };
}

export interface LedgerImportReport {
  added: number;
  skipped: number;
  refused: Array<{ row: number; reason: string }>;
}

export type Field = 'id' | 'date' | 'dateEnd' | 'title' | 'unit' | 'reporter' | 'headcount' | 'headcountUnit' | 'approximate' | 'itemPath' | 'itemTitle';

// Exact header names first; the first column that matches a field wins.
const HEADERS: Array<[Field, RegExp]> = [
  ['id', /^(编号|记录编号|活动编号)$/u],
  ['dateEnd', /^(结束|截止)(日期|时间)$/u],
  ['date', /^(活动|开始)?(日期|时间)$|^开展(日期|时间)$|^举办(日期|时间)$/u],
  ['title', /^(活动)?(名称|标题|主题|内容)$|^活动$|^活动名称及内容$/u],
  ['unit', /^(承办|主办|组织|责任|填报)?单位$/u],
  ['reporter', /^(填报人|记录人|报送人|联系人|经办人)$/u],
  ['headcount', /^(参加|参与|受众|受益|服务)?(人数|人次)(（人次?）|\(人次?\))?$/u],
  ['headcountUnit', /^人数单位$/u],
  ['approximate', /^人数为约数$|^约数$/u],
  ['itemPath', /^计划条目编号$|^条目编号$/u],
  ['itemTitle', /^(计划条目|对应计划|对应任务)$/u],
];
const METRIC = /^(?:数量)?(.*?)[（(]([^）)]{1,4})[）)]$/u;
const PEOPLE_UNITS = new Set(['人', '人次', '名']);
export const MAX_ROWS = LEDGER_LIMITS.maxRows;

/** Which column holds which field, and the metric columns by unit. */
export function mapHeaders(header: readonly string[]): { fields: Partial<Record<Field, number>>; metrics: Array<{ column: number; unit: string }> } {
  const fields: Partial<Record<Field, number>> = {};
  const metrics: Array<{ column: number; unit: string }> = [];
  header.forEach((raw, column) => {
    const h = raw.replace(/\s+/gu, '');
    const field = HEADERS.find(([f, re]) => fields[f] === undefined && re.test(h))?.[0];
    if (field) {
      fields[field] = column;
      return;
    }
    const m = METRIC.exec(h);
    if (m && m[2] && !PEOPLE_UNITS.has(m[2])) metrics.push({ column, unit: m[2] });
  });
  return { fields, metrics };
}

/** A date cell as offices write it: an Excel date or serial, 2026-05-17, 2026/5/17, 2026.5.17, 2026年5月17日, 5月17日, 20260517. */
export function readLedgerDate(cell: LedgerCell, year: number): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    // An Excel serial day (1900 system): 45000 is 2023-03-15.
    if (cell < 20000 || cell > 80000) return undefined;
    return new Date(Math.round((cell - 25569) * 86400_000)).toISOString().slice(0, 10);
  }
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().replace(/\s+/gu, '');
  if (/^\d{5}$/u.test(text)) return readLedgerDate(Number(text), year);
  let m = /^(\d{4})(\d{2})(\d{2})$/u.exec(text) ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u.exec(text);
  let y = year;
  let mo: number;
  let d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else if ((m = /^(\d{1,2})\s*[月/.-]\s*(\d{1,2})/u.exec(text))) {
    mo = Number(m[1]);
    d = Number(m[2]);
  } else return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > lastDayOfMonth(y, mo)) return undefined;
  const date = ymd(y, mo, d);
  return isCivilDate(date) ? date : undefined;
}

/** What follows a range separator in a date cell: 至/到/~/—, or a dash after 日 or after a full slashed date. */
export function rangeTail(text: string): string | undefined {
  const t = text.trim();
  const word = /^[^至到~～—－]+[至到~～—－]+\s*(.+)$/u.exec(t);
  if (word) return word[1];
  return /^(?:[^-]*[日号]|\d{4}[/.]\d{1,2}[/.]\d{1,2})\s*-\s*(.+)$/u.exec(t)?.[1];
}

/** The end of a range written after the start: "20日", "5月20日", "2026/5/20", in the start's year and month. */
export function readRangeEnd(text: string, start: string): string | undefined {
  const t = text.trim();
  const day = /^(\d{1,2})\s*[日号]?$/u.exec(t);
  if (day) return readLedgerDate(`${start.slice(0, 4)}年${Number(start.slice(5, 7))}月${day[1]}日`, 0);
  return readLedgerDate(t, Number(start.slice(0, 4)));
}

/** A figure cell: 800, "800人次", "约800", "800余人", "1.5万", "一千二百"; approximate when written so. */
export function readLedgerNumber(cell: LedgerCell): { value: number; approximate: boolean } | undefined | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, approximate: false } : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim().replace(/\s+/gu, '');
  if (text === '' || text === '-' || text === '—' || text === '/') return null;
  const approximate = /^(约|大约|近|超过|逾)|(多|余|左右|以上)/u.test(text);
  const core = text.replace(/^(约|大约|近|超过|逾)/u, '').replace(/(多|余|左右|以上)/gu, '').replace(/(人次|人|名|位|场次|场|份|册|个|次|件|块|家|期)$/u, '');
  if (core.length > 20) return undefined;
  const value = parseChineseNumber(core);
  return value === undefined ? undefined : { value, approximate };
}

/** A cell's text as stored or quoted: controls, NUL and bidi overrides stripped here, at the ledger boundary, whatever the reader. */
export const str = (c: LedgerCell): string => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null || c === undefined ? '' : stripControls(String(c)).trim());

/** The header as quoted in a refusal; a header that did not decode cleanly (U+FFFD, private-use characters) is described, never shown. */
export function quoteHeader(header: readonly string[]): string {
  const shown = header.filter(Boolean).slice(0, 12).join('、');
  if (/[\uFFFD\p{Co}]/u.test(shown)) return '表头里有无法识别的字符，可能是文件的文字编码不对；请在 Excel 或 WPS 中另存为 .xlsx 或“CSV UTF-8”';
  return `表头是：${shown || '空'}`;
}
