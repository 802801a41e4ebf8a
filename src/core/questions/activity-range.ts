// Which days of the log a question needs: none, its period, the years of the plans in force, or a few years back.
import { partsOf, type CivilDate } from '../dates/civil-date.js';
import type { Plan } from '../plans/plan-schema.js';
import type { DateRange } from '../ports.js';
import { plansInForce } from './due-in-period.js';
import type { Question } from './question.js';

/** How many years "最近一次…" looks back (the answer says so when it finds nothing). */
export const LAST_LOOKBACK_YEARS = 5;

/** Both ends named, so a read never lists the whole history. */
export type ClosedRange = Required<DateRange>;

/** The smallest range holding both (either may be missing). */
export function unionRange(a: ClosedRange | undefined, b: ClosedRange | undefined): ClosedRange | undefined {
  if (!a) return b;
  if (!b) return a;
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}

/** The years of the plans in force in `year` (a plan kept only for its yearly tasks counts as this year). */
export function planYearsRange(plans: readonly Plan[], year: number): ClosedRange | undefined {
  let range: ClosedRange | undefined;
  for (const { plan, recurringOnly } of plansInForce(plans, year)) {
    const [from, to] = recurringOnly ? [year, year] : [plan.year, plan.yearTo];
    range = unionRange(range, { from: `${from}-01-01`, to: `${to}-12-31` });
  }
  return range;
}

/** The first day "最近一次…" looks at. */
export const lastLookbackStart = (today: CivilDate): CivilDate => `${partsOf(today).year - LAST_LOOKBACK_YEARS + 1}-01-01`;

/**
 * The range of activities a question reads; undefined when it reads none (plans, sign-ups or time only).
 * Progress toward targets needs the plans' years; counts and lists need their period.
 */
export function activityRangeFor(question: Question, plans: readonly Plan[], today: CivilDate): ClosedRange | undefined {
  if (plans.length === 0) return undefined;
  const year = partsOf(today).year;
  const planYears = planYearsRange(plans, year);
  if (!planYears) return undefined;
  const period = 'period' in question && question.period ? { from: question.period.start, to: question.period.end } : undefined;
  switch (question.intent) {
    case 'tally':
      return unionRange(period, planYears);
    case 'done_list':
    case 'unreported':
    case 'months_missing':
      return period;
    case 'item_report':
      return unionRange({ from: `${year}-01-01`, to: today }, planYears);
    case 'last':
      return { from: lastLookbackStart(today), to: today };
    case 'owner':
      // "学会部的活干完没": the progress of the owner's items reads the log as status does.
      return question.progress ? planYears : undefined;
    case 'countdown':
      // "还剩几天到期？现在完成几所了": the progress part reads the log as status does.
      return question.progress ? planYears : undefined;
    case 'when':
      // "全委会开了没？哪天开的": this year's records of the item say when it was held.
      return { from: `${year}-01-01`, to: today };
    case 'due':
      // "年底前还有哪些没完成的": what is still open names the items past their dates with their progress.
      return question.open ? planYears : undefined;
    case 'overdue':
    case 'finished':
    case 'item':
    case 'targets':
    case 'status':
    case 'detail':
    case 'mine':
      return planYears;
    default:
      return undefined;
  }
}
