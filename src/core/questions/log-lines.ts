// The log as chat lines: an activity's figures, a list of activities, people kept by unit (人 and 人次 never added).
import type { Activity } from '../activities/activity-schema.js';
import type { CivilDate, DateRange } from '../dates/civil-date.js';
import { findObservances, type Observance } from '../plans/observances.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { coreOf, findItemsByTopic, fuzzyScore } from './find-items.js';
import { placeMatches } from './places.js';

const MAX_ACTIVITIES = 12;

/** The last day of an activity: a period report ("10月份共开展…") runs to its dateEnd. */
export const endOf = (a: Activity): CivilDate => a.dateEnd ?? a.date;
export const inPeriod = (a: Activity, p: DateRange): boolean => a.date <= p.end && p.start <= endOf(a);

/** An activity about a topic: linked to an item the topic names, or with the topic (or its core, a place kind, an observance) in its words. */
export function matchesTopic(a: Activity, topic: string | null, linked: ReadonlySet<string>, observances: readonly Observance[]): boolean {
  return topicMatcher(topic, linked, observances)(a);
}

/** The records of a kind of work (下乡, 培训): linked to an item it names, or with it in their words; any record for null. */
export function kindMatcher(kind: string | null, items: readonly PlanItem[], observances: readonly Observance[]): (a: Activity) => boolean {
  if (kind === null) return () => true;
  return topicMatcher(kind, new Set(findItemsByTopic(items, kind, observances).map((i) => i.id)), observances);
}

/** Names of one kind of event: "航模比赛" is the record "航模竞赛", "书画展览" the "书画展". */
const KINDS: Array<[RegExp, RegExp]> = [
  [/(?:比赛|竞赛|大赛|赛事|评比赛?)$/u, /赛/u],
  [/(?:展览|展示|展出|展会)$/u, /展/u],
];

/** The topic's subject and the letter every name of its kind has, when it ends with a kind word. */
function kindOf(topicKey: string): { stem: string; word: RegExp } | undefined {
  for (const [end, word] of KINDS) {
    const m = end.exec(topicKey);
    const stem = m ? topicKey.slice(0, m.index) : '';
    if (stem.length >= 2) return { stem, word };
  }
  return undefined;
}

/**
 * matchesTopic for many records: what depends on the topic alone (its keys, its place kind, the observances it
 * names) is worked out once, not once a record.
 */
export function topicMatcher(topic: string | null, linked: ReadonlySet<string>, observances: readonly Observance[]): (a: Activity) => boolean {
  if (topic === null) return () => true;
  const topicKey = matchKey(topic);
  const core = matchKey(coreOf(topic));
  const names = findObservances(topic, observances).flatMap(({ observance }) => [observance.name, ...observance.aliases].map(matchKey));
  const fuzzy = topicKey.length >= 3;
  const kind = kindOf(topicKey);
  return (a) => {
    if (a.itemId && linked.has(a.itemId)) return true;
    const key = matchKey(`${a.title}${a.text}`);
    if (key.includes(topicKey)) return true;
    if (core.length >= 2 && key.includes(core)) return true;
    if (placeMatches(topic, `${a.title}${a.text}`)) return true;
    if (names.some((n) => key.includes(n))) return true;
    if (kind && key.includes(kind.stem) && kind.word.test(key)) return true;
    if (subjectAndKind(topicKey, matchKey(a.title))) return true;
    return fuzzy && fuzzyScore(topic, a.title) >= 0.75;
  };
}

/** The kinds a short event name ends with, and the words a title may use for them (比赛 is a 竞赛). */
const KIND_WORDS: Array<[RegExp, RegExp]> = [
  [/(?:比赛|竞赛|大赛)$/u, /比赛|竞赛|大赛/u],
  [/培训班?$/u, /培训/u],
  [/讲座$/u, /讲座|讲堂/u],
  [/(?:展览|展)$/u, /展/u],
];

/** "茶叶培训" for 青石镇茶叶种植技术培训, "一中航模比赛" for 县一中校园航模竞赛: every pair of the subject's characters and the kind are in the title. */
export function subjectAndKind(topicKey: string, titleKey: string): boolean {
  const kind = KIND_WORDS.find(([end]) => end.test(topicKey));
  if (!kind) return false;
  const subject = topicKey.replace(kind[0], '');
  // "科普讲座": 科普 is what every record here is; any lecture is one.
  if (/^科普$/u.test(subject)) return kind[1].test(titleKey);
  if (subject.length < 2 || subject.length > 8 || subject.length % 2 !== 0 || !kind[1].test(titleKey)) return false;
  const pairs = subject.match(/.{2}/gu) ?? [];
  return pairs.every((p) => titleKey.includes(p));
}

/** The 场 (and 场次) the records wrote, and how many wrote none. */
export function writtenSessions(list: readonly Activity[]): { written: number; unwritten: number } {
  const written = list.reduce((n, a) => n + (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0), 0);
  return { written, unwritten: list.filter((a) => !(a.metrics['场'] || a.metrics['场次'])).length };
}

/** "5场", or "写明场次的共2场，另1条没写场次", beside a sum over records; "" when none wrote its 场. */
export function sessionsBeside(list: readonly Activity[]): string {
  const { written, unwritten } = writtenSessions(list);
  if (written === 0) return '';
  return unwritten === 0 ? `${written}场` : `写明场次的共${written}场，另${unwritten}条没写场次`;
}

export const sessionsOf = (a: Activity): number => {
  const n = (a.metrics['场'] ?? 0) + (a.metrics['场次'] ?? 0);
  return n > 0 ? n : 1;
};

/** People by unit ([人, 280, false], [人次, 300, false]); never one sum across units. */
export function peopleOf(list: readonly Activity[]): Array<[string, number, boolean]> {
  const sums = new Map<string, { n: number; approx: boolean }>();
  for (const a of list) {
    if (a.headcount === null) continue;
    const unit = a.headcountUnit ?? '人';
    const s = sums.get(unit) ?? { n: 0, approx: false };
    s.n += a.headcount;
    s.approx ||= a.approximate;
    sums.set(unit, s);
  }
  return [...sums.entries()].map(([u, s]) => [u, s.n, s.approx]);
}

/** "280人、300人次": each unit apart. */
export function peoplePhrase(list: readonly Activity[]): string {
  return peopleOf(list)
    .map(([u, n, approx]) => `${n}${u}${approx ? '（含估计数）' : ''}`)
    .join('、');
}

export function figures(a: Activity): string {
  const parts: string[] = [];
  if (a.headcount !== null) parts.push(`${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}`);
  for (const [unit, n] of Object.entries(a.metrics)) if (!unit.includes('(')) parts.push(`${n}${unit}`);
  return parts.join('，');
}

const PLACE = /在([\p{Script=Han}]{2,16}?(?:广场|社区|小学|中学|学校|中心校|幼儿园|镇|乡|村|街道|馆|公园|礼堂|会议室|基地|公司|厂|医院|卫生院|园区|大厅|中心))/u;

/** Where the report said it happened ("在县文化广场举办…"), when the title does not already say it. */
export function placeOf(a: Activity): string | undefined {
  const found = PLACE.exec(a.text);
  const town = found?.[1];
  // "在城关镇东街社区…": a town, then the community or school in it, is where it happened.
  const inner = town && /(?:镇|乡|街道)$/u.test(town) ? WITHIN_TOWN.exec(a.text.slice(found.index + found[0].length))?.[1] : undefined;
  const place = town && inner ? `${town}${inner}` : town;
  return place && !a.title.includes(place) ? place : undefined;
}

/** A community, village or school named right after its town, with no verb between. */
const WITHIN_TOWN = /^((?:(?!开展|举办|组织|进行|召开|举行|开|办|搞|在)\p{Script=Han}){1,6}?(?:社区|村|小学|中学|学校|中心校|幼儿园|广场|公园|礼堂|基地|卫生院|医院|文化站))/u;

export function activityLine(a: Activity, items: readonly PlanItem[], withItem = true, note = ''): string {
  const when = endOf(a) !== a.date ? `${a.date}至${endOf(a)}` : a.date;
  const item = withItem && a.itemId ? items.find((i) => i.id === a.itemId) : undefined;
  const f = figures(a);
  const place = placeOf(a);
  return `• ${when} ${a.title}${place ? `（${place}）` : ''}${f ? `（${f}）` : ''}${item ? ` — ${item.path}` : ''}${note}`;
}

/** Up to a dozen lines in date order; `notes` adds a remark to some lines (跨期, 可能已含在合计中). */
export function listActivities(list: readonly Activity[], items: readonly PlanItem[], withItem = true, notes: ReadonlyMap<Activity, string> = new Map()): string[] {
  const sorted = [...list].sort((a, b) => a.date.localeCompare(b.date));
  const lines = sorted.slice(0, MAX_ACTIVITIES).map((a) => activityLine(a, items, withItem, notes.get(a) ?? ''));
  if (sorted.length > MAX_ACTIVITIES) lines.push(`……另有${sorted.length - MAX_ACTIVITIES}条，发送“活动列表”查看。`);
  return lines;
}
