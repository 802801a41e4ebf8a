// What a summary says beyond the work done: highlights, shortfalls (targets behind time, overdue tasks, units silent) and the next period's tasks.
import type { Activity } from '../activities/activity-schema.js';
import { addDays, daysBetween, type DateRange, lastDayOfMonth, partsOf, ymd } from '../dates/civil-date.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { dueIn } from '../questions/due-in-period.js';
import { toSimplified } from '../text/normalize.js';
import { statusOf, type ItemStatus } from '../questions/item-status.js';
import { unreportedUnits } from '../schedules/plan-facts.js';
import { kindOf, type ActivityFact } from './event-groups.js';
import type { SectionFacts } from './gather-facts.js';
import { targetName } from './section-heading.js';
import type { SummaryPeriod } from './summary-period.js';

export interface Outlook {
  highlights: {
    /** The event with the largest headcount, when the period had several. */
    largest: ActivityFact | null;
    /** "首次开展…" for kinds of work first done this year, and the titles of records that say 首次/首届/新成立. */
    firsts: string[];
    /** Targets whose goal for the year is reached (short names). */
    reached: string[];
  };
  /** Targets behind the share of their time gone by (时序进度). */
  behind: Array<{ subject: string; done: number; goal: number; unit: string; percent: number; expected: number }>;
  /** Tasks due in the period, before today, with nothing logged and not marked done. */
  overdue: Array<{ path: string; title: string; due: string }>;
  /** Reporting units (单位 添加) with nothing logged in the period. */
  unreported: string[];
  next: { label: string; period: DateRange; items: Array<{ path: string; title: string; due: string }> };
}

interface Base {
  period: SummaryPeriod;
  asOf: string;
  today: string;
  sections: SectionFacts[];
}

const FIRST = /首次|首届|首个|首批|揭牌|开馆|新成立/u;

/** The period after this one, of the same kind: next month, quarter, half or year; else as long again. */
export function nextPeriod(p: DateRange): DateRange & { label: string } {
  const a = partsOf(p.start);
  const b = partsOf(p.end);
  const months = (b.year - a.year) * 12 + b.month - a.month + 1;
  const whole = a.day === 1 && b.day === lastDayOfMonth(b.year, b.month);
  if (whole && [1, 3, 6, 12].includes(months)) {
    const y = b.month === 12 ? b.year + 1 : b.year;
    const m = b.month === 12 ? 1 : b.month + 1;
    const endMonth = m + months - 1;
    const label = months === 12 ? `${y}年` : months === 6 ? `${y}年${m === 1 ? '上' : '下'}半年` : months === 3 ? `下一季度` : `${m}月`;
    return { start: ymd(y, m, 1), end: ymd(y, endMonth, lastDayOfMonth(y, endMonth)), label };
  }
  const start = addDays(p.end, 1);
  return { start, end: addDays(start, daysBetween(p.start, p.end)), label: '下一阶段' };
}

/** A target's short name: simplified, its first clause, without the comparator (不少于) left at its end. */
const short = (t: string): string => targetName(t);

/** The outlook of a period from its sections and the plans in force. */
export function gatherOutlook(base: Base, ctx: { plans: readonly Plan[]; items: readonly PlanItem[]; activities: readonly Activity[]; statuses: readonly ItemStatus[]; units: ReadonlyArray<{ name: string; people: string[] }> }): Outlook {
  const { period, asOf, sections } = base;
  const records = sections.flatMap((s) => s.activities);
  const withPeople = records.filter((r) => r.headcount !== null);
  const largest = records.length >= 3 && withPeople.length > 0 ? withPeople.reduce((m, r) => ((r.headcount ?? 0) > (m.headcount ?? 0) ? r : m)) : null;
  const yearStart = `${period.end.slice(0, 4)}-01-01`;
  const before = ctx.activities.filter((a) => a.date >= yearStart && a.date < period.start).map((a) => a.title);
  const firsts = new Set<string>();
  // Records of one kind of first ("新成立企业科协（县电力公司科协）", "新成立企业科协") are said once, with their names.
  const firstNames = new Map<string, string[]>();
  for (const r of records) {
    if (!FIRST.test(r.title)) continue;
    const title = toSimplified(r.title);
    const base = title.replace(/（[^）]*）/gu, '').trim();
    const names = firstNames.get(base) ?? [];
    for (const m of title.matchAll(/（([^）]*)）/gu)) if (m[1]) names.push(m[1]);
    firstNames.set(base, names);
  }
  for (const [base, names] of firstNames) firsts.add(names.length > 0 ? `${base}（${names.slice(0, 3).join('、')}${names.length > 3 ? '等' : ''}）` : base);
  // "First this year" only when the log reaches back before the period: a workspace that began logging this quarter has no earlier work to compare with.
  if (period.start > yearStart && before.length > 0) {
    for (const s of sections) {
      for (const g of s.groups) {
        const kind = kindOf(g.kind);
        if (kind && kind.key !== 'campaign' && kind.key !== 'conference' && !before.some((t) => kind.test.test(t))) firsts.add(`首次开展${kind.noun}`);
      }
    }
  }
  const progress = sections.flatMap((s) => s.progress);
  const reached = progress.filter((p) => p.percent >= 100 && p.percent <= 300).map((p) => short(p.subject || p.title));
  const behind = progress
    .map((p) => {
      const total = daysBetween(yearStart, p.dueEnd) + 1;
      const expected = Math.min(100, Math.round(((daysBetween(yearStart, asOf) + 1) / Math.max(1, total)) * 100));
      return { subject: short(p.subject || p.title), done: p.done, goal: p.goal, unit: p.unit, percent: p.percent, expected };
    })
    .filter((b) => b.percent < 100 && b.percent + 10 < b.expected);
  // Overdue: due before today (a task due on the last day of a period still running is not late yet).
  const overdue = sections.flatMap((s) => s.idle.filter((i) => i.due < base.today));
  const unreported =
    ctx.units.length > 0 ? unreportedUnits(ctx.plans, ctx.activities, { owners: [], units: ctx.units.map((u) => ({ name: u.name, people: [...u.people] })) }, { start: period.start, end: asOf }).map((u) => u.name) : [];
  const next = nextPeriod(period);
  const nextItems = ctx.items
    .filter((i) => i.kind === 'task' && statusOf(ctx.statuses, i)?.status !== 'done')
    .map((i) => ({ item: i, due: dueIn(i, next)[0] }))
    .filter((x) => x.due !== undefined)
    .sort((x, y) => (x.due?.end ?? '').localeCompare(y.due?.end ?? ''))
    .slice(0, 8)
    .map((x) => ({ path: x.item.path, title: x.item.title, due: x.due?.end ?? next.end }));
  return { highlights: { largest, firsts: [...firsts].slice(0, 4), reached }, behind, overdue, unreported, next: { label: next.label, period: { start: next.start, end: next.end }, items: nextItems } };
}
