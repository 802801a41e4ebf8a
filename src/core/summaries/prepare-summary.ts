// The heavy, pure part of a summary: facts from the period's records, the offline draft and its checks. It runs in a
// worker thread in the bot (the SummaryWorker port), so a month of 25,000 records holds up no one else's request.
import type { Activity } from '../activities/activity-schema.js';
import type { Plan } from '../plans/plan-schema.js';
import type { ItemStatus } from '../questions/item-status.js';
import { checkNumbers, type NumberCheck } from './check-numbers.js';
import { draftFromTemplate } from './draft-template.js';
import { type Fact, gatherFacts, type GatherOptions, listFacts, type SummaryFacts } from './gather-facts.js';
import { targetName } from './section-heading.js';
import { checkRubric, type RubricResult } from './summary-rubric.js';
import type { SummaryPeriod } from './summary-period.js';

export interface SummaryInput {
  period: SummaryPeriod;
  plans: readonly Plan[];
  activities: readonly Activity[];
  statuses?: readonly ItemStatus[];
  today?: string;
  units?: GatherOptions['units'];
}

export interface PreparedSummary {
  /** Left out by a worker when no model will draft (the offline draft needs nothing more). */
  facts?: SummaryFacts;
  /** Records in the period. */
  activityCount: number;
  /** Every figure the draft may state. */
  list: Fact[];
  /** Titles, headings and places: masked before figures are checked. */
  names: string[];
  /** The offline draft, checked: the answer without a model, and the fallback with one. */
  offline: { text: string; check: NumberCheck; rubric: RubricResult };
}

/** Runs `prepareSummary` somewhere that does not hold up the caller's other work (a worker thread). */
export type SummaryWorker = (input: SummaryInput, options: { keepFacts: boolean }) => Promise<PreparedSummary>;

/** Names in the facts that contain digits by right ("千人科普大讲堂", a place, a target's subject). */
export const namesOf = (facts: SummaryFacts): string[] =>
  facts.sections
    .flatMap((s) => [s.heading, s.planHeading, ...s.activities.flatMap((a) => [a.title, a.place ?? '']), ...s.progress.flatMap((p) => [p.subject, targetName(p.subject || p.title), p.note]), ...s.idle.map((i) => i.title), ...s.completed.map((i) => i.title)])
    .concat(facts.next.items.map((i) => i.title), facts.behind.map((b) => b.subject));

/** Facts, figures and the checked offline draft of a period. Pure and synchronous: call it through a SummaryWorker. */
export function prepareSummary(input: SummaryInput): PreparedSummary {
  const facts = gatherFacts(input.period, input.plans, input.activities, input.statuses, { ...(input.today ? { today: input.today } : {}), ...(input.units ? { units: input.units } : {}) });
  const list = listFacts(facts);
  const names = namesOf(facts);
  const text = draftFromTemplate(facts);
  return { facts, activityCount: facts.totals.activityCount, list, names, offline: { text, check: checkNumbers(text, list, names), rubric: checkRubric(text, facts) } };
}
