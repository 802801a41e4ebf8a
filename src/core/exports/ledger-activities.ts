// A 台账's rows read one by one into activities, skipping rows already stored (same 编号, or same date, title and
// headcount), a few hundred rows between two turns of the event loop.
import type { Activity } from '../activities/activity-schema.js';
import type { RequestContext } from '../context.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { plansInForce } from '../questions/due-in-period.js';
import { stableId } from '../text/hash.js';
import { stripControls } from '../text/sanitize.js';
import { type Field, type LedgerImportReport, type LedgerRow, type LedgerSheet, type LedgerCell, mapHeaders, MAX_ROWS, quoteHeader, rangeTail, readLedgerDate, readLedgerNumber, readRangeEnd, str } from './ledger-cells.js';

type LedgerInput = { plans: readonly Plan[]; existing: readonly Activity[]; ctx: RequestContext; file: string };
type LedgerResult = { activities: Activity[]; report: LedgerImportReport };

/** Rows read between two turns of the event loop while importing (acks of other users are not held). */
export const LEDGER_ROWS_PER_TURN = 200;

/** Rows whose dates settle the year of a date written without one ("9月21日"). */
export const YEAR_ROWS = 5_000;

/** Keys rows are matched by: dedupe keys, `id:` ids and content keys (date, title, headcount) of live records, and every id. */
export interface LedgerKeys {
  keys: Set<string>;
  ids: Set<string>;
}

export const noKeys = (): LedgerKeys => ({ keys: new Set(), ids: new Set() });

/** The keys of stored records a ledger's rows are matched against. */
export function keysOf(existing: readonly Activity[], into: LedgerKeys = noKeys()): LedgerKeys {
  for (const a of existing) {
    into.ids.add(a.id);
    if (!a.undone) into.keys.add(a.dedupeKey ?? '').add(`id:${a.id}`).add(contentKey(a.date, a.title, a.headcount));
  }
  return into;
}

/** What a sheet's header and first rows settle for all its rows: which column is which, and the ledger's year. */
export interface LedgerShape {
  header: string[];
  fields: Partial<Record<Field, number>>;
  metrics: Array<{ column: number; unit: string }>;
  year: number;
}

/**
 * The shape of a sheet from its header and its first rows (YEAR_ROWS of them settle the year); a refusal when the
 * header names no date or title column, or the sheet has more rows than the import takes.
 */
export function ledgerShape(header: readonly string[], firstRows: readonly LedgerRow[], rowCount: number, ctx: RequestContext): LedgerShape | { refusal: { row: number; reason: string } } {
  const clean = header.map((h) => stripControls(h).trim());
  const { fields, metrics } = mapHeaders(clean);
  if (fields.date === undefined || fields.title === undefined) return { refusal: { row: 1, reason: `没有找到“日期”和“活动名称”两列（${quoteHeader(clean)}）。请把表头改成这两个名称后重新导入。` } };
  if (rowCount > MAX_ROWS) return { refusal: { row: 1, reason: `一次最多导入 ${MAX_ROWS.toLocaleString('en')} 行（导入上限），这个文件有 ${rowCount.toLocaleString('en')} 行。请按月份拆成几个文件分批导入。` } };
  // "9月21日" in a ledger of 2025 means 2025: the year most rows write out, else this year.
  const years = new Map<number, number>();
  for (const { cells } of firstRows.slice(0, YEAR_ROWS)) {
    const c = fields.date === undefined ? undefined : cells[fields.date];
    const written = c instanceof Date || typeof c === 'number' || (typeof c === 'string' && /\d{4}/u.test(c)) ? readLedgerDate(c, 0) : undefined;
    if (written) years.set(Number(written.slice(0, 4)), (years.get(Number(written.slice(0, 4))) ?? 0) + 1);
  }
  const year = [...years].sort((a, b) => b[1] - a[1])[0]?.[0] ?? Number(ctx.today.slice(0, 4));
  return { header: clean, fields, metrics, year };
}

/** Activities from a sheet; rows already stored (same 编号, or same date, title and headcount) are skipped. */
export function ledgerActivities(sheet: LedgerSheet, input: LedgerInput): LedgerResult {
  const steps = wholeSheet(sheet, input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, giving the event loop a turn every LEDGER_ROWS_PER_TURN rows. */
export async function ledgerActivitiesYielding(sheet: LedgerSheet, input: LedgerInput): Promise<LedgerResult> {
  return drive(wholeSheet(sheet, input));
}

/** Runs a row reader to its end, giving the event loop a turn at each pause. */
export async function drive<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function* wholeSheet(sheet: LedgerSheet, input: LedgerInput): Generator<void, LedgerResult> {
  const shape = ledgerShape(sheet.header, sheet.rows, sheet.rows.length, input.ctx);
  if ('refusal' in shape) return { activities: [], report: { added: 0, skipped: 0, refused: [shape.refusal] } };
  const part = yield* readPart(sheet.rows, shape, { ...input, plansIndex: planIndex(input.plans) }, noKeys(), keysOf(input.existing));
  return { activities: part.activities, report: part.report };
}

/** The plans' items by year (looked up by path and title) and each item's plan, built once for a whole import. */
export interface PlanIndex {
  itemsOf(year: number): { byPath: Map<string, PlanItem>; byTitle: Map<string, PlanItem> };
  planOf: Map<string, string>;
}

export function planIndex(plans: readonly Plan[]): PlanIndex {
  const itemsByYear = new Map<number, { byPath: Map<string, PlanItem>; byTitle: Map<string, PlanItem> }>();
  return {
    itemsOf(year) {
      let found = itemsByYear.get(year);
      if (!found) {
        const items = plansInForce(plans, year).flatMap((p) => p.plan.items);
        found = { byPath: new Map(items.map((i) => [i.path, i])), byTitle: new Map(items.map((i) => [looseKey(i.title), i])) };
        itemsByYear.set(year, found);
      }
      return found;
    },
    planOf: new Map(plans.flatMap((p) => p.items.map((i) => [i.id, p.id] as const))),
  };
}

/**
 * A part of a sheet's rows read into activities, against `seen` (the keys of the sheet's earlier parts, not changed
 * here) and `stored` (the keys of stored records the part could match); `added` holds the part's own keys, for the
 * caller to add to `seen` once the part is settled. It pauses (yields) every LEDGER_ROWS_PER_TURN rows.
 */
export function* readPart(
  rows: readonly LedgerRow[],
  shape: LedgerShape,
  input: { plansIndex: PlanIndex; ctx: RequestContext; file: string },
  seen: LedgerKeys,
  stored: LedgerKeys,
): Generator<void, LedgerResult & { added: LedgerKeys }> {
  const report: LedgerImportReport = { added: 0, skipped: 0, refused: [] };
  const { header, fields, metrics, year } = shape;
  const added = noKeys();
  const hasKey = (k: string): boolean => seen.keys.has(k) || stored.keys.has(k) || added.keys.has(k);
  const hasId = (id: string): boolean => seen.ids.has(id) || stored.ids.has(id) || added.ids.has(id);
  const { itemsOf, planOf } = input.plansIndex;
  const activities: Activity[] = [];
  const cell = (cells: LedgerCell[], f: Field): LedgerCell => (fields[f] === undefined ? undefined : cells[fields[f] as number]);
  let read = 0;
  for (const { row, cells } of rows) {
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
    if (hasKey(dedupeKey) || (given && hasKey(`id:${given}`)) || hasKey(contentKey(date, title, headcount))) {
      report.skipped += 1;
      continue;
    }
    // A row without 编号 is keyed by its content: its dedupe key adds nothing the content key does not say (the
    // import keeps every row's keys to its end, 200,000 rows' worth).
    if (given) added.keys.add(dedupeKey);
    added.keys.add(contentKey(date, title, headcount));
    const items = itemsOf(Number(date.slice(0, 4)));
    const item = items.byPath.get(str(cell(cells, 'itemPath'))) ?? items.byTitle.get(looseKey(str(cell(cells, 'itemTitle'))));
    const approxCell = str(cell(cells, 'approximate'));
    const unitCell = str(cell(cells, 'headcountUnit'));
    let id = /^a[0-9a-z]{6,20}$/u.test(given) && !hasId(given) ? given : `a${stableId(`${input.file}|${row}|${dedupeKey}`).slice(0, 7)}`;
    for (let salt = 1; hasId(id); salt++) id = `a${stableId(`${input.file}|${row}|${dedupeKey}|${salt}`).slice(0, 7)}`;
    added.ids.add(id);
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
  return { activities, report, added };
}

// Cheap on purpose (no traditional→simplified pass): it runs twice for each of up to 200,000 rows.
const looseKey = (text: string): string => text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
// Joined, not a template: a template's string is a tree of its pieces, and the import keeps a key for every row.
const contentKey = (date: string, title: string, headcount: number | null): string => [date, looseKey(title), headcount ?? ''].join('|');
