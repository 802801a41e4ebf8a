// Reads what the 台账 of a period needs from the store: the period's activities and, for target progress, the
// records linked to its plans' items in the plans' years (through the item index, not the years' other records).
import type { Plan } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { plansInForce } from '../questions/due-in-period.js';
import { type ClosedRange, unionRange } from '../questions/activity-range.js';
import type { DateRange } from '../dates/civil-date.js';
import { linkedRecords } from './linked-records.js';
import { buildLedger, type LedgerData } from './ledger-rows.js';
import { type LedgerRowSink, type LedgerStream, type LedgerSummary, streamLedger, summarizeLedger } from './ledger-stream.js';

/** The plans whose targets a period's ledger shows (those whose years touch it, else the one in force), and the days to read. */
export function ledgerScope(plans: readonly Plan[], period: DateRange): { targetPlans: Plan[]; range: ClosedRange } {
  const first = Number(period.start.slice(0, 4));
  const last = Number(period.end.slice(0, 4));
  const touching = plans.filter((p) => p.year <= last && first <= p.yearTo);
  const targetPlans = touching.length > 0 ? touching : plansInForce(plans, last).map((p) => p.plan);
  let range: ClosedRange = { from: period.start, to: period.end };
  for (const p of targetPlans) range = unionRange(range, { from: `${p.year}-01-01`, to: `${p.yearTo}-12-31` }) ?? range;
  return { targetPlans, range };
}

/** The ledger of a period, reading only the days it needs. */
export async function loadLedger(store: Store, input: { period: DateRange & { label: string }; team?: string; timeZone?: string; names?: ReadonlyMap<string, string> }): Promise<LedgerData> {
  const plans = await store.listPlans();
  const { targetPlans, range } = ledgerScope(plans, input.period);
  const [activities, targetActivities, signups] = await Promise.all([
    store.listActivities({ from: input.period.start, to: input.period.end }),
    linkedRecords(store, targetPlans, range),
    store.listSignups(),
  ]);
  return buildLedger({ ...input, plans, targetPlans, activities, targetActivities, signups });
}

/** The ledger of a period holding a month of its records at a time (a file written from it reads them again). */
export async function openLedger(store: Store, input: { period: DateRange & { label: string }; team?: string; timeZone?: string; names?: ReadonlyMap<string, string> }): Promise<LedgerStream> {
  const plans = await store.listPlans();
  const { targetPlans, range } = ledgerScope(plans, input.period);
  return streamLedger(store, { ...input, plans, targetPlans, range });
}

/**
 * The sums and sheets of a period's ledger without its rows (openLedger's first pass), plain data a chat reply
 * carries: the adapter writes the file with resumeLedger, reading the rows again a month at a time, or from the rows
 * `rows` was handed as they were made.
 */
export async function summarizeLedgerOf(store: Store, input: { period: DateRange & { label: string }; team?: string; timeZone?: string; rows?: LedgerRowSink }): Promise<LedgerSummary> {
  const plans = await store.listPlans();
  const { targetPlans, range } = ledgerScope(plans, input.period);
  return summarizeLedger(store, { ...input, plans, targetPlans, range });
}
