// Finds the plan item an activity serves, by shared words weighted by rarity and by named observances.
import { findObservances, type Observance } from '../plans/observances.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import { addDays, inYear } from '../dates/civil-date.js';
import { matchKey, normalizeText } from '../text/normalize.js';
import { namesObjectTerm, objectTermsOf } from './item-object.js';
import { disasterOnlyOnDays, hallOnly, namedNotServed, safetyTalk, TOPICS, topicsOf } from './link-topics.js';

/**
 * Words only: dates and figures would match any item that happens to share them, place words
 * (社区, 中学, 乡, 镇) name where an event was and audiences (青少年, 学生) whom it was for, not what it served.
 */
const wordsOf = (text: string): string =>
  normalizeText(text)
    .toLowerCase()
    .replace(/[\d\s\p{P}\p{S}]+/gu, '|')
    // Periods ("第三季度", "上半年") say when, not what: a report of the third quarter is not the item due then.
    .replace(/第?[一二三四]季度|[上下]半年/gu, '|')
    .replace(/社区|小学|中学|学校|中心校|乡镇|[乡镇村县区个]|青少年|学生|儿童|孩子|居民|村民|群众|参观|参加|参与|接待|人次|开展|活动|组织|举办|召开|完成|不少于|以上|全年|发放|资料/gu, '|');

const TOPIC_WEIGHT = 4;

const bigrams = (key: string): Set<string> => {
  const out = new Set<string>();
  // Pairs of neighbours only: a pair across a removed figure or comma ("2个、科普" → "个科") means nothing.
  for (let i = 0; i + 1 < key.length; i++) if (key[i] !== '|' && key[i + 1] !== '|') out.add(key.slice(i, i + 2));
  return out;
};

interface Index {
  items: Array<{ item: PlanItem; plan: Plan; grams: Set<string>; key: string; topics: string[]; observances: Set<string>; youth: boolean; terms: string[] }>;
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
const ADULT_BODY = /公司|企业|集团|工厂|厂区|车间|职工|员工|工人|company|employees|staff/iu;
const YOUNG = /青少年|学生|中小学|小学|中学|学校|校园|少儿|孩子|儿童|学子|student|school|kids|youth/iu;
const taskText = (item: PlanItem): string => `${item.title}${item.text}`.replace(OWNERS, '');

/** Each plan's items read once (for one list of observances): callers pass a new array of the same plans per report. */
const planItems = new WeakMap<Plan, { observances: readonly Observance[]; items: Index['items'] }>();
/** The last index built, for the same plans in another array. */
let last: { plans: readonly Plan[]; index: Index } | undefined;

function itemsOf(plan: Plan, observances: readonly Observance[]): Index['items'] {
  const cached = planItems.get(plan);
  if (cached && cached.observances === observances) return cached.items;
  const items = plan.items
    .filter((item) => item.kind === 'task')
    .map((item) => ({
      item,
      plan,
      grams: bigrams(wordsOf(taskText(item))),
      key: matchKey(taskText(item)),
      topics: TOPICS.filter(([, words]) => words.split(' ').some((w) => matchKey(taskText(item)).includes(w))).map(([, w]) => w),
      observances: new Set(findObservances(item.text, observances).map((o) => o.observance.name)),
      youth: YOUTH_ITEM.test(taskText(item)),
      terms: objectTermsOf(taskText(item)),
    }));
  planItems.set(plan, { observances, items });
  return items;
}

function indexOf(plans: readonly Plan[], observances: readonly Observance[]): Index {
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

/** Another body's own meeting (学会, 公司): it serves that body's year, not the 科协's item it shares words with. */
const OTHER_BODY = /学会|协会|公司|企业|厂|学校|医院|合作社/u;
/** The 科协's own meetings that only share words with its written work (年度工作总结会 is not 年度工作总结). */
const OWN_MEETING = /总结会|总结表彰会|表彰会|工作会议|年会|座谈会/u;
/** What a meeting talked about ("会上传达了…", "会议部署了…"), to the end of its sentence. */
const AGENDA = /(?:(?<![协学社工])会上(?![午周月年旬次])|会议(?=传达|布置|部署|研究|通报|讨论|审议))[^。！!\n]*/gu;
/** A meeting held (总结会, 工作会议, 年会), as against the work it talks about. */
const MEETING = /(?:召开|举行|开了)[^，。；,;]{0,24}(?:会议|[^社学协工]会)(?!员)|(?:总结|座谈|工作|部署|推进|年|代表大)会(?!员|长)/u;
/** A festival a school or body holds for itself ("学校科技节"), not an observance. */
const OWN_FESTIVAL = /科技节|科普节|科学节|读书节|艺术节|嘉年华/u;
/** A question asked in passing ("另外想问一下，年度总结是不是月底前交？"): an aside, not what the event served. */
const ASIDE = /(?:顺便|另外|还)?(?:问下|问一下|请问|想问)[^。！!\n]*/gu;
/** A survey item (状况调查) is served by surveying: a salon for the same people is another kind of event. */
const SURVEY_ITEM = /调查|问卷/u;
const SURVEY = /调查|调研|问卷|填报|survey|questionnaire/iu;
/** A contest prepared for ("做了12件作品准备报县里的创新大赛"): the work before it, not the contest. */
const PREPARED = /(?:准备|打算|备战|将要?|计划|建议|明年|争取)[^，。；,;！!\n]{0,16}(?:大赛|竞赛|比赛|评选)/gu;
/**
 * A wish for later ("下个月想申请去科技馆天象厅", "下次打算再去…"), to the end of its clause: a place or object named
 * there is where the writer may go next, not the object of the event reported.
 */
const LATER_WISH = /(?:下个?月|下周|下次|下学期|下半年|明年|以后|回头|改天|过段时间)[^，,。；;！!\n]{0,3}(?:想|打算|准备|计划|争取|希望)[^，,。；;！!\n]*/gu;
/**
 * The words an activity shares with an item, each counted once: a run of shared neighbours is one word
 * ("志愿服务"), and a run inside another ("科技" in "科技馆") is that word again.
 */
function sharedWords(key: string, grams: ReadonlySet<string>): number {
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
const holdsMeetings = (itemText: string): boolean => /召开|会议|座谈|[^社学协]会(?!员)/u.test(itemText.replace(OWNERS, ''));

/** Near one of the item's observances (±45 days); an item of two (防灾减灾日, 国际减灾日) is in season near either. */
function inSeason(item: PlanItem, when: ActivityWhen | undefined): boolean {
  const implied = item.due.filter((d) => d.implied);
  if (!when || implied.length === 0) return true;
  const year = Number(when.start.slice(0, 4));
  return implied.some((d) => addDays(inYear(d.start, year), -45) <= when.end && when.start <= addDays(inYear(d.end, year), 45));
}

/** When the activity happened, to prefer the item whose deadline or observance window holds it. */
export interface ActivityWhen {
  start: string;
  end: string;
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
  text = normalizeText(text).replace(AGENDA, ' ').replace(PREPARED, ' ').replace(ASIDE, ' ').replace(LATER_WISH, ' ');
  const words = wordsOf(text);
  const grams = bigrams(words);
  const topicsHere = topicsOf(text);
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
      if (holds && entry.observances.size > 0 && !(OWN_FESTIVAL.test(plain) && named.size === 0)) topical = true;
      const itemObservances = [...entry.observances];
      if (itemObservances.length > 0 && named.size > 0 && !itemObservances.some((o) => named.has(o))) {
        // An event named for one observance (科普日) does not serve an item of another (科技工作者日)
        // unless it happened in that item's window.
        if (!windows.some((d) => d.implied && d.start <= when.end && when.start <= d.end)) score -= 6;
      } else if (itemObservances.length === 0 && observed.length > 0) {
        // An event held for an observance (学雷锋日) serves an item of that observance, or none.
        score -= 3;
      } else if (itemObservances.length > 0 && !holds && !onTopic && windows.every((d) => d.implied)) {
        // An item that is its observances (组织全国科普日活动) is not served by an event outside them
        // that merely shares words; one on its very topic (an earthquake drill for 防灾减灾) still is.
        score -= 3;
      } else if (!holds && open.length > 0 && open.every((d) => d.kind !== 'deadline' && !d.implied && d.start.slice(5, 7) === d.end.slice(5, 7) && d.recurring !== 'monthly')) {
        // A one-off event (召开全委会 7月初) is not served by a meeting months away.
        score -= 3;
      }
    }
    // A survey item is not served by an event for the people it surveys (青年科技工作者沙龙): offered, never linked.
    const notSurveyed = SURVEY_ITEM.test(taskText(entry.item)) && !SURVEY.test(plain);
    if (score < MIN_SCORE) continue;
    const otherKind = (meeting && !holdsMeetings(taskText(entry.item))) || notSurveyed;
    const offTopic = !onTopic && entry.topics.some((t) => notServed.includes(t));
    const namesIt = (topical || onTopic) && !notSurveyed;
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
