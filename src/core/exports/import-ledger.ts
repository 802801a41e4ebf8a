// Reads an office's 台账 (rows under Chinese headers, dates and numbers as people write them) into activities.
import type { Activity, ActivityEvent } from '../activities/activity-schema.js';
import type { RequestContext } from '../context.js';
import { isCivilDate, lastDayOfMonth, ymd } from '../dates/civil-date.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { plansInForce } from '../questions/due-in-period.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { stableId } from '../text/hash.js';
import { stripControls } from '../text/sanitize.js';
import { LEDGER_LIMITS } from './ledger-limits.js';

/** A cell as a reader hands it over: text, a number, a date, a boolean or nothing. */
export type LedgerCell = string | number | boolean | Date | null | undefined;

/** A sheet: its header row and the data rows with their row numbers as the user sees them. */
export interface LedgerSheet {
  header: string[];
  rows: Array<{ row: number; cells: LedgerCell[] }>;
}

export interface LedgerImportReport {
  added: number;
  skipped: number;
  refused: Array<{ row: number; reason: string }>;
}

type Field = 'id' | 'date' | 'dateEnd' | 'title' | 'unit' | 'reporter' | 'headcount' | 'headcountUnit' | 'approximate' | 'itemPath' | 'itemTitle';

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
const MAX_ROWS = LEDGER_LIMITS.maxRows;

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
function rangeTail(text: string): string | undefined {
  const t = text.trim();
  const word = /^[^至到~～—－]+[至到~～—－]+\s*(.+)$/u.exec(t);
  if (word) return word[1];
  return /^(?:[^-]*[日号]|\d{4}[/.]\d{1,2}[/.]\d{1,2})\s*-\s*(.+)$/u.exec(t)?.[1];
}

/** The end of a range written after the start: "20日", "5月20日", "2026/5/20", in the start's year and month. */
function readRangeEnd(text: string, start: string): string | undefined {
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
const str = (c: LedgerCell): string => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null || c === undefined ? '' : stripControls(String(c)).trim());

/** The header as quoted in a refusal; a header that did not decode cleanly (U+FFFD, private-use characters) is described, never shown. */
function quoteHeader(header: readonly string[]): string {
  const shown = header.filter(Boolean).slice(0, 12).join('、');
  if (/[\uFFFD\p{Co}]/u.test(shown)) return '表头里有无法识别的字符，可能是文件的文字编码不对；请在 Excel 或 WPS 中另存为 .xlsx 或“CSV UTF-8”';
  return `表头是：${shown || '空'}`;
}

type LedgerInput = { plans: readonly Plan[]; existing: readonly Activity[]; ctx: RequestContext; file: string };
type LedgerResult = { activities: Activity[]; report: LedgerImportReport };

/** Rows read between two turns of the event loop while importing (acks of other users are not held). */
export const LEDGER_ROWS_PER_TURN = 200;

/** Activities from a sheet; rows already stored (same 编号, or same date, title and headcount) are skipped. */
export function ledgerActivities(sheet: LedgerSheet, input: LedgerInput): LedgerResult {
  const steps = readRows(sheet, input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, giving the event loop a turn every LEDGER_ROWS_PER_TURN rows. */
export async function ledgerActivitiesYielding(sheet: LedgerSheet, input: LedgerInput): Promise<LedgerResult> {
  const steps = readRows(sheet, input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The rows read one by one; it pauses (yields) every LEDGER_ROWS_PER_TURN rows and returns the result. */
function* readRows(sheet: LedgerSheet, input: LedgerInput): Generator<void, LedgerResult> {
  const report: LedgerImportReport = { added: 0, skipped: 0, refused: [] };
  const header = sheet.header.map((h) => stripControls(h).trim());
  const { fields, metrics } = mapHeaders(header);
  if (fields.date === undefined || fields.title === undefined) {
    report.refused.push({ row: 1, reason: `没有找到“日期”和“活动名称”两列（${quoteHeader(header)}）。请把表头改成这两个名称后重新导入。` });
    return { activities: [], report };
  }
  if (sheet.rows.length > MAX_ROWS) {
    report.refused.push({ row: 1, reason: `一次最多导入 ${MAX_ROWS.toLocaleString('en')} 行（导入上限），这个文件有 ${sheet.rows.length.toLocaleString('en')} 行。请按月份拆成几个文件分批导入。` });
    return { activities: [], report };
  }
  const keys = new Set(input.existing.filter((a) => !a.undone).flatMap((a) => [a.dedupeKey ?? '', `id:${a.id}`, contentKey(a.date, a.title, a.headcount)]));
  const ids = new Set(input.existing.map((a) => a.id));
  const itemsByYear = new Map<number, { byPath: Map<string, PlanItem>; byTitle: Map<string, PlanItem> }>();
  const itemsOf = (year: number) => {
    let found = itemsByYear.get(year);
    if (!found) {
      const items = plansInForce(input.plans, year).flatMap((p) => p.plan.items);
      found = { byPath: new Map(items.map((i) => [i.path, i])), byTitle: new Map(items.map((i) => [looseKey(i.title), i])) };
      itemsByYear.set(year, found);
    }
    return found;
  };
  const planOf = new Map(input.plans.flatMap((p) => p.items.map((i) => [i.id, p.id] as const)));
  const activities: Activity[] = [];
  const cell = (cells: LedgerCell[], f: Field): LedgerCell => (fields[f] === undefined ? undefined : cells[fields[f] as number]);
  // "9月21日" in a ledger of 2025 means 2025: the year most rows write out, else this year.
  const years = new Map<number, number>();
  for (const { cells } of sheet.rows.slice(0, 5000)) {
    const c = cell(cells, 'date');
    const written = c instanceof Date || typeof c === 'number' || (typeof c === 'string' && /\d{4}/u.test(c)) ? readLedgerDate(c, 0) : undefined;
    if (written) years.set(Number(written.slice(0, 4)), (years.get(Number(written.slice(0, 4))) ?? 0) + 1);
  }
  const year = [...years].sort((a, b) => b[1] - a[1])[0]?.[0] ?? Number(input.ctx.today.slice(0, 4));
  let read = 0;
  for (const { row, cells } of sheet.rows) {
    if (++read % LEDGER_ROWS_PER_TURN === 0) yield;
    if (cells.every((c) => str(c) === '')) continue;
    const date = readLedgerDate(cell(cells, 'date'), year);
    if (!date) {
      report.refused.push({ row, reason: str(cell(cells, 'date')) ? `日期看不懂：“${str(cell(cells, 'date')).slice(0, 30)}”，请写成 2026-05-17 或 2026年5月17日` : '没有日期' });
      continue;
    }
    // An end day: its own column, or a range in the date cell ("5月17日至20日", "2026/5/17-2026/5/18").
    const endCell = cell(cells, 'dateEnd');
    const rangeEnd = typeof cell(cells, 'date') === 'string' ? rangeTail(str(cell(cells, 'date'))) : undefined;
    const dateEnd = endCell !== undefined && str(endCell) !== '' ? readLedgerDate(endCell, Number(date.slice(0, 4))) : rangeEnd ? readRangeEnd(rangeEnd, date) : undefined;
    const title = str(cell(cells, 'title')).replace(/\s+/gu, ' ').slice(0, 200);
    if (!title) {
      report.refused.push({ row, reason: '没有活动名称' });
      continue;
    }
    const people = readLedgerNumber(cell(cells, 'headcount'));
    if (people === undefined || (people && people.value < 0)) {
      report.refused.push({ row, reason: `人数看不懂：“${str(cell(cells, 'headcount')).slice(0, 30)}”，请写数字，如 120 或 约120` });
      continue;
    }
    const metricValues: Record<string, number> = {};
    let bad: string | undefined;
    for (const m of metrics) {
      const v = readLedgerNumber(cells[m.column]);
      if (v === undefined || (v && v.value < 0)) bad = `${header[m.column]}看不懂：“${str(cells[m.column]).slice(0, 30)}”`;
      else if (v) metricValues[m.unit] = v.value;
    }
    if (bad) {
      report.refused.push({ row, reason: bad });
      continue;
    }
    const given = str(cell(cells, 'id'));
    const headcount = people ? people.value : null;
    const dedupeKey = given ? `ledger:${given}` : `ledger:${contentKey(date, title, headcount)}`;
    if (keys.has(dedupeKey) || (given && keys.has(`id:${given}`)) || keys.has(contentKey(date, title, headcount))) {
      report.skipped += 1;
      continue;
    }
    keys.add(dedupeKey).add(contentKey(date, title, headcount));
    const items = itemsOf(Number(date.slice(0, 4)));
    const item = items.byPath.get(str(cell(cells, 'itemPath'))) ?? items.byTitle.get(looseKey(str(cell(cells, 'itemTitle'))));
    const approxCell = str(cell(cells, 'approximate'));
    const unitCell = str(cell(cells, 'headcountUnit'));
    let id = /^a[0-9a-z]{6,20}$/u.test(given) && !ids.has(given) ? given : `a${stableId(`${input.file}|${row}|${dedupeKey}`).slice(0, 7)}`;
    for (let salt = 1; ids.has(id); salt++) id = `a${stableId(`${input.file}|${row}|${dedupeKey}|${salt}`).slice(0, 7)}`;
    ids.add(id);
    const unit = str(cell(cells, 'unit'));
    const reporter = str(cell(cells, 'reporter'));
    activities.push({
      id,
      date,
      dateEnd: dateEnd && dateEnd > date ? dateEnd : null,
      title,
      headcount,
      approximate: approxCell ? /^(是|约|true|1|y)/iu.test(approxCell) : (people?.approximate ?? false),
      headcountUnit: headcount === null ? null : unitCell === '人' || unitCell === '人次' ? unitCell : /人次/u.test(`${header[fields.headcount ?? -1] ?? ''}${str(cell(cells, 'headcount'))}`) ? '人次' : '人',
      metrics: metricValues,
      metricLabels: {},
      itemId: item?.id ?? null,
      planId: item ? (planOf.get(item.id) ?? null) : null,
      text: [date, title, unit, headcount !== null ? `${headcount}人` : ''].filter(Boolean).join(' '),
      by: reporter || input.ctx.user,
      at: input.ctx.now,
      source: { kind: input.ctx.source.kind, ...(input.ctx.source.channel ? { channel: input.ctx.source.channel } : {}) },
      dedupeKey,
      flags: [],
      undone: false,
      history: [],
    });
  }
  report.added = activities.length;
  return { activities, report };
}

// Cheap on purpose (no traditional→simplified pass): it runs twice for each of up to 200,000 rows.
const looseKey = (text: string): string => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const contentKey = (date: string, title: string, headcount: number | null): string => `${date}|${looseKey(title)}|${headcount ?? ''}`;

/**
 * What a sheet's rows could match in the store, looked up rather than listed: the records of the sheet's days
 * (same date, title and headcount) and those with its rows' 编号, dedupe keys or ids.
 */
async function storedMatches(store: Store, candidates: readonly Activity[], looked: Set<string>): Promise<Activity[]> {
  const ids: string[] = [];
  const keys: string[] = [];
  for (const a of candidates) {
    for (const id of [a.id, a.dedupeKey?.slice('ledger:'.length) ?? '']) if (id && !looked.has(`id:${id}`)) looked.add(`id:${id}`), ids.push(id);
    if (a.dedupeKey && !looked.has(`key:${a.dedupeKey}`)) looked.add(`key:${a.dedupeKey}`), keys.push(a.dedupeKey);
  }
  return ids.length + keys.length === 0 ? [] : store.findActivities({ ids, dedupeKeys: keys });
}

/** Imports a sheet into a store: one batched write (or one write per row for stores without batches), read back. */
export async function importLedger(store: Store, ctx: RequestContext, sheet: LedgerSheet, file: string): Promise<LedgerImportReport> {
  const plans = await store.listPlans();
  const input = { plans, ctx, file };
  // First the rows alone; then again against what the store holds for their days, 编号 and keys.
  let result = await ledgerActivitiesYielding(sheet, { ...input, existing: [] });
  if (result.activities.length === 0) return result.report;
  let from = result.activities[0]!.date;
  let to = from;
  for (const a of result.activities) {
    if (a.date < from) from = a.date;
    if ((a.dateEnd ?? a.date) > to) to = a.dateEnd ?? a.date;
  }
  const looked = new Set<string>();
  const existing = new Map<string, Activity>();
  // Of the records of those days only the ones with a row's date and headcount can match a row's content (the
  // content key holds both); the rest would cost a key each (25,000 in a busy month) for nothing. Ids and dedupe keys
  // are looked up below whatever their day.
  const days = new Set(result.activities.map((a) => `${a.date}|${a.headcount ?? ''}`));
  for (const a of await store.listActivities({ from, to })) if (days.has(`${a.date}|${a.headcount ?? ''}`)) existing.set(a.id, a);
  // A fresh id that meets a stored one is salted, and the salted id looked up in turn (rarely more than once).
  for (;;) {
    for (const a of await storedMatches(store, result.activities, looked)) existing.set(a.id, a);
    result = await ledgerActivitiesYielding(sheet, { ...input, existing: [...existing.values()] });
    if (result.activities.every((a) => looked.has(`id:${a.id}`))) break;
  }
  const { activities, report } = result;
  const events: ActivityEvent[] = activities.map((activity) => ({ type: 'create', activity }));
  // A row another write stored first (the same ledger uploaded again at the same moment) is a duplicate: skipped.
  let written = { added: 0, skipped: 0 };
  if (store.appendActivityEvents) written = await store.appendActivityEvents(events);
  else for (const e of events) written = (await store.appendActivityEvent(e)).duplicate ? { ...written, skipped: written.skipped + 1 } : { ...written, added: written.added + 1 };
  // Read back under its id, or under its dedupe key when that other write holds the row.
  const found = await store.findActivities({ ids: activities.map((a) => a.id), dedupeKeys: activities.flatMap((a) => (a.dedupeKey ? [a.dedupeKey] : [])) });
  const ids = new Set(found.map((a) => a.id));
  const keys = new Set(found.flatMap((a) => (a.dedupeKey ? [a.dedupeKey] : [])));
  const missing = activities.filter((a) => !ids.has(a.id) && !(a.dedupeKey && keys.has(a.dedupeKey))).length;
  if (missing > 0) report.refused.push({ row: 0, reason: `${missing} 行写入后没能读回，请重新导入（已导入的行会被跳过）。` });
  return { ...report, added: Math.max(0, written.added - missing), skipped: report.skipped + written.skipped };
}

/** "已导入 120 条，跳过 3 条（已存在），拒收 2 条：" and the reasons row by row (at most 20 shown). */
export function describeLedgerImport(report: LedgerImportReport, file: string): string {
  const lines = [`台账“${file}”：新增 ${report.added} 条活动，跳过 ${report.skipped} 条（已有记录），未导入 ${report.refused.length} 行。`];
  for (const r of report.refused.slice(0, 20)) lines.push(`• ${r.row > 0 ? `第 ${r.row} 行` : '文件'}：${r.reason}`);
  if (report.refused.length > 20) lines.push(`……另有 ${report.refused.length - 20} 行未导入，命令行 activities import 文件 --json 可看全部原因。`);
  return lines.join('\n');
}
