// Gathers the facts a summary may state: per plan section, the period's events grouped by kind and summed, target progress and what lies ahead.
import type { Activity } from '../activities/activity-schema.js';
import { isUnverified, targetProgress } from '../activities/target-progress.js';
import { partsOf } from '../dates/civil-date.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { dueIn, plansInForce } from '../questions/due-in-period.js';
import { statusOf, type ItemStatus } from '../questions/item-status.js';
import { type ActivityFact, addSums, classify, emptySums, type EventGroup, groupEvents, kindOf, placeOf, type Sums } from './event-groups.js';
import { gatherOutlook, type Outlook } from './summary-outlook.js';
import { sectionHeading, unitOfPlan } from './section-heading.js';
import type { SummaryPeriod } from './summary-period.js';

export type { ActivityFact, EventGroup } from './event-groups.js';

export interface ProgressFact {
  path: string;
  title: string;
  subject: string;
  unit: string;
  done: number;
  goal: number;
  percent: number;
  note: string;
  /** The last day the item is due this year (for 时序进度), else the year's end. */
  dueEnd: string;
}

/** Sums of a section or of the whole period. `activityCount` is the number of records. */
export interface Totals extends Sums {
  activityCount: number;
}

export interface SectionFacts extends Totals {
  path: string;
  /** The plan's own heading, as written. */
  planHeading: string;
  /** A short heading of our own wording, simplified, without quotes. */
  heading: string;
  groups: EventGroup[];
  activities: ActivityFact[];
  progress: ProgressFact[];
  /** Tasks due in the period with nothing logged against them, for the writer to fill in. */
  idle: Array<{ path: string; title: string; due: string }>;
  /** Tasks marked done (by someone, on a day), said as completed rather than left to fill in. */
  completed: Array<{ path: string; title: string; date: string }>;
}

export interface SummaryFacts extends Outlook {
  period: SummaryPeriod;
  /** The day figures are given "as of": the period's end or today, whichever comes first. */
  asOf: string;
  /** The day the draft is written (signed at the end). */
  today: string;
  planTitle: string | null;
  /** The reporting body (示例县科学技术协会), from the plan's title; '' when unknown. */
  unit: string;
  totals: Totals;
  sections: SectionFacts[];
}

/** One number a draft may state, flat, for the JSON output and the number check. */
export interface Fact {
  section: string;
  label: string;
  value: number;
  unit: string;
}

export interface GatherOptions {
  today?: string;
  /** Reporting units set with 单位 添加, for "units that did not report". */
  units?: ReadonlyArray<{ name: string; people: string[] }>;
}

const toTotals = (s: Sums): Totals => ({ ...s, activityCount: s.count });

function factOf(a: Activity): ActivityFact {
  const unverified = isUnverified(a);
  return {
    id: a.id,
    date: a.date,
    dateEnd: a.dateEnd ?? null,
    title: a.title,
    headcount: unverified ? null : a.headcount,
    headcountUnit: a.headcountUnit,
    approximate: a.approximate,
    metrics: unverified ? {} : a.metrics,
    metricLabels: a.metricLabels,
    itemId: a.itemId,
    place: placeOf(a.title),
    kind: classify(a.title, a.metricLabels),
  };
}

/** The facts of a period from the plans in force and the activity log (the year's records up to the period's end, for progress). */
export function gatherFacts(period: SummaryPeriod, plans: readonly Plan[], activities: readonly Activity[], statuses: readonly ItemStatus[] = [], options: GatherOptions = {}): SummaryFacts {
  const year = partsOf(period.end).year;
  const today = options.today ?? period.end;
  const asOf = today < period.end ? today : period.end;
  const inForce = plansInForce(plans, year).filter((p) => !p.recurringOnly).map((p) => p.plan);
  const allItems = inForce.flatMap((p) => p.items);
  const items = new Map<string, PlanItem>(allItems.map((i) => [i.id, i] as const));
  const rootOf = (item: PlanItem): PlanItem => {
    let current = item;
    for (let parent = current.parentId ? items.get(current.parentId) : undefined; parent; parent = parent.parentId ? items.get(parent.parentId) : undefined) current = parent;
    return current;
  };
  const roots = allItems.filter((i) => i.parentId === null);
  const live = activities.filter((a) => !a.undone);
  const inPeriod = live.filter((a) => (a.dateEnd ?? a.date) >= period.start && a.date <= period.end).sort((a, b) => a.date.localeCompare(b.date));
  const sections = new Map<string, SectionFacts>();
  const sectionFor = (root: PlanItem | undefined): SectionFacts => {
    const key = root?.id ?? 'other';
    let s = sections.get(key);
    if (!s) {
      s = { ...toTotals(emptySums()), path: root?.path ?? '', planHeading: root?.title ?? '其他工作', heading: root ? sectionHeading(root.title) : '其他工作', groups: [], activities: [], progress: [], idle: [], completed: [] };
      sections.set(key, s);
    }
    return s;
  };
  for (const a of inPeriod) {
    const fact = factOf(a);
    const item = a.itemId ? items.get(a.itemId) : undefined;
    // An unlinked record goes to the section of its theme (a 讲座 to the 科普 section), else to 其他工作.
    const theme = kindOf(fact.kind)?.theme;
    const root = item ? rootOf(item) : theme ? roots.find((r) => theme.test(r.title)) : undefined;
    sectionFor(root).activities.push(fact);
  }
  // Target progress counts everything logged this year up to the period's end.
  const toDate = live.filter((a) => a.date >= `${year}-01-01` && a.date <= period.end);
  const linkedInPeriod = new Set(inPeriod.map((a) => a.itemId));
  for (const item of items.values()) {
    if (item.kind !== 'task') continue;
    const section = rootOf(item);
    const due = dueIn(item, period);
    if (item.targets.length > 0 && toDate.some((a) => a.itemId === item.id)) {
      const dueEnd = item.due.map((d) => d.end).filter((d) => d.startsWith(`${year}-`)).sort().at(-1) ?? `${year}-12-31`;
      for (const p of targetProgress(item, toDate)) {
        if (p.goal === null || p.activities.length === 0) continue;
        sectionFor(section).progress.push({ path: item.path, title: item.title, subject: p.target.subject, unit: p.target.unit, done: p.done, goal: p.goal, percent: p.percent ?? 0, note: p.note, dueEnd });
      }
    }
    const status = statusOf(statuses, item);
    // A task marked done is said as completed when due in the period or marked within it, whenever it was marked.
    if (status?.status === 'done' && (due.length > 0 || (status.date >= period.start && status.date <= period.end))) sectionFor(section).completed.push({ path: item.path, title: item.title, date: status.date });
    else if (!linkedInPeriod.has(item.id) && due.length > 0) sectionFor(section).idle.push({ path: item.path, title: item.title, due: due[0]?.end ?? period.end });
  }
  const totals = toTotals(emptySums());
  for (const s of sections.values()) {
    s.groups = groupEvents(s.activities);
    for (const g of s.groups) addSums(s, g);
    s.activityCount = s.count;
    addSums(totals, s);
  }
  totals.activityCount = totals.count;
  const order = (s: SectionFacts): number => (s.path === '' ? Number.MAX_SAFE_INTEGER : roots.findIndex((r) => r.path === s.path));
  const kept = [...sections.values()].filter((s) => s.activityCount > 0 || s.idle.length > 0 || s.progress.length > 0 || s.completed.length > 0).sort((a, b) => order(a) - order(b));
  const planTitle = inForce[0]?.title ?? null;
  const base = { period, asOf, today, planTitle, unit: planTitle ? unitOfPlan(planTitle) : '', totals, sections: kept };
  return { ...base, ...gatherOutlook(base, { plans: inForce, items: allItems, activities: live, statuses, units: options.units ?? [] }) };
}

/** Every number the facts support, with what it is. */
export function listFacts(facts: SummaryFacts): Fact[] {
  const out: Fact[] = [];
  const sumsOf = (section: string, label: string, t: Sums, measure?: string | null): void => {
    if (measure !== null) out.push({ section, label: `${label}活动数`, value: t.count, unit: '项' });
    if (measure) out.push({ section, label: `${label}场次`, value: t.sessions, unit: measure });
    if (t.sessions > 0) out.push({ section, label: `${label}场次`, value: t.sessions, unit: '场次' });
    for (const [unit, value] of Object.entries(t.people)) out.push({ section, label: `${label}参与人数`, value, unit });
    for (const [unit, value] of Object.entries(t.metrics)) out.push({ section, label: `${label}${t.metricLabels[unit] || '数量'}`, value, unit });
  };
  sumsOf('合计', '', facts.totals);
  for (const s of facts.sections) {
    const name = s.path ? `${s.path} ${s.planHeading}` : s.planHeading;
    sumsOf(name, '', s);
    for (const g of s.groups) if (g.records.length > 1) sumsOf(name, `${kindOf(g.kind)?.noun ?? ''}`, g, kindOf(g.kind)?.measure ?? undefined);
    for (const a of s.activities) {
      if (a.headcount !== null) out.push({ section: name, label: `${a.date} ${a.title} 人数`, value: a.headcount, unit: a.headcountUnit ?? '人' });
      for (const [unit, value] of Object.entries(a.metrics)) out.push({ section: name, label: `${a.date} ${a.title}`, value, unit: unit.replace(/\(.*\)$/u, '') });
    }
    for (const p of s.progress) {
      out.push({ section: name, label: `${p.subject} 已完成`, value: p.done, unit: p.unit });
      out.push({ section: name, label: `${p.subject} 目标`, value: p.goal, unit: p.unit });
      out.push({ section: name, label: `${p.subject} 完成比例`, value: p.percent, unit: '%' });
    }
  }
  for (const b of facts.behind) out.push({ section: '存在的不足', label: `${b.subject} 时序进度`, value: b.expected, unit: '%' });
  return out;
}
