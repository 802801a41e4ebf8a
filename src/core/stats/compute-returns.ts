// Fills the statistical returns of a period from its activity records: every cell with the records (and figures) that make it.
import type { Activity } from '../activities/activity-schema.js';
import type { DateRange } from '../dates/civil-date.js';
import type { Plan } from '../plans/plan-schema.js';
import { unitOfPlan } from '../summaries/section-heading.js';
import { categoriesOf, isOnline } from './classify-activity.js';
import { findBaselines, planTargets, type Baseline } from './organisation-counts.js';
import { type CategoryKey, type StatRow, statReturns } from './stat-returns.js';

/** One record (or plan target, or starting figure) in a cell, with the figure it adds. */
export interface StatDetail {
  /** The record's id; for a plan target its item path, for a starting figure the record's id. */
  id: string;
  date: string;
  dateEnd: string | null;
  title: string;
  value: number;
  online: boolean;
}

export interface StatCell {
  indicator: string;
  unit: string;
  /** null: the log has nothing to fill it with (a total without a starting figure). */
  value: number | null;
  offline: number | null;
  online: number | null;
  records: string[];
  details: StatDetail[];
  note?: string;
}

export interface StatReturnResult {
  id: string;
  name: string;
  title: string;
  source: string;
  rows: StatCell[];
}

/** A record as the returns see it: its categories and the figures it counts. */
export interface StatRecord {
  id: string;
  date: string;
  dateEnd: string | null;
  title: string;
  categories: CategoryKey[];
  participants: number | null;
  online: boolean;
}

export interface StatsReport {
  year: number;
  period: DateRange & { label: string };
  /** The reporting body (示例县科学技术协会), '' when unknown. */
  body: string;
  returns: StatReturnResult[];
  /** Records in no row: the words name nothing a return counts. */
  unclassified: string[];
  /** Classified records without the figure a row needs. */
  missing: Array<{ id: string; field: 'participants'; categories: CategoryKey[] }>;
  records: StatRecord[];
  baselines: Baseline[];
}

const EVENT_UNITS = ['期', '场', '场次', '次', '届', '轮'];
const PEOPLE_SUB = /^(?:人次|人|名|位)\(/u;

/** How many the record counts in a category's events: a period report its 期/场, a youth record its groups, a milestone its organisations. */
export function eventsOf(a: Pick<Activity, 'metrics'>, category: CategoryKey): number {
  const group = statReturns().categories.find((c) => c.key === category)?.group;
  const whole = (u: string): number | undefined => {
    const v = a.metrics[u];
    return v !== undefined && Number.isInteger(v) && v > 0 ? v : undefined;
  };
  if (group === 'organisation') return whole('个') ?? whole('家') ?? 1;
  // "三个小组" is read as 3组 (the noun after 个 is the unit), "两个兴趣小组" may still say 个.
  if (category === 'youth-group') return whole('个') ?? whole('组') ?? 1;
  for (const u of EVENT_UNITS) {
    const v = whole(u);
    if (v !== undefined) return v;
  }
  return 1;
}

/** The participants (人 or 人次, both 人次 to the returns), or the one people figure the record has. */
export function participantsOf(a: Pick<Activity, 'headcount' | 'metrics'>): number | null {
  if (a.headcount !== null) return a.headcount;
  const people = Object.entries(a.metrics).filter(([k]) => PEOPLE_SUB.test(k));
  return people.length === 1 ? (people[0]?.[1] ?? null) : null;
}

/** The returns of a period. `activities` are the period's (store.listActivities(range)); a record counts in the period it began in. */
export function computeReturns(input: { activities: readonly Activity[]; plans: readonly Plan[]; period: DateRange & { label: string } }): StatsReport {
  const { period } = input;
  const chosen = input.activities
    .filter((a) => !a.undone && a.date >= period.start && a.date <= period.end)
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
  const records = chosen.map((a): StatRecord & { source: Activity } => ({
    id: a.id,
    date: a.date,
    dateEnd: a.dateEnd ?? null,
    title: a.title,
    categories: categoriesOf(a),
    participants: participantsOf(a),
    online: isOnline(a),
    source: a,
  }));
  const groupOf = (k: CategoryKey) => statReturns().categories.find((c) => c.key === k)?.group;
  const year = Number(period.start.slice(0, 4));
  const baselines = findBaselines(chosen, input.plans, year);
  const returns = statReturns().returns.map((ret) => ({
    id: ret.id,
    name: ret.name,
    title: ret.title,
    source: ret.source,
    rows: ret.rows.map((row) => fillRow(row, records, input.plans, year, baselines)),
  }));
  return {
    year,
    period,
    body: input.plans.map((p) => unitOfPlan(p.title)).find(Boolean) ?? '',
    returns,
    unclassified: records.filter((r) => r.categories.length === 0).map((r) => r.id),
    missing: records
      .filter((r) => r.participants === null && r.categories.some((k) => groupOf(k) !== 'organisation'))
      .map((r) => ({ id: r.id, field: 'participants' as const, categories: r.categories })),
    records: records.map(({ source: _s, ...r }) => r),
    baselines,
  };
}

function fillRow(row: StatRow, records: ReadonlyArray<StatRecord & { source: Activity }>, plans: readonly Plan[], year: number, baselines: readonly Baseline[]): StatCell {
  const base = { indicator: row.indicator, unit: row.unit };
  if (row.measure === 'target') {
    const details = planTargets(plans, year, row.subject ?? '');
    const value = details.length > 0 ? details.reduce((n, d) => n + d.value, 0) : null;
    return { ...base, value, offline: null, online: null, records: [], details, ...(value === null ? { note: '计划中没有这项目标' } : {}) };
  }
  const feeding = records.filter((r) => r.categories.some((k) => row.categories.includes(k)));
  if (row.measure === 'total') {
    const category = row.categories[0] as CategoryKey;
    const start = baselines.find((b) => b.category === category);
    if (!start) return { ...base, value: null, offline: null, online: null, records: [], details: [], note: '记录和计划中没有起始数（如“全县现有企业科协12个”），无法计算总数' };
    const after = feeding.filter((r) => start.date === null || r.date > start.date || (r.date === start.date && r.id !== start.id));
    const details: StatDetail[] = [
      { id: start.id, date: start.date ?? '', dateEnd: null, title: `起始数：${start.text}`, value: start.value, online: false },
      ...after.map((r) => detailOf(r, eventsOf(r.source, category))),
    ];
    return { ...base, value: sum(details), offline: null, online: null, records: after.map((r) => r.id), details };
  }
  const counted = row.measure === 'participants' ? feeding.filter((r) => r.participants !== null) : feeding;
  const details = counted.map((r) => {
    const category = r.categories.find((k) => row.categories.includes(k)) as CategoryKey;
    return detailOf(r, row.measure === 'participants' ? (r.participants ?? 0) : eventsOf(r.source, category));
  });
  const value = sum(details);
  const online = sum(details.filter((d) => d.online));
  return { ...base, value, offline: value - online, online, records: details.map((d) => d.id), details };
}

function detailOf(r: StatRecord, value: number): StatDetail {
  return { id: r.id, date: r.date, dateEnd: r.dateEnd, title: r.title, value, online: r.online };
}

const sum = (details: readonly StatDetail[]): number => details.reduce((n, d) => n + d.value, 0);
