// Finds the plan item an activity serves, by shared words weighted by rarity and by named observances.
import { findObservances, type Observance } from '../plans/observances.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { inYear } from '../dates/civil-date.js';
import { matchKey, normalizeText } from '../text/normalize.js';
import { GENERIC, namesObjectTerm } from './item-object.js';
import { ofOwnKind } from './item-kind.js';
import { disasterOnlyOnDays, hallOnly, namedNotServed, safetyTalk, topicSpans, topicsOf } from './link-topics.js';
import { bigrams, holdsMeetings, indexOf, sharedWords, taskText, wordsOf } from './link-index.js';
import {
  ADULT_BODY,
  AGENDA,
  ASIDE,
  inSeason,
  LATER_EVENT,
  LATER_PLAN,
  LATER_SENT,
  LATER_WISH,
  MEETING,
  OTHER_BODY,
  OWN_FESTIVAL,
  OWN_MEETING,
  PREPARED,
  SURVEY,
  SURVEY_ITEM,
  SURVEYED_GROUP,
  SURVEYED_PUBLIC,
  YOUNG,
  type ActivityWhen,
} from './link-clues.js';

export type { ActivityWhen } from './link-clues.js';

const TOPIC_WEIGHT = 4;
/** "不是下乡的", "不算科技下乡", "并非科普日活动": a programme the author says the event is not ("这周不是科技活动周嘛" asks). */
const DENIED = /(?:不是|不算|不属于|并非|并不是|算不上)(?![^，,。；;！!？?\n]*[嘛吗么呀])(?:我们|咱们)?(?:的)?([^，,。；;！!？?\n]{2,10})/gu;

export interface ItemMatch {
  item: PlanItem;
  plan: Plan;
  score: number;
  /** The match rests on a named observance or a programme both name, not on shared words alone. */
  topical: boolean;
  /**
   * The gate: the record names the item's own object (its observance, its programme or one of its object terms), not
   * only words any item may share with it. Only such a match is linked without asking; any other is offered.
   */
  object: boolean;
  /** The activity is another kind of event than the item's (a meeting for a written summary): words alone do not link it. */
  otherKind?: boolean;
  /** How many distinct words the activity shares with the item. */
  words?: number;
  /** The activity names the item's programme but not its object (流动科技馆社区行 for 巡展进校园): offered, never linked. */
  offTopic?: boolean;
}

const MIN_SCORE = 4;
/** Two candidates closer than this are a choice for the author, not for us. */
const CLOSE = 1.5;

/**
 * The plan items an activity may serve, best first. Words shared with the item count by rarity; a named
 * observance counts most; the item whose deadline or observance window holds the activity's date gains,
 * and an item tied to an observance whose window does not hold it loses (an event in 科普日 week is not
 * the 科技工作者日 item's).
 */
export function rankItems(
  text: string,
  plans: readonly Plan[],
  observances: readonly Observance[],
  units: readonly string[] = [],
  when?: ActivityWhen,
): ItemMatch[] {
  const { items, df } = indexOf(plans, observances);
  if (items.length === 0) return [];
  // "会上传达了全年下乡服务安排": what a meeting talked about is not what it served.
  text = normalizeText(text).replace(AGENDA, ' ').replace(PREPARED, ' ').replace(ASIDE, ' ').replace(LATER_WISH, ' ').replace(LATER_PLAN, ' ').replace(LATER_SENT, ' ').replace(LATER_EVENT, ' ');
  const words = wordsOf(text);
  const grams = bigrams(words);
  /** The record's word pairs not made of generic words alone (科普讲座 is; 科技馆 keeps 技馆): what it names of its own. */
  const ownGrams = ownPairs(words);
  const topicsHere = topicsOf(text);
  // "不是下乡的", "不算科技下乡": what the author says the event is not, it does not serve.
  const denied = [...text.matchAll(DENIED)].map((m) => m[1]).join(' ');
  const deniedTopics = denied ? topicsOf(denied) : [];
  const notServed = namedNotServed(text);
  const onDays = disasterOnlyOnDays(text);
  const named = new Set(findObservances(`${text} ${topicsHere.join(' ')}`, observances).map((o) => o.observance.name));
  const scored: ItemMatch[] = [];
  const plain = normalizeText(text);
  const key = matchKey(text);
  // The 科协's own 年度工作总结会 serves its summary item; a meeting nobody is named for does not.
  const meeting = MEETING.test(plain) && (OTHER_BODY.test(plain) || (OWN_MEETING.test(plain) && !/[县市区]科协/u.test(plain)));
  const literal = new Set(findObservances(text, observances).map((o) => o.observance.name));
  // An observance named only as a theme, months from every item that names it, is no observance here.
  const themes = new Set([...literal].filter((o) => items.some((e) => e.observances.has(o)) && items.every((e) => !e.observances.has(o) || !inSeason(e.item, when))));
  const observed = [...named].filter((o) => !themes.has(o));
  const adultsOnly = ADULT_BODY.test(plain) && !YOUNG.test(plain);
  for (const entry of items) {
    if (entry.youth && adultsOnly) continue;
    let score = 0;
    for (const g of grams) if (entry.grams.has(g)) score += Math.log(1 + Math.max(items.length, 12) / (df.get(g) ?? 1));
    let topical = false;
    // "4月11日馆内'太空探索'主题科普日活动": a theme months away from the observance is not the observance's item.
    const seasonal = inSeason(entry.item, when);
    for (const o of named) if (entry.observances.has(o) && (seasonal || !literal.has(o))) {
      score += 6;
      topical = true;
    }
    // An observance named months away from its window ("4月…主题科普日活动") is a theme, not that item.
    const offSeason = !seasonal && [...entry.observances].some((o) => literal.has(o));
    if (offSeason) score -= 6;
    // Disaster publicity with no talk or drill serves the 减灾 item on its observance days ("fair on May 12") only.
    const onObservance = onDays !== undefined && when !== undefined && entry.item.due.some((d) => d.implied && inYear(d.start, Number(when.start.slice(0, 4))) <= when.end && when.start <= inYear(d.end, Number(when.start.slice(0, 4))));
    const topics = onObservance ? [...topicsHere, onDays] : topicsHere;
    const onTopic = !offSeason && topics.some((t) => t.split(' ').some((w) => entry.key.includes(w)));
    // An item about a named programme (流动科技馆, 企业科协) needs the activity to touch that programme:
    // "科学家精神进校园" shares 进校园 with 流动科技馆巡展进校园 but is not it.
    if (!onTopic && entry.topics.length > 0) score -= 2;
    for (const t of topics) if (t.split(' ').some((w) => entry.key.includes(w))) score += TOPIC_WEIGHT;
    if (entry.item.targets.some((t) => units.includes(t.unit) || (t.unit === '场次' && units.includes('场')))) score += 0.5;
    if (when && score > 0) {
      // Compare in the activity's year: a plan read with another year still has the same calendar.
      const year = Number(when.start.slice(0, 4));
      const windows = entry.item.due.map((d) => ({ ...d, start: inYear(d.start, year), end: inYear(d.end, year) }));
      const open = windows.filter((d) => (d.kind !== 'deadline' || d.implied) && d.recurring !== 'monthly');
      // A day inside the window; a period report only when the window covers most of it.
      const single = when.start === when.end;
      const holds = open.some((d) => (single ? d.start <= when.end && when.start <= d.end : d.start <= when.start && when.end <= d.end));
      if (holds) score += 2;
      // Held within the window of the observance the item is for (科技活动周): as good as naming it.
      // A body's own festival (学校科技节) in that window is its own event, not the observance's.
      // The window alone is not enough: the record shares a word of the item's own, not only the generic ones (a
      // 植物标本制作 讲座 on May 30 shares 科普讲座 with the 科技活动周 item and nothing of its own: offered, not linked).
      if (holds && entry.observances.size > 0 && !(OWN_FESTIVAL.test(plain) && named.size === 0) && [...ownGrams].some((g) => entry.grams.has(g))) topical = true;
      const itemObservances = [...entry.observances];
      if (itemObservances.length > 0 && named.size > 0 && !itemObservances.some((o) => named.has(o))) {
        // An event named for one observance (科普日) does not serve an item of another (科技工作者日)
        // unless it happened in that item's window.
        if (!windows.some((d) => d.implied && d.start <= when.end && when.start <= d.end)) score -= 6;
      } else if (itemObservances.length === 0 && observed.length > 0) {
        // An event held for an observance (学雷锋日) serves an item of that observance, or none.
        score -= 3;
      } else if (itemObservances.length > 0 && !holds && !onTopic && windows.every((d) => d.implied) && !(seasonal && itemObservances.some((o) => named.has(o)))) {
        // An item that is its observances (组织全国科普日活动) is not served by an event outside them
        // that merely shares words; one on its very topic (an earthquake drill for 防灾减灾) still is, and so is one
        // that names the observance within weeks of its national window ("5月17日 科普周开幕式": local weeks vary).
        score -= 3;
      } else if (!holds && open.length > 0 && open.every((d) => d.kind !== 'deadline' && !d.implied && d.start.slice(5, 7) === d.end.slice(5, 7) && d.recurring !== 'monthly')) {
        // A one-off event (召开全委会 7月初) is not served by a meeting months away.
        score -= 3;
      }
    }
    // A survey item is not served by an event for the people it surveys (青年科技工作者沙龙): offered, never linked.
    const notSurveyed = SURVEY_ITEM.test(taskText(entry.item)) && !SURVEY.test(plain);
    // Nor by a survey of the public (入户调查居民) when the item surveys its own people (科技工作者状况调查): another survey.
    const groups = SURVEY_ITEM.test(taskText(entry.item)) ? (taskText(entry.item).match(SURVEYED_GROUP) ?? []) : [];
    if (groups.length > 0 && SURVEYED_PUBLIC.test(plain) && !groups.some((g) => plain.includes(g))) continue;
    if (score < MIN_SCORE) continue;
    const otherKind = (meeting && !holdsMeetings(taskText(entry.item))) || notSurveyed;
    const deniedIt = entry.topics.some((t) => deniedTopics.includes(t));
    const offTopic = (!onTopic && entry.topics.some((t) => notServed.includes(t))) || deniedIt;
    // The topic names the item's place or deed (科技馆, 下乡); an item whose target counts a kind of people (接待参观群众,
    // 服务农户) is the record's only when it counts that kind or names the item's own object (展品, 专家服务团). A
    // training camp at the museum or a department's books taken 下乡 is offered, never linked.
    const spans = (): string[] => topics.filter((t) => t.split(' ').some((w) => entry.key.includes(w))).flatMap((t) => topicSpans(text, t));
    const namesIt = (topical || (onTopic && ofOwnKind(plain, entry.kinds.length > 0 ? spans() : [], entry))) && !notSurveyed && !deniedIt;
    // The item's own object term written whole ("调查问卷", "年度工作总结") names it too, when nothing says the event is another kind.
    const object = namesIt || (namesObjectTerm(key, entry.terms) && !otherKind && !offTopic && !offSeason);
    scored.push({ item: entry.item, plan: entry.plan, score, topical: namesIt, object, otherKind, words: sharedWords(words, entry.grams), offTopic });
  }
  // A safety talk nothing else fits (消防, 防溺水 讲座) is offered for the 减灾 item, and a "馆里" naming no 馆 for the
  // 科技馆 item: the least a match can be, never linked.
  const safety = scored.length === 0 ? (safetyTalk(plain) ?? hallOnly(plain)) : undefined;
  if (safety) {
    for (const entry of items) if (safety.split(' ').some((w) => entry.key.includes(w))) scored.push({ item: entry.item, plan: entry.plan, score: MIN_SCORE, topical: false, object: false, words: 1 });
  }
  return scored.sort((x, y) => y.score - x.score);
}

/** The word pairs of `words` with at least one character outside every generic word (科普, 讲座, 活动 …). */
function ownPairs(words: string): Set<string> {
  const generic = new Array<boolean>(words.length).fill(false);
  for (const m of words.matchAll(GENERIC)) for (let i = m.index; i < m.index + m[0].length; i++) generic[i] = true;
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) if (words[i] !== '|' && words[i + 1] !== '|' && !(generic[i] && generic[i + 1])) out.add(words.slice(i, i + 2));
  return out;
}

/** The best plan item, or undefined when nothing fits well enough or two fit about equally. */
export function suggestItem(
  text: string,
  plans: readonly Plan[],
  observances: readonly Observance[],
  units: readonly string[] = [],
  when?: ActivityWhen,
): ItemMatch | undefined {
  const ranked = rankItems(text, plans, observances, units, when);
  const [best, second] = ranked;
  if (!best) return undefined;
  return second && best.score - second.score < CLOSE ? undefined : best;
}

/**
 * The one way a link is made without asking: the record names the item's own object. Shared words, however many
 * or rare, only rank the items; a match on them alone is offered as a choice (record-activity lists it with 关联).
 */
export const isConfident = (m: ItemMatch): boolean => m.object;

/** The items to offer when the match is close (at most three), empty when the best is clear. */
export function closeChoices(ranked: readonly ItemMatch[]): ItemMatch[] {
  const [best, second] = ranked;
  if (!best || !second || best.score - second.score >= CLOSE) return [];
  return ranked.filter((r) => best.score - r.score < CLOSE).slice(0, 3);
}
