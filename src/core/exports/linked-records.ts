// The records linked to plan items with targets, read through the store's item index: what target progress counts
// (targetProgress looks at linked records only), without listing the unlinked rest of the plan years.
import type { Activity } from '../activities/activity-schema.js';
import type { Plan } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import type { ClosedRange } from '../questions/activity-range.js';

/** The plans' years as one range (first January to last December), or undefined without plans. */
export function planYears(plans: readonly Plan[]): ClosedRange | undefined {
  if (plans.length === 0) return undefined;
  return { from: `${Math.min(...plans.map((p) => p.year))}-01-01`, to: `${Math.max(...plans.map((p) => p.yearTo))}-12-31` };
}

/** The records (undone ones included) in `range` linked to any item of `plans` that has a target, each once. */
export async function linkedRecords(store: Pick<Store, 'listItemActivities'>, plans: readonly Plan[], range: ClosedRange): Promise<Activity[]> {
  const ids = [...new Set(plans.flatMap((p) => p.items).filter((i) => i.targets.length > 0).map((i) => i.id))];
  const lists = await Promise.all(ids.map((id) => store.listItemActivities(id, range)));
  return lists.flat();
}
