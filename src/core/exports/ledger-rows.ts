// The 台账 (activity ledger) as plain rows: activities, target progress, per unit and month, sign-ups; writers live in infra.
import type { Activity } from '../activities/activity-schema.js';
import { targetProgress } from '../activities/target-progress.js';
import type { DateRange } from '../dates/civil-date.js';
import type { Signup } from '../headcounts/signup-schema.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';

export interface LedgerActivityRow {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The last day of an activity that ran over several days, else null. */
  dateEnd: string | null;
  title: string;
  /** The units leading the plan item it counts toward (牵头单位). */
  unit: string;
  reporter: string;
  headcount: number | null;
  headcountUnit: string;
  approximate: boolean;
  metrics: Record<string, number>;
  itemPath: string;
  itemTitle: string;
  source: string;
  /** ISO instant of the last change. */
  lastEdit: string;
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
  headcount: number;
}

export interface LedgerSignupRow {
  event: string;
  unit: string;
  count: number;
  closed: boolean;
  attendance: number | null;
}

export interface LedgerData {
  title: string;
  /** The workspace it comes from (names are looked up there). */
  team?: string;
  period: DateRange & { label: string };
  /** Every metric unit used, in first-seen order: one column each. */
  metricUnits: string[];
  activities: LedgerActivityRow[];
  targets: LedgerTargetRow[];
  units: LedgerUnitRow[];
  signups: LedgerSignupRow[];
}

const SOURCE: Record<string, string> = { slack: 'Slack', cli: '命令行', console: '控制台', ledger: '台账导入' };

/** The ledger of a period; `names` turns user ids into display names. */
export function buildLedger(input: { plans: readonly Plan[]; activities: readonly Activity[]; signups: readonly Signup[]; period: DateRange & { label: string }; names?: ReadonlyMap<string, string>; team?: string }): LedgerData {
  const items = new Map<string, PlanItem>();
  for (const p of input.plans) for (const i of p.items) items.set(i.id, i);
  const chosen = input.activities.filter((a) => !a.undone && (a.dateEnd ?? a.date) >= input.period.start && a.date <= input.period.end).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const metricUnits: string[] = [];
  const seen = new Set<string>();
  const activities = chosen.map((a): LedgerActivityRow => {
    for (const u of Object.keys(a.metrics)) if (!seen.has(u)) metricUnits.push(u), seen.add(u);
    const item = a.itemId ? items.get(a.itemId) : undefined;
    const last = a.history[a.history.length - 1]?.at ?? a.at;
    const source = a.dedupeKey?.startsWith('ledger:') ? 'ledger' : a.source.kind;
    return {
      id: a.id,
      date: a.date,
      dateEnd: a.dateEnd ?? null,
      title: a.title,
      unit: item?.owners.join('、') ?? '',
      reporter: input.names?.get(a.by) ?? a.by,
      headcount: a.headcount,
      headcountUnit: a.headcount === null ? '' : (a.headcountUnit ?? '人'),
      approximate: a.approximate,
      metrics: a.metrics,
      itemPath: item?.path ?? '',
      itemTitle: item?.title ?? '',
      source: SOURCE[source] ?? source,
      lastEdit: last,
    };
  });
  const targets: LedgerTargetRow[] = [];
  for (const item of items.values()) {
    if (item.targets.length === 0) continue;
    for (const p of targetProgress(item, input.activities)) {
      const status = p.goal !== null && p.done >= p.goal ? '已达标' : p.activities.length === 0 ? '尚无记录' : '进行中';
      targets.push({ itemPath: item.path, itemTitle: item.title, target: p.target.text, unit: p.target.unit, goal: p.goal, done: p.done, ratio: p.goal ? p.done / p.goal : null, status });
    }
  }
  const byUnit = new Map<string, LedgerUnitRow>();
  for (const row of activities) {
    const unit = row.unit || '（未关联计划）';
    const month = row.date.slice(0, 7);
    const key = `${unit}\u0000${month}`;
    const entry = byUnit.get(key) ?? { unit, month, activities: 0, headcount: 0 };
    entry.activities += 1;
    entry.headcount += row.headcount ?? 0;
    byUnit.set(key, entry);
  }
  const units = [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh') || a.month.localeCompare(b.month));
  const signups = input.signups.flatMap((s) => s.entries.map((e) => ({ event: s.event, unit: e.unit, count: e.count, closed: s.closed, attendance: s.attendance })));
  return { title: `活动台账（${input.period.label}）`, ...(input.team ? { team: input.team } : {}), period: input.period, metricUnits, activities, targets, units, signups };
}
