// Decides when a plan item is due in a period, and which plans are in force on a date.
import { contains, daysBetween, formatMonthDay, inYear, overlaps, partsOf, type DateRange } from '../dates/civil-date.js';
import type { Due, Plan, PlanItem } from '../plans/plan-schema.js';

/** A due entry moved into a given year when it recurs. */
export function projectDue(due: Due, year: number): Due {
  if (!due.recurring || due.recurring === 'monthly') return due;
  const shift = year - partsOf(due.start).year;
  if (shift === 0) return due;
  return { ...due, start: inYear(due.start, partsOf(due.start).year + shift), end: inYear(due.end, partsOf(due.end).year + shift) };
}

/**
 * An item is due in a period when its deadline falls in it, when its event overlaps it, or, for
 * a working period (第三季度, 上半年), when the period ends in it or is a month or less and overlaps it.
 */
export function dueMatches(due: Due, period: DateRange): Due | undefined {
  // 每月 covers the whole year; a span of months ("1—4月") is due in each month it covers.
  if (due.recurring === 'monthly') return isWholeYear(due) || overlaps(due, period) ? due : undefined;
  const years = new Set([partsOf(period.start).year, partsOf(period.end).year]);
  for (const year of years) {
    const d = projectDue(due, year);
    if (d.kind === 'deadline' && contains(period, d.end)) return d;
    if (d.kind === 'event' && overlaps(d, period)) return d;
    if (d.kind === 'period') {
      if (contains(period, d.end)) return d;
      const short = daysBetween(d.start, d.end) <= 31;
      const wide = daysBetween(period.start, period.end) >= 27;
      if (short && wide && overlaps(d, period)) return d;
    }
  }
  return undefined;
}

const isWholeYear = (due: Due): boolean => due.start.endsWith('-01-01') && due.end.endsWith('-12-31');

/** The due entries of an item that fall in a period. */
export function dueIn(item: PlanItem, period: DateRange): Due[] {
  return item.due.map((d) => dueMatches(d, period)).filter((d): d is Due => d !== undefined);
}

/**
 * Plans in force in a year: those whose years cover it. With none, the latest earlier plan still
 * lends its recurring ("每年…") items, flagged `recurringOnly`.
 */
export function plansInForce(plans: readonly Plan[], year: number): Array<{ plan: Plan; recurringOnly: boolean }> {
  const current = plans.filter((p) => p.year <= year && year <= p.yearTo);
  if (current.length > 0) return current.map((plan) => ({ plan, recurringOnly: false }));
  const earlier = plans.filter((p) => p.yearTo < year).sort((a, b) => b.yearTo - a.yearTo);
  return earlier.length > 0 && earlier[0] ? [{ plan: earlier[0], recurringOnly: true }] : [];
}

/** "截止8月20日", "9月15日—9月30日（按全国科普日推定）" for a chat line. */
export function describeDue(due: Due): string {
  const when =
    due.kind === 'deadline'
      ? `截止${formatMonthDay(due.end)}`
      : due.start === due.end
        ? formatMonthDay(due.start)
        : `${formatMonthDay(due.start)}—${formatMonthDay(due.end)}`;
  const recurring = due.recurring === 'yearly' ? '每年' : due.recurring === 'quarterly' ? '每季度' : due.recurring === 'monthly' ? '每月' : '';
  if (due.recurring === 'monthly') return isWholeYear(due) ? '每月' : `${due.text}（${formatMonthDay(due.start)}—${formatMonthDay(due.end)}，期间每月）`;
  return due.implied ? `${due.text}（${when}，按纪念日推定）` : `${due.text}（${recurring}${when}）`;
}

/**
 * The items with a deadline among their dues, with only their deadlines. A working period of less than the year
 * that ends in `period` ("上半年完成展品更新方案") is due by its last day, so it counts as a deadline there. Asked of a
 * month or more ("下个月有哪些工作要到期"), an event held and over in it (全国科普日) falls due there too, and so does a
 * yearly one held in a part of a month (每年7月初召开全委会); the monthly work does not.
 */
export function deadlinesOnly<T extends { item: PlanItem; due: Due[] }>(hits: readonly T[], period?: DateRange): T[] {
  const wide = period !== undefined && daysBetween(period.start, period.end) >= 27;
  const ends = (d: Due): boolean =>
    period !== undefined && contains(period, d.end) && ((d.kind === 'period' && (!d.recurring || (wide && d.recurring === 'yearly')) && !isWholeYear(d)) || (wide && d.kind === 'event' && d.recurring !== 'monthly'));
  return hits.map((h) => ({ ...h, due: h.due.filter((d) => d.kind === 'deadline' || ends(d)) })).filter((h) => h.due.length > 0);
}

/** "：9月20日前完成作品征集": the clause of the item's text that names each due, when the text has one. */
export function dueClauses(item: PlanItem, due: readonly Due[]): string {
  const clauses = item.text.split(/[。；;，,\n]/u);
  const found = [...new Set(due.flatMap((d) => clauses.filter((c) => d.text.length > 0 && c.includes(d.text)).map((c) => c.trim())))];
  return found.length > 0 ? `：${found.slice(0, 2).join('；').slice(0, 120)}` : '';
}
