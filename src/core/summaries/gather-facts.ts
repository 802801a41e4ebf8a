// Gathers the facts a summary may state: per plan section, the period's activities, totals and target progress.
import type { Activity } from '../activities/activity-schema.js';
import { isUnverified, targetProgress } from '../activities/target-progress.js';
import { partsOf } from '../dates/civil-date.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { dueIn, plansInForce } from '../questions/due-in-period.js';
import { statusOf, type ItemStatus } from '../questions/item-status.js';
import type { SummaryPeriod } from './summary-period.js';

export interface ActivityFact {
  id: string;
  date: string;
  title: string;
  headcount: number | null;
  headcountUnit: string | null;
  approximate: boolean;
  metrics: Record<string, number>;
  metricLabels: Record<string, string>;
}

export interface ProgressFact {
  path: string;
  title: string;
  subject: string;
  unit: string;
  done: number;
  goal: number;
  percent: number;
  note: string;
}

export interface Totals {
  activityCount: number;
  sessions: number;
  /** Headcounts summed by how they were counted: 人次 and 人 are never mixed. */
  people: Record<string, number>;
  /** Units whose sum includes an approximate ("多/余/约") headcount. */
  approximate: string[];
  metrics: Record<string, number>;
  /** What a summed figure counted, when every activity in the sum says the same ("发放资料"). */
  metricLabels: Record<string, string>;
}

export interface SectionFacts extends Totals {
  path: string;
  heading: string;
  activities: ActivityFact[];
  progress: ProgressFact[];
  /** Tasks due in the period with nothing logged against them, for the writer to fill in. */
  idle: Array<{ path: string; title: string }>;
  /** Tasks marked done (by someone, on a day), said as completed rather than left to fill in. */
  completed: Array<{ path: string; title: string; date: string }>;
}

export interface SummaryFacts {
  period: SummaryPeriod;
  planTitle: string | null;
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

const SESSION_UNITS = ['场', '场次'];

function emptyTotals(): Totals {
  return { activityCount: 0, sessions: 0, people: {}, approximate: [], metrics: {}, metricLabels: {} };
}

/** One label for a sum: the same label, the shorter of two that start alike (发放资料 / 发放科普资料), else 共计. */
function mergeLabels(a: string, b: string): string {
  if (a === b) return a;
  if (a && b && a !== '共计' && a.slice(0, 2) === b.slice(0, 2)) return a.length <= b.length ? a : b;
  return '共计';
}

function addTo(t: Totals, a: Activity): void {
  t.activityCount++;
  // A figure waiting for its author to confirm it ("待核对") is not a fact a summary may state.
  if (isUnverified(a)) return;
  for (const [unit, value] of Object.entries(a.metrics)) {
    if (SESSION_UNITS.includes(unit)) t.sessions += value;
    else if (!unit.includes('(')) {
      const label = a.metricLabels[unit] ?? '';
      t.metricLabels[unit] = t.metrics[unit] === undefined ? label : mergeLabels(t.metricLabels[unit] ?? '', label);
      t.metrics[unit] = (t.metrics[unit] ?? 0) + value;
    }
  }
  if (a.headcount !== null) {
    const unit = a.headcountUnit ?? '人';
    t.people[unit] = (t.people[unit] ?? 0) + a.headcount;
    if (a.approximate && !t.approximate.includes(unit)) t.approximate.push(unit);
  }
}

/** The facts of a period from the plans in force and the activity log. */
export function gatherFacts(period: SummaryPeriod, plans: readonly Plan[], activities: readonly Activity[], statuses: readonly ItemStatus[] = []): SummaryFacts {
  const year = partsOf(period.end).year;
  const inForce = plansInForce(plans, year).filter((p) => !p.recurringOnly).map((p) => p.plan);
  const items = new Map<string, PlanItem>(inForce.flatMap((p) => p.items.map((i) => [i.id, i] as const)));
  const rootOf = (item: PlanItem): PlanItem => {
    let current = item;
    for (let parent = current.parentId ? items.get(current.parentId) : undefined; parent; parent = parent.parentId ? items.get(parent.parentId) : undefined) current = parent;
    return current;
  };
  const live = activities.filter((a) => !a.undone);
  const inPeriod = live.filter((a) => (a.dateEnd ?? a.date) >= period.start && a.date <= period.end).sort((a, b) => a.date.localeCompare(b.date));
  const sections = new Map<string, SectionFacts>();
  const sectionFor = (root: PlanItem | undefined): SectionFacts => {
    const key = root?.id ?? 'other';
    let s = sections.get(key);
    if (!s) {
      s = { ...emptyTotals(), path: root?.path ?? '', heading: root?.title ?? '其他工作', activities: [], progress: [], idle: [], completed: [] };
      sections.set(key, s);
    }
    return s;
  };
  const totals = emptyTotals();
  for (const a of inPeriod) {
    const item = a.itemId ? items.get(a.itemId) : undefined;
    const s = sectionFor(item ? rootOf(item) : undefined);
    addTo(s, a);
    addTo(totals, a);
    const unverified = isUnverified(a);
    s.activities.push({ id: a.id, date: a.date, title: a.title, headcount: unverified ? null : a.headcount, headcountUnit: a.headcountUnit, approximate: a.approximate, metrics: unverified ? {} : a.metrics, metricLabels: a.metricLabels });
  }
  // Target progress counts everything logged this year up to the period's end.
  const toDate = live.filter((a) => a.date >= `${year}-01-01` && a.date <= period.end);
  const linkedInPeriod = new Set(inPeriod.map((a) => a.itemId));
  for (const item of items.values()) {
    if (item.kind !== 'task') continue;
    const section = rootOf(item);
    if (item.targets.length > 0 && toDate.some((a) => a.itemId === item.id)) {
      for (const p of targetProgress(item, toDate)) {
        if (p.goal === null || p.activities.length === 0) continue;
        sectionFor(section).progress.push({ path: item.path, title: item.title, subject: p.target.subject, unit: p.target.unit, done: p.done, goal: p.goal, percent: p.percent ?? 0, note: p.note });
      }
    }
    const status = statusOf(statuses, item);
    // A task marked done is said as completed when due in the period or marked within it, whenever it was marked.
    if (status?.status === 'done' && (dueIn(item, period).length > 0 || (status.date >= period.start && status.date <= period.end))) sectionFor(section).completed.push({ path: item.path, title: item.title, date: status.date });
    else if (!linkedInPeriod.has(item.id) && dueIn(item, period).length > 0) sectionFor(section).idle.push({ path: item.path, title: item.title });
  }
  const order = (s: SectionFacts): string => (s.path === '' ? '\uffff' : (inForce.flatMap((p) => p.items).findIndex((i) => i.path === s.path && i.parentId === null) + 10_000).toString());
  return {
    period,
    planTitle: inForce[0]?.title ?? null,
    totals,
    sections: [...sections.values()].filter((s) => s.activityCount > 0 || s.idle.length > 0 || s.progress.length > 0 || s.completed.length > 0).sort((a, b) => order(a).localeCompare(order(b))),
  };
}

/** Every number the facts support, with what it is. */
export function listFacts(facts: SummaryFacts): Fact[] {
  const out: Fact[] = [];
  const totalsOf = (section: string, t: Totals): void => {
    out.push({ section, label: '活动数', value: t.activityCount, unit: '项' });
    if (t.sessions > 0) out.push({ section, label: '场次', value: t.sessions, unit: '场次' });
    for (const [unit, value] of Object.entries(t.people)) out.push({ section, label: '参与人数', value, unit });
    for (const [unit, value] of Object.entries(t.metrics)) out.push({ section, label: '数量', value, unit });
  };
  totalsOf('合计', facts.totals);
  for (const s of facts.sections) {
    const name = s.path ? `${s.path} ${s.heading}` : s.heading;
    totalsOf(name, s);
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
  return out;
}
