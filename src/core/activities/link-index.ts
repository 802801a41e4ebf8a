// The plan items read once for matching: their word pairs, topics, observances and object terms, cached per plan.
import { findObservances, type Observance } from '../plans/observances.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { matchKey, normalizeText } from '../text/normalize.js';
import { objectTermsOf } from './item-object.js';
import { countedKindsOf, distinctObjectsOf, tripQualifiersOf, type TripQualifier } from './item-kind.js';
import { TOPICS } from './link-topics.js';

/**
 * Words only: dates and figures would match any item that happens to share them, place words
 * (社区, 中学, 乡, 镇) name where an event was and audiences (青少年, 学生) whom it was for, not what it served.
 */
export const wordsOf = (text: string): string =>
  normalizeText(text)
    .toLowerCase()
    .replace(/[\d\s\p{P}\p{S}]+/gu, '|')
    // Periods ("第三季度", "上半年") say when, not what: a report of the third quarter is not the item due then.
    .replace(/第?[一二三四]季度|[上下]半年/gu, '|')
    .replace(/社区|小学|中学|学校|中心校|乡镇|[乡镇村县区个]|青少年|学生|儿童|孩子|居民|村民|群众|参观|参加|参与|接待|人次|开展|活动|组织|举办|召开|完成|不少于|以上|全年|发放|资料/gu, '|');

export const bigrams = (key: string): Set<string> => {
  const out = new Set<string>();
  // Pairs of neighbours only: a pair across a removed figure or comma ("2个、科普" → "个科") means nothing.
  for (let i = 0; i + 1 < key.length; i++) if (key[i] !== '|' && key[i + 1] !== '|') out.add(key.slice(i, i + 2));
  return out;
};

/** One task item as the matcher reads it. */
export interface IndexedItem {
  item: PlanItem;
  plan: Plan;
  grams: Set<string>;
  key: string;
  topics: string[];
  observances: Set<string>;
  youth: boolean;
  terms: string[];
  /** The kinds of people its targets count (visitors, farmers), as the words a record counting them uses. */
  kinds: RegExp[];
  /** Its own objects besides its place and deeds (展品, 专家服务团). */
  objects: string[];
  /** The trips it makes, as it qualifies them (科技志愿服务下乡, 专家服务团下乡). */
  trips: TripQualifier[];
}
/** The indexed items and, for each word pair, how many items hold it. */
export interface Index {
  items: IndexedItem[];
  df: Map<string, number>;
}
const indexes = new WeakMap<readonly Plan[], Index>();
/** Who leads or helps ("牵头部门：青少年科技教育中心") says nothing about what the item is. */
const OWNERS = /(牵头部门|责任部门|牵头单位|责任单位|配合单位|配合部门|协办单位)[:：][^。；;\n]*[。；;]?/gu;
/**
 * Whom an item is for: a 青少年 contest is not served by a company's staff review ("职工创新成果评审会") that
 * shares its 创新, 评审 and 成果 but names no young people.
 */
const YOUTH_ITEM = /青少年|中小学|少儿/u;
export const taskText = (item: PlanItem): string => `${item.title}${item.text}`.replace(OWNERS, '');

/** Each plan's items read once (for one list of observances): callers pass a new array of the same plans per report. */
const planItems = new WeakMap<Plan, { observances: readonly Observance[]; items: Index['items'] }>();
/** The last index built, for the same plans in another array. */
let last: { plans: readonly Plan[]; index: Index } | undefined;

function itemsOf(plan: Plan, observances: readonly Observance[]): Index['items'] {
  const cached = planItems.get(plan);
  if (cached && cached.observances === observances) return cached.items;
  const items = plan.items
    .filter((item) => item.kind === 'task')
    .map((item) => ({ item, kinds: countedKindsOf(item.targets) }))
    .map(({ item, kinds }) => ({
      item,
      plan,
      grams: bigrams(wordsOf(taskText(item))),
      key: matchKey(taskText(item)),
      topics: TOPICS.filter(([, words]) => words.split(' ').some((w) => matchKey(taskText(item)).includes(w))).map(([, w]) => w),
      observances: new Set(findObservances(item.text, observances).map((o) => o.observance.name)),
      youth: YOUTH_ITEM.test(taskText(item)),
      terms: objectTermsOf(taskText(item)),
      // Read only for an item that counts a kind of people: the rest take any record on their topic.
      kinds,
      objects: kinds.length > 0 ? distinctObjectsOf(item) : [],
      trips: kinds.length > 0 ? tripQualifiersOf(item) : [],
    }));
  planItems.set(plan, { observances, items });
  return items;
}

/** The task items of these plans with how many items hold each word pair, built once per array of plans. */
export function indexOf(plans: readonly Plan[], observances: readonly Observance[]): Index {
  const cached = indexes.get(plans);
  if (cached) return cached;
  const items = plans.flatMap((plan) => itemsOf(plan, observances));
  if (last && last.plans.length === plans.length && last.plans.every((p, i) => p === plans[i]) && last.index.items.every((x, i) => x === items[i])) return last.index;
  const df = new Map<string, number>();
  for (const { grams } of items) for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
  const index = { items, df };
  indexes.set(plans, index);
  last = { plans: [...plans], index };
  return index;
}

/**
 * The words an activity shares with an item, each counted once: a run of shared neighbours is one word
 * ("志愿服务"), and a run inside another ("科技" in "科技馆") is that word again.
 */
export function sharedWords(key: string, grams: ReadonlySet<string>): number {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i <= key.length; i++) {
    const hit = i + 1 < key.length && grams.has(key.slice(i, i + 2));
    if (hit && start < 0) start = i;
    if (!hit && start >= 0) {
      runs.push(key.slice(start, i + 1));
      start = -1;
    }
  }
  const distinct = [...new Set(runs)];
  // A long shared phrase ("回收有效问卷") is more than one chance word.
  return distinct.filter((r) => !distinct.some((o) => o !== r && o.includes(r))).reduce((n, r) => n + (r.length >= 5 ? 2 : 1), 0);
}
/** The item itself holds meetings (召开, 座谈会), so a meeting may serve it. */
export const holdsMeetings = (itemText: string): boolean => /召开|会议|座谈|[^社学协]会(?!员)/u.test(itemText.replace(OWNERS, ''));
