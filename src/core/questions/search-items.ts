// Finds plan items by a keyword (or an observance it names) and by a numbered path (三/2).
import { findObservances, type Observance } from '../plans/observances.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { matchKey, normalizeText } from '../text/normalize.js';

const searchKeys = new WeakMap<PlanItem, string>();
const keyOf = (item: PlanItem): string => {
  let k = searchKeys.get(item);
  if (k === undefined) {
    k = matchKey(`${item.title}${item.text}${item.owners.join('')}`);
    searchKeys.set(item, k);
  }
  return k;
};

/** Items whose text holds the keyword (in simplified form), or any name of the observance it names. */
export function searchItems(items: readonly PlanItem[], keyword: string, observances: readonly Observance[]): PlanItem[] {
  const keys = new Set([matchKey(keyword)]);
  for (const { observance } of findObservances(keyword, observances)) {
    for (const n of [observance.name, ...observance.aliases]) keys.add(matchKey(n));
  }
  const list = [...keys].filter((k) => k.length > 0);
  const hits = items.filter((i) => list.some((k) => keyOf(i).includes(k)));
  // "青少年、学校": words in a list are each searched, and the items of any of them found.
  const parts = keyword.split(/[、，,/]|以及|或者|或|及|和|与/u).map((w) => w.trim());
  if (hits.length > 0 || parts.length < 2 || parts.some((w) => w.length < 2)) return hits;
  const found = new Set(parts.flatMap((w) => searchItems(items, w, observances)));
  return items.filter((i) => found.has(i));
}

/** "三", "（三）", "三是", "(3)" and "3" all read as "3"; group labels read as "". */
const numeric = (label: string): string => {
  const inner = normalizeText(label).replace(/[()（）是]/gu, '');
  if (!/^(\d+|[一二三四五六七八九十]+)$/u.test(inner)) return '';
  return String(parseChineseNumber(inner) ?? '');
};

/** Items whose numbered path ends with the given labels (三/2 = 3.2 = (三)/2). */
export function findByRef(items: readonly PlanItem[], ref: string[]): PlanItem[] {
  const want = ref.map(numeric);
  return items.filter((i) => {
    const labels = i.path.split('/').map(numeric).filter((l) => l !== '');
    return labels.length === want.length && labels.every((l, k) => l === want[k]);
  });
}
