// Which record a follow-up means: the one its words name (and only that one), the thread's, or the one just made.
import type { RequestContext } from '../context.js';
import { normalizeText, matchKey } from '../text/normalize.js';
import type { CorrectionRef } from '../understanding/read-correction.js';
import { findMessageDates } from '../understanding/message-dates.js';
import { findFigures } from '../understanding/message-figures.js';
import type { Activity } from './activity-schema.js';
import type { ActivityDeps } from './record-activity.js';

/** What the conversation knows: its records (oldest first), the latest message's ids, and a thread's records. */
export interface CorrectionScope {
  records: Activity[];
  batch: readonly string[];
  /** Records of the Slack thread the follow-up replies in: "this one" needs no other word. */
  thread?: Activity[];
  /** Plan item ids of the list just shown ("算到第二项"). */
  listed?: readonly string[];
}

/** What names a record: its words, its ordinal, and the old value of the field being changed. */
export interface TargetQuery {
  ref: CorrectionRef;
  field?: string;
  unit?: string;
  old?: number | string;
  /** The old value is the last day of a span ("不是25号" of "到28号才结束"). */
  end?: true;
}

export type TargetResult = { ok: true; activity: Activity } | { ok: false; message: string; soft?: boolean };

/** Words that say "that record" but name nothing. */
const FILLER = /(刚才|刚刚|之前|前面|上面|那条|这条|那个|这个|那场|这场|那次|这次|那一?项|活动|记录|的|了|把|将|我|发|报|说|写)/gu;
/** English asides around the words ("btw 巡展那个", "the 实验小学 lecture"): they name no record. */
const EN_FILLER = /\b(?:btw|by the way|oh|ok|okay|so|hey|hi|um|uh|also|and|pls|please|sorry|oops|the|that|this|one|record|entry)\b/giu;

/** "周二", "星期四": a weekday with no week before it. */
const BARE_WEEKDAY = /^(?:周|星期|礼拜)[一二三四五六日天]$/u;

/** "李工讲的", "王老师上课的": a person by their title, then what they did there; the person names the record. */
const SPOKE = /(老师|教授|专家|博士|医生|大夫|院长|主任|书记|站长|所长|局长|校长|师傅|技术员|研究员|(?<=\p{Script=Han})[工总])(?:主讲|讲课|讲|上课|授课|带队|带|教)(?:的)?/gu;

/** "王站长", "李主任": a surname, then a title. */
const PERSON = /^(\p{Script=Han})(老师|教授|专家|博士|医生|大夫|院长|主任|书记|站长|所长|局长|校长|师傅|技术员|研究员|科长|部长|处长|经理|队长|馆长|会长|老总|[工总])$/u;

/** Whether a record matches the words that name it: dates, figures and the remaining words must all fit. */
export function matchesWords(a: Activity, words: string, today: string): boolean {
  const text = normalizeText(words);
  const { hits } = findMessageDates(text, today);
  for (const h of hits) {
    if ((a.date <= h.date && h.date <= (a.dateEnd ?? a.date)) || (h.date <= a.date && a.date <= (h.end ?? h.date))) continue;
    // "周二那场": a weekday said with no week (no 上/本/这) names a record on that weekday of any recent week.
    if (BARE_WEEKDAY.test(text.slice(h.index, h.index + h.length)) && sameWeekdayNear(a.date, h.date)) continue;
    return false;
  }
  let rest = text;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.index) + ' ' + rest.slice(h.index + h.length);
  // "9号西村那个讲座": a day of the month alone names the record's day.
  const day = /(?<![\d月.])(\d{1,2})\s*[号日](?![\p{Script=Han}]*[人份场次])/u.exec(rest);
  if (day?.[1] && hits.length === 0) {
    if (Number(a.date.slice(8, 10)) !== Number(day[1])) return false;
    rest = rest.replace(day[0], ' ');
  }
  const { figures } = findFigures(rest);
  const values = new Set<number>([...(a.headcount !== null ? [a.headcount] : []), ...Object.values(a.metrics)]);
  for (const f of figures) if (!values.has(f.value)) return false;
  for (const f of [...figures].reverse()) rest = rest.slice(0, f.index - f.context.length) + ' ' + rest.slice(f.index + f.length);
  const key = matchKey(rest.replace(SPOKE, '$1').replace(EN_FILLER, ' ').replace(FILLER, ' '));
  if (key.length === 0) return hits.length > 0 || figures.length > 0;
  const hay = matchKey(`${a.title}${a.text}`);
  if (hay.includes(key)) return true;
  // "王站长那场" of "请王建国站长讲…": a surname and title name the record of the person with that full name.
  const person = PERSON.exec(key);
  if (person && new RegExp(`${person[1]}\\p{Script=Han}{1,2}${person[2]}`, 'u').test(hay)) return true;
  // "城东小学科普讲座那场" → "城东小学开展科普讲座": a longer name with all but one of its pairs of characters
  // there; a short one ("科技馆") must be there whole, or it would name "科技下乡" too.
  // "光的折射" named "光折射", "防范非法集资…讲座" named "防集资讲座": the name's characters in order, close together.
  if (key.length >= 3 && subsequenceWindow(key, hay) <= (key.length === 3 ? 4 : key.length * 2)) return true;
  // "白马乡食用菌讲座" of "应白马乡之邀讲食用菌栽培…讲座一场": a long name made of pieces the record has.
  if (key.length >= 6 && coveredByPieces(key, hay)) return true;
  if (key.length < 4) return false;
  const pairs = [...key].slice(0, -1).map((c, i) => c + key[i + 1]);
  return pairs.filter((p) => !hay.includes(p)).length <= 1;
}

/** The length of the shortest stretch of `hay` holding the characters of `key` in order (Infinity when none). */
function subsequenceWindow(key: string, hay: string): number {
  let best = Infinity;
  for (let start = hay.indexOf(key[0]!); start >= 0; start = hay.indexOf(key[0]!, start + 1)) {
    let at = start;
    for (const c of key.slice(1)) {
      at = hay.indexOf(c, at + 1);
      if (at < 0) return best;
    }
    best = Math.min(best, at - start + 1);
  }
  return best;
}

/** Whether `key` splits, left to right, into pieces of two or more characters that each stand in `hay`. */
function coveredByPieces(key: string, hay: string): boolean {
  let i = 0;
  while (i < key.length) {
    let n = key.length - i;
    while (n >= 2 && !hay.includes(key.slice(i, i + n))) n--;
    if (n < 2) return false;
    i += n;
  }
  return true;
}

/** Whether a record fits what names it: its words, its kind ("那个讲座") and the old value. */
function fits(a: Activity, q: TargetQuery, today: string): boolean {
  if (q.ref.words && !matchesWords(a, q.ref.words, today)) return false;
  // "那场报告会" of "作…专题报告": a meeting named with 会 fits a record that says the meeting's word alone (a talk's
  // 会 only: 运动会 is no 运动).
  if (q.ref.kind && ![q.ref.kind, q.ref.kind.replace(/(?<=报告|座谈|研讨|宣讲|培训|观摩)会$/u, '')].some((k) => matchKey(`${a.title}${a.text}`).includes(matchKey(k)))) return false;
  return holdsOld(a, q);
}

function holdsOld(a: Activity, q: TargetQuery): boolean {
  if (q.old === undefined) return true;
  if (q.field === 'headcount') return a.headcount === q.old;
  // "not Tuesday": a weekday names the record's day of the week within a week or so, not one exact date.
  if (q.field === 'date' && q.end) return (a.dateEnd ?? a.date) === q.old;
  if (q.field === 'date') return a.date === q.old || (typeof q.old === 'string' && sameWeekdayNear(a.date, q.old));
  if (q.field === 'metric' && q.unit) return a.metrics[q.unit] === q.old;
  // "it's 3D打印 not 3D建模": the record whose title or words hold the old word.
  if (q.field === 'title' && typeof q.old === 'string') return matchKey(`${a.title}${a.text}`).includes(matchKey(q.old));
  if (q.field === 'number') return a.headcount === q.old || Object.values(a.metrics).includes(q.old as number);
  return true;
}

function sameWeekdayNear(a: string, b: string): boolean {
  const days = Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
  return days % 7 === 0 && Math.abs(days) <= 14;
}

const line = (a: Activity, k: number): string => `${k + 1}. ${a.date} ${a.title}${a.headcount !== null ? ` ${a.headcount}${a.headcountUnit ?? '人'}` : ''}（${a.id}）`;

/** Asks which record, listing the candidates, so nothing is changed on a guess. */
export function askWhich(candidates: readonly Activity[]): TargetResult {
  const shown = candidates.slice(-5);
  return { ok: false, message: `是哪一条？有 ${candidates.length} 条都可能：\n${shown.map(line).join('\n')}\n请写明，例如“${shown[0]?.title.slice(0, 6) ?? '讲座'}那条人数应为85人”，或：修改 <编号> 人数 85` };
}

/** The sender's latest records when the conversation remembers none (a capped read, not the history). */
async function recentOwn(deps: ActivityDeps, ctx: RequestContext): Promise<Activity[]> {
  return (await deps.store.recentActivities({ by: ctx.user, limit: 20 })).reverse();
}

/** The one record a follow-up is about, or a question when it names none or several. */
export async function findTarget(deps: ActivityDeps, ctx: RequestContext, q: TargetQuery & { soft?: boolean }, scope?: CorrectionScope): Promise<TargetResult> {
  const remembered = scope && scope.records.length > 0 ? scope.records : undefined;
  const named = Boolean(q.ref.words) || Boolean(q.ref.kind) || q.old !== undefined;
  if (scope?.thread && scope.thread.length > 0) {
    const inThread = scope.thread.filter((a) => fits(a, q, ctx.today));
    if (q.ref.ordinal !== undefined && scope.thread[q.ref.ordinal]) return { ok: true, activity: scope.thread[q.ref.ordinal]! };
    if (inThread.length === 1) return { ok: true, activity: inThread[0]! };
    if (inThread.length > 1) return narrowByField(inThread, q);
  }
  const pool = remembered ?? (await recentOwn(deps, ctx));
  if (pool.length === 0) return { ok: false, message: '没有找到你最近的活动记录，无法更正。可以发送“活动列表”查看编号，再用：修改 <编号> 人数 85', soft: q.soft };
  if (q.ref.ordinal !== undefined) {
    const batch = remembered ? pool.filter((a) => scope?.batch.includes(a.id)) : [];
    const list = batch.length > 1 ? batch : pool;
    const picked = list[q.ref.ordinal];
    if (picked) return { ok: true, activity: picked };
    return { ok: false, message: `没有第${q.ref.ordinal + 1}条。${askWhich(list).ok ? '' : (askWhich(list) as { message: string }).message}` };
  }
  // "有一条写错了": one of the records just made, not named; ask rather than take the latest.
  if (q.ref.unnamed && !named) {
    const recent = pool.slice(-5);
    if (recent.length > 1) return askWhich(recent);
  }
  if (named) {
    let matching = pool.filter((a) => fits(a, q, ctx.today));
    // A record named by its words that this conversation has not seen may still be among the sender's latest.
    if (matching.length === 0 && remembered) matching = (await recentOwn(deps, ctx)).filter((a) => fits(a, q, ctx.today));
    if (matching.length === 0) matching = byEnglishWords(pool, q, ctx.today);
    if (matching.length === 0) matching = byTranslatedWords(pool, q, ctx.today);
    if (matching.length === 1) return { ok: true, activity: matching[0]! };
    if (matching.length > 1) return narrowByField(matching, q);
    if (q.soft) return { ok: false, message: '', soft: true };
    const what = [q.ref.words || q.ref.kind ? `“${[q.ref.words, q.ref.kind].filter(Boolean).join(' ')}”` : '', q.old !== undefined ? `原来是 ${q.old} 的` : ''].filter(Boolean).join('、');
    return { ok: false, message: `没有找到${what}那条记录，没有改动。${askWhich(pool).ok ? '' : (askWhich(pool) as { message: string }).message}` };
  }
  // Nothing named: the record just made; among several made at once, the one that has the field.
  const batch = remembered ? pool.filter((a) => scope?.batch.includes(a.id)) : pool.slice(-1);
  const latest = batch.length > 0 ? batch : pool.slice(-1);
  // "户数不对，是44户": a figure the record just made does not have is one of a recent record that has it.
  const unit = q.field === 'metric' ? q.unit : undefined;
  if (unit && !q.soft && latest.every((a) => a.metrics[unit] === undefined)) {
    const holding = pool.slice(-5).filter((a) => a.metrics[unit] !== undefined);
    if (holding.length === 1) return { ok: true, activity: holding[0]! };
    if (holding.length > 1) return askWhich(holding);
  }
  // "人数报错了，应该是120" after several records, pointing at none: any of them may be meant; ask.
  if (q.ref.bare && remembered && pool.length > 1) return askWhich(pool.slice(-5));
  if (latest.length === 1) return { ok: true, activity: latest[0]! };
  return narrowByField(latest, q);
}

/**
 * "robot workshop" of "机器人 workshop": a name all in English whose words no record has may be a translation; the
 * words some record has must all be there, and at least one must be.
 */
function byEnglishWords(pool: Activity[], q: TargetQuery, today: string): Activity[] {
  const said = q.ref.words?.toLowerCase().replace(EN_FILLER, ' ').trim() ?? '';
  if (!/^[a-z][a-z\s-]*$/u.test(said)) return [];
  const hay = (a: Activity): string => `${a.title} ${a.text}`.toLowerCase();
  const words = said.split(/[\s-]+/u).filter((w) => w.length >= 3 && pool.some((a) => new RegExp(`\\b${w}\\b`, 'u').test(hay(a))));
  if (words.length === 0) return [];
  return pool.filter((a) => words.every((w) => new RegExp(`\\b${w}\\b`, 'u').test(hay(a))) && fits(a, { ...q, ref: q.ref.kind ? { kind: q.ref.kind } : {} }, today));
}

/** English names of places and kinds of event, and the Chinese words a record of them holds. */
const EN_ZH: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:primary|elementary|grade)\s+school\b/u, '小学'],
  [/\b(?:middle|junior\s+high)\s+school\b/u, '中学'],
  [/\b(?:lectures?|talks?)\b/u, '讲座'],
  [/\btrainings?\b/u, '培训'],
  [/\b(?:exhibitions?|exhibits?)\b/u, '展'],
  [/\b(?:competitions?|contests?)\b/u, '赛'],
  [/\bcommunity\b/u, '社区'],
  [/\bvillage\b/u, '村'],
  [/\b(?:science\s+)?museum\b/u, '科技馆'],
  [/\bnursing\s+home\b/u, '敬老院'],
  [/\bhospital\b/u, '医院'],
];

/** "the primary school one" of "实验小学…讲座": English words all of which name a Chinese word the record holds. */
function byTranslatedWords(pool: Activity[], q: TargetQuery, today: string): Activity[] {
  let said = q.ref.words?.toLowerCase().replace(EN_FILLER, ' ') ?? '';
  if (!/^[a-z][a-z\s-]*$/u.test(said.trim())) return [];
  const terms: string[] = [];
  for (const [en, zh] of EN_ZH) if (en.test(said)) {
    terms.push(zh);
    said = said.replace(en, ' ');
  }
  if (terms.length === 0 || said.trim() !== '') return [];
  return pool.filter((a) => terms.every((t) => `${a.title}${a.text}`.includes(t)) && fits(a, { ...q, ref: q.ref.kind ? { kind: q.ref.kind } : {} }, today));
}

/** Several candidates: the single one holding the field being changed, else ask. */
function narrowByField(candidates: Activity[], q: TargetQuery): TargetResult {
  const has = candidates.filter((a) => (q.field === 'metric' && q.unit ? a.metrics[q.unit] !== undefined : q.field === 'headcount' ? a.headcount !== null : false));
  if (has.length === 1) return { ok: true, activity: has[0]! };
  return askWhich(candidates);
}
