// Finds the plan item an activity serves, by shared words weighted by rarity and by named observances.
import { findObservances, type Observance } from '../plans/observances.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';

/** Words only: dates and figures would match any item that happens to share them. */
const wordsOf = (text: string): string => matchKey(text.replace(/\d+(?:[.,]\d+)?\s*[月日号]?/gu, ' ')).replace(/\d/g, '');

const bigrams = (key: string): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
};

interface Index {
  items: Array<{ item: PlanItem; plan: Plan; grams: Set<string>; observances: Set<string> }>;
  df: Map<string, number>;
}
const indexes = new WeakMap<readonly Plan[], Index>();

function indexOf(plans: readonly Plan[], observances: readonly Observance[]): Index {
  const cached = indexes.get(plans);
  if (cached) return cached;
  const items = plans.flatMap((plan) =>
    plan.items
      .filter((item) => item.kind === 'task')
      .map((item) => ({
        item,
        plan,
        grams: bigrams(wordsOf(`${item.title}${item.text}`)),
        observances: new Set(findObservances(item.text, observances).map((o) => o.observance.name)),
      })),
  );
  const df = new Map<string, number>();
  for (const { grams } of items) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  const index = { items, df };
  indexes.set(plans, index);
  return index;
}

/** The best plan item for an activity's text, or undefined when nothing fits well enough. */
export function suggestItem(
  text: string,
  plans: readonly Plan[],
  observances: readonly Observance[],
  units: readonly string[] = [],
): { item: PlanItem; plan: Plan; score: number } | undefined {
  const { items, df } = indexOf(plans, observances);
  if (items.length === 0) return undefined;
  const grams = bigrams(wordsOf(text));
  const named = new Set(findObservances(text, observances).map((o) => o.observance.name));
  let best: { item: PlanItem; plan: Plan; score: number } | undefined;
  for (const entry of items) {
    let score = 0;
    for (const g of grams) if (entry.grams.has(g)) score += Math.log(1 + items.length / (df.get(g) ?? 1));
    for (const o of named) if (entry.observances.has(o)) score += 6;
    if (entry.item.targets.some((t) => units.includes(t.unit) || (t.unit === '场次' && units.includes('场')))) score += 0.5;
    if (!best || score > best.score) best = { ...entry, score };
  }
  return best && best.score >= 3 ? best : undefined;
}
