// The 台账 (activity ledger) as plain rows: activities, target progress, per unit and month, sign-ups; writers live in infra.
import type { Activity } from '../activities/activity-schema.js';
import { targetProgress } from '../activities/target-progress.js';
import type { DateRange } from '../dates/civil-date.js';
import type { Signup } from '../headcounts/signup-schema.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { insidePeriodReports } from '../summaries/event-groups.js';
import { unitOfPlan } from '../summaries/section-heading.js';
import { categoriesOf } from '../stats/classify-activity.js';
import { categoryLabel } from '../stats/stat-returns.js';

export interface LedgerActivityRow {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The last day of an activity that ran over several days, else null. */
  dateEnd: string | null;
  title: string;
  /** The units leading the plan item it counts toward (牵头单位). */
  unit: string;
  /** Who logged it, as people know them (a display name, the reporting unit, or empty): never a user id. */
  reporter: string;
  /** The stored author (a Slack user id, "console-user"), for an adapter to look the name up. */
  reporterId: string;
  headcount: number | null;
  headcountUnit: string;
  approximate: boolean;
  metrics: Record<string, number>;
  itemPath: string;
  itemTitle: string;
  source: string;
  /** ISO instant of the last change. */
  lastEdit: string;
  /** The last change on the workspace's clocks, "YYYY-MM-DD HH:MM". */
  lastEditLocal: string;
  /** The reporting unit of its author (单位 添加), '' when none. */
  reporterUnit: string;
  /** The returns' statistical categories by name ("科普讲座、科技活动周"), '' when unclassified. */
  categories: string;
}

export interface LedgerTargetRow {
  itemPath: string;
  itemTitle: string;
  target: string;
  unit: string;
  goal: number | null;
  done: number;
  /** 0..1, or null without a goal. */
  ratio: number | null;
  status: string;
}

export interface LedgerUnitRow {
  unit: string;
  month: string;
  activities: number;
  /** Headcounts by how they were counted: 人次 and 人 in columns of their own, never added. */
  people: Record<string, number>;
}

export interface LedgerSignupRow {
  event: string;
  unit: string;
  count: number;
  closed: boolean;
  /** 实到 of the whole event, on its first row only (not repeated on every unit's row). */
  attendance: number | null;
}

/** Sums of the 活动台账 that mean something: people by how they were counted, each metric by its unit; records inside a period report not added again. */
export interface LedgerTotals {
  count: number;
  people: Record<string, number>;
  metrics: Record<string, number>;
  /** Records whose figures are already in a period report of their kind. */
  within: number;
}

export interface LedgerData {
  title: string;
  /** The reporting body (示例县科学技术协会), for the printed page header; '' when unknown. */
  body: string;
  /** The workspace's time zone, in which times are written. */
  timeZone: string;
  /** The workspace it comes from (names are looked up there). */
  team?: string;
  period: DateRange & { label: string };
  /** Every metric unit used, in first-seen order: one column each. */
  metricUnits: string[];
  activities: LedgerActivityRow[];
  targets: LedgerTargetRow[];
  units: LedgerUnitRow[];
  signups: LedgerSignupRow[];
  totals: LedgerTotals;
}

const SOURCE: Record<string, string> = { slack: 'Slack', cli: '命令行', console: '控制台', ledger: '台账导入' };

/** Stored authors that are not names: Slack ids (U0123ABC), the console's and the CLI's defaults. */
const MACHINE_AUTHOR = /^([UWB][A-Z0-9]+|console-user|cli|local|unknown|root)$/u;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** One formatter per zone: building one costs far more than using it (100,000 rows). */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

const offsets = new Map<string, number>();
/** Minutes a zone is ahead of UTC in the hour of an instant (zones change offset only on the hour); cached per hour. */
function offsetAt(ms: number, timeZone: string): number {
  const key = `${timeZone}\u0000${Math.floor(ms / 3_600_000)}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const parts = formatterFor(timeZone).formatToParts(new Date(ms));
    const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
    off = Math.round((Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - Math.floor(ms / 60_000) * 60_000) / 60_000);
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

/** "YYYY-MM-DD HH:MM" of an instant on a zone's clocks. */
export function localDateTime(iso: string, timeZone: string): string {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  return new Date(ms + offsetAt(ms, timeZone) * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The display name of an author: the name looked up, else the reporting unit, else the author when it is a name; never an id. */
export function reporterName(a: Pick<Activity, 'by' | 'reporterUnit'>, names?: ReadonlyMap<string, string>): string {
  return names?.get(a.by) ?? (MACHINE_AUTHOR.test(a.by) ? (a.reporterUnit ?? '') : a.by);
}

/** Whether a record is in a period's 台账: live, and its days touch the period. */
export const inLedger = (a: Activity, period: DateRange): boolean => !a.undone && (a.dateEnd ?? a.date) >= period.start && a.date <= period.end;

/** The 台账's order: by date, then by when it was logged (ties keep the order they came in). */
export const ledgerOrder = (a: Activity, b: Activity): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** One record as a row of the 台账; `items` by id, `names` user ids to display names. */
export function ledgerRow(a: Activity, items: ReadonlyMap<string, PlanItem>, timeZone: string, names?: ReadonlyMap<string, string>): LedgerActivityRow {
  const item = a.itemId ? items.get(a.itemId) : undefined;
  const last = a.history[a.history.length - 1]?.at ?? a.at;
  const source = a.dedupeKey?.startsWith('ledger:') ? 'ledger' : a.source.kind;
  return {
    id: a.id,
    date: a.date,
    dateEnd: a.dateEnd ?? null,
    title: a.title,
    unit: item?.owners.join('、') ?? '',
    reporter: reporterName(a, names),
    reporterId: a.by,
    headcount: a.headcount,
    headcountUnit: a.headcount === null ? '' : (a.headcountUnit ?? '人'),
    approximate: a.approximate,
    metrics: a.metrics,
    itemPath: item?.path ?? '',
    itemTitle: item?.title ?? '',
    source: SOURCE[source] ?? source,
    lastEdit: last,
    lastEditLocal: localDateTime(last, timeZone),
    reporterUnit: a.reporterUnit ?? '',
    categories: categoriesOf({ ...a, itemTitle: item?.title ?? null }).map(categoryLabel).join('、'),
  };
}

/**
 * The ledger of a period; `names` turns user ids into display names. `targetPlans` (default: every plan) are
 * the plans whose targets the 目标进度 sheet shows; the records linked to their items in their years must be among
 * `targetActivities` (default `activities`), which only target progress reads.
 */
export function buildLedger(input: { plans: readonly Plan[]; targetPlans?: readonly Plan[]; activities: readonly Activity[]; targetActivities?: readonly Activity[]; signups: readonly Signup[]; period: DateRange & { label: string }; names?: ReadonlyMap<string, string>; team?: string; timeZone?: string }): LedgerData {
  const timeZone = input.timeZone ?? 'Asia/Shanghai';
  const items = new Map<string, PlanItem>();
  for (const p of input.plans) for (const i of p.items) items.set(i.id, i);
  const chosen = input.activities.filter((a) => inLedger(a, input.period)).sort(ledgerOrder);
  const metricUnits: string[] = [];
  const seen = new Set<string>();
  const activities = chosen.map((a): LedgerActivityRow => {
    for (const u of Object.keys(a.metrics)) if (!seen.has(u)) metricUnits.push(u), seen.add(u);
    return ledgerRow(a, items, timeZone, input.names);
  });
  const targets: LedgerTargetRow[] = [];
  const targetItems = input.targetPlans ? input.targetPlans.flatMap((p) => p.items) : items.values();
  for (const item of targetItems) {
    if (item.targets.length === 0) continue;
    for (const p of targetProgress(item, input.targetActivities ?? input.activities)) {
      const status = p.goal !== null && p.done >= p.goal ? '已达标' : p.activities.length === 0 ? '尚无记录' : '进行中';
      targets.push({ itemPath: item.path, itemTitle: item.title, target: p.target.text, unit: p.target.unit, goal: p.goal, done: p.done, ratio: p.goal ? p.done / p.goal : null, status });
    }
  }
  const within = insidePeriodReports(chosen);
  const totals: LedgerTotals = { count: activities.length, people: {}, metrics: {}, within: within.size };
  for (const row of activities) {
    if (within.has(row.id)) continue;
    if (row.headcount !== null) totals.people[row.headcountUnit || '人'] = (totals.people[row.headcountUnit || '人'] ?? 0) + row.headcount;
    for (const [u, v] of Object.entries(row.metrics)) totals.metrics[u] = (totals.metrics[u] ?? 0) + v;
  }
  const byUnit = new Map<string, LedgerUnitRow>();
  for (const row of activities) {
    // The unit that reported it when known (单位 添加), else the lead units of its plan item.
    const unit = row.reporterUnit || row.unit || '（未关联计划）';
    const month = row.date.slice(0, 7);
    const key = `${unit}\u0000${month}`;
    const entry = byUnit.get(key) ?? { unit, month, activities: 0, people: {} };
    entry.activities += 1;
    if (row.headcount !== null && !within.has(row.id)) entry.people[row.headcountUnit || '人'] = (entry.people[row.headcountUnit || '人'] ?? 0) + row.headcount;
    byUnit.set(key, entry);
  }
  const units = [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh') || a.month.localeCompare(b.month));
  const signups = input.signups.flatMap((s) => s.entries.map((e, i) => ({ event: s.event, unit: e.unit, count: e.count, closed: s.closed, attendance: i === 0 ? s.attendance : null })));
  const body = input.plans.map((p) => unitOfPlan(p.title)).find(Boolean) ?? '';
  return { title: `${body}活动台账（${input.period.label}）`, body, timeZone, ...(input.team ? { team: input.team } : {}), period: input.period, metricUnits, activities, targets, units, signups, totals };
}
