// The 台账 of a period read a month at a time, so what an export holds does not grow with the period's records: a
// first pass keeps only bounded aggregates (the metric columns, totals, per unit and month, target sums, the first
// rows for column widths), then each sheet of rows reads the months again. Same rows, order and sums as buildLedger.
import type { Activity } from '../activities/activity-schema.js';
import { targetProgress } from '../activities/target-progress.js';
import { addDays, type DateRange } from '../dates/civil-date.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import type { ClosedRange } from '../questions/activity-range.js';
import { ReportCover } from '../summaries/event-groups.js';
import { unitOfPlan } from '../summaries/section-heading.js';
import { inLedger, type LedgerActivityRow, type LedgerData, ledgerOrder, ledgerRow, type LedgerTargetRow, type LedgerTotals, type LedgerUnitRow } from './ledger-rows.js';

/** Rows the column widths are fitted to (fitWidth looks at no more). */
export const FIRST_ROWS = 2_000;

/** Authors a ledger summary names (their display names are looked up, one request each). */
export const MAX_REPORTERS = 200;

/**
 * What the first pass over a period keeps, plain data of bounded size whatever the records (a chat reply carries
 * it): the sums, the sheets without rows, the first rows. resumeLedger reads the rows again from the store.
 */
export interface LedgerSummary extends Omit<LedgerData, 'activities'> {
  /** The first rows (at most FIRST_ROWS), for column widths. */
  first: LedgerActivityRow[];
  /** Every row's headcount added, however counted (the chat reply's "合计 N 人（次）"). */
  headcount: number;
  /** The rows' authors (stored ids), each once, at most MAX_REPORTERS. */
  reporters: string[];
  /** The pass that made it, when its rows wait to be written (LedgerFiles: kept by the process that read them). */
  pass?: string;
}

/** Where a chat reply's 台账 is written into its file (a worker thread on a capped heap); in this thread without it. */
export interface LedgerFiles {
  /** The sums of a period's 台账 (summarizeLedgerOf), read from `workspace`'s store. */
  summarize(workspace: string, input: { period: DateRange & { label: string }; team?: string; timeZone?: string }): Promise<LedgerSummary>;
  /**
   * Writes the 台账 of `ledger` into `path`: the rows its pass kept when they still wait, else read again from
   * `workspace`'s store; `folder` names the folder in a refusal.
   */
  write(workspace: string, ledger: LedgerSummary, path: string, names?: ReadonlyMap<string, string>, folder?: string): Promise<void>;
  /** The rows `ledger`'s pass kept let go of when no file will be written (nothing when there are none). */
  release(ledger: LedgerSummary): void;
}

/** The 台账 without its rows in memory: `parts()` reads them again, a month at a time, each time it is called. */
export interface LedgerStream extends LedgerSummary {
  parts(): AsyncIterable<LedgerActivityRow[]>;
}

/** The calendar months of a range, each cut to it. */
export function monthsOf(range: ClosedRange): ClosedRange[] {
  const out: ClosedRange[] = [];
  for (let from = range.from; from <= range.to; ) {
    const next = addDays(`${from.slice(0, 7)}-28`, 4).slice(0, 7);
    const end = addDays(`${next}-01`, -1);
    out.push({ from, to: end < range.to ? end : range.to });
    from = `${next}-01`;
  }
  return out;
}

/**
 * The records of `range` a month at a time, each once: in the month of its first day, or the first month for one
 * that began before the range. `read` lists a month's records (those whose days touch it).
 */
async function* byMonth(range: ClosedRange, read: (month: ClosedRange) => Promise<Activity[]>): AsyncGenerator<Activity[]> {
  for (const [k, month] of monthsOf(range).entries()) {
    const mine = (await read(month)).filter((a) => k === 0 || a.date >= month.from);
    if (mine.length > 0) yield mine;
  }
}

/** The live records of a period in the 台账's order, a month at a time. */
function periodParts(store: Store, period: DateRange): AsyncGenerator<Activity[]> {
  return byMonth({ from: period.start, to: period.end }, async (m) => (await store.listActivities(m)).filter((a) => inLedger(a, period)).sort(ledgerOrder));
}

/** The 目标进度 rows of the plans' items with targets, summed a month of `range` at a time from the item index. */
async function targetRows(store: Store, plans: readonly Plan[], range: ClosedRange): Promise<LedgerTargetRow[]> {
  const targets: LedgerTargetRow[] = [];
  for (const item of plans.flatMap((p) => p.items)) {
    if (item.targets.length === 0) continue;
    const sums = item.targets.map(() => ({ done: 0, counted: 0 }));
    for await (const part of byMonth(range, (m) => store.listItemActivities(item.id, m))) {
      targetProgress(item, part).forEach((p, i) => {
        const sum = sums[i]!;
        // Added record by record, as one pass over every record would.
        for (const r of p.records) sum.done += r.value;
        sum.counted += p.activities.length;
      });
    }
    targetProgress(item, []).forEach((p, i) => {
      const { done, counted } = sums[i]!;
      const status = p.goal !== null && done >= p.goal ? '已达标' : counted === 0 ? '尚无记录' : '进行中';
      targets.push({ itemPath: item.path, itemTitle: item.title, target: p.target.text, unit: p.target.unit, goal: p.goal, done, ratio: p.goal ? done / p.goal : null, status });
    });
  }
  return targets;
}

/**
 * The ledger of a period as buildLedger makes it, holding a month of records at a time. `targetPlans` and `range`:
 * the plans whose targets are shown and the days their records are counted in (ledgerScope).
 */
export async function streamLedger(store: Store, input: { plans: readonly Plan[]; targetPlans: readonly Plan[]; range: ClosedRange; period: DateRange & { label: string }; names?: ReadonlyMap<string, string>; team?: string; timeZone?: string }): Promise<LedgerStream> {
  const summary = await summarizeLedger(store, input);
  return { ...summary, parts: () => partsOf(store, summary, input.plans, input.names) };
}

/** The rows of a summarized ledger, a month at a time, read again from the store. */
async function* partsOf(store: Store, summary: LedgerSummary, plans: readonly Plan[], names?: ReadonlyMap<string, string>): AsyncGenerator<LedgerActivityRow[]> {
  const items = itemsOf(plans);
  for await (const part of periodParts(store, summary.period)) yield part.map((a) => ledgerRow(a, items, summary.timeZone, names));
}

const itemsOf = (plans: readonly Plan[]): Map<string, PlanItem> => {
  const items = new Map<string, PlanItem>();
  for (const p of plans) for (const i of p.items) items.set(i.id, i);
  return items;
};

/**
 * A summary (a chat reply's plain data) made a ledger again: its rows read from the store a month at a time, the
 * plans' items as they are now; `names` turns the authors' ids into display names (the first rows' too).
 */
export async function resumeLedger(store: Store, summary: LedgerSummary, names?: ReadonlyMap<string, string>): Promise<LedgerStream> {
  const plans = await store.listPlans();
  const first = names ? summary.first.map((r) => ({ ...r, reporter: names.get(r.reporterId) ?? r.reporter })) : summary.first;
  return { ...summary, first, parts: () => partsOf(store, summary, plans, names) };
}

/** The rows of one part (a month) as the first pass made them, handed on in the 台账's order (a file's rows kept for it). */
export type LedgerRowSink = (rows: LedgerActivityRow[]) => void | Promise<void>;

/**
 * The first pass of streamLedger: every sum and sheet but the rows, holding a month of records at a time; `rows`, when
 * given, receives each month's rows as they are made, so a file can be written without reading the records again.
 */
export async function summarizeLedger(store: Store, input: { plans: readonly Plan[]; targetPlans: readonly Plan[]; range: ClosedRange; period: DateRange & { label: string }; names?: ReadonlyMap<string, string>; team?: string; timeZone?: string; rows?: LedgerRowSink }): Promise<LedgerSummary> {
  const timeZone = input.timeZone ?? 'Asia/Shanghai';
  const items = itemsOf(input.plans);
  const rowOf = (a: Activity): LedgerActivityRow => ledgerRow(a, items, timeZone, input.names);
  let headcount = 0;
  const reporters = new Set<string>();
  const metricUnits: string[] = [];
  const seen = new Set<string>();
  const first: LedgerActivityRow[] = [];
  const totals: LedgerTotals = { count: 0, people: {}, metrics: {}, within: 0 };
  const byUnit = new Map<string, LedgerUnitRow>();
  const cover = new ReportCover();
  for await (const part of periodParts(store, input.period)) {
    cover.add(part);
    const within = cover.inside(part);
    const made: LedgerActivityRow[] | undefined = input.rows ? [] : undefined;
    for (const a of part) {
      for (const u of Object.keys(a.metrics)) if (!seen.has(u)) metricUnits.push(u), seen.add(u);
      const row = rowOf(a);
      made?.push(row);
      if (first.length < FIRST_ROWS) first.push(row);
      headcount += row.headcount ?? 0;
      if (reporters.size < MAX_REPORTERS) reporters.add(row.reporterId);
      totals.count++;
      const inside = within.has(row.id);
      if (inside) totals.within++;
      else {
        if (row.headcount !== null) totals.people[row.headcountUnit || '人'] = (totals.people[row.headcountUnit || '人'] ?? 0) + row.headcount;
        for (const [u, v] of Object.entries(row.metrics)) totals.metrics[u] = (totals.metrics[u] ?? 0) + v;
      }
      // The unit that reported it when known (单位 添加), else the lead units of its plan item.
      const unit = row.reporterUnit || row.unit || '（未关联计划）';
      const month = row.date.slice(0, 7);
      const key = `${unit}\u0000${month}`;
      const entry = byUnit.get(key) ?? { unit, month, activities: 0, people: {} };
      entry.activities += 1;
      if (row.headcount !== null && !inside) entry.people[row.headcountUnit || '人'] = (entry.people[row.headcountUnit || '人'] ?? 0) + row.headcount;
      byUnit.set(key, entry);
    }
    if (made) await input.rows?.(made);
  }
  const units = [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh') || a.month.localeCompare(b.month));
  const targets = await targetRows(store, input.targetPlans, input.range);
  const signups = (await store.listSignups()).flatMap((s) => s.entries.map((e, i) => ({ event: s.event, unit: e.unit, count: e.count, closed: s.closed, attendance: i === 0 ? s.attendance : null })));
  const body = input.plans.map((p) => unitOfPlan(p.title)).find(Boolean) ?? '';
  return {
    title: `${body}活动台账（${input.period.label}）`,
    body,
    timeZone,
    ...(input.team ? { team: input.team } : {}),
    period: input.period,
    metricUnits,
    first,
    headcount,
    reporters: [...reporters],
    targets,
    units,
    signups,
    totals,
  };
}
