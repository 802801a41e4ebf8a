// Counts and sums from the log for a period ("春节后办了几场讲座", "上半年覆盖了多少群众"): each figure counted once, 人 and 人次 apart.
import type { Activity } from '../activities/activity-schema.js';
import { matchKey } from '../text/normalize.js';
import type { LogContext } from './answer-log-question.js';
import { findItemsByTopic, fuzzyScore } from './find-items.js';
import { itemProgress, progressLines } from './item-progress.js';
import { inPeriod, kindMatcher, listActivities, peopleOf, peoplePhrase, sessionsBeside, sessionsOf, subjectAndKind, topicMatcher, writtenSessions } from './log-lines.js';
import { placeKindRecords } from './place-kind.js';
import { splitForPeriod, splitNotes, splitSummary } from './period-figures.js';
import type { Question } from './question.js';
import { teamRecords, unitRecords, whoAndKind } from './unit-records.js';

type Tally = Extract<Question, { intent: 'tally' }>;

/** A place first, then what was done there ("白马乡下乡", "城关镇讲座"). */
const PLACE_FIRST = /^(\p{Script=Han}{2,6}?(?:乡|镇|村|街道|社区))(\p{Script=Han}{2,20})$/u;

/** Things that are only ever counted in 份 (资料, 宣传单): a topic that is one of them is "the records with 份". */
const COUNTED_IN_COPIES = /^(?:发放|发|派发|分发|印发)?(?:了)?(?:科普|宣传)?(?:资料|材料|宣传品|宣传单|宣传页|折页)$/u;

/** Other things counted in 份 (问卷 given out and collected, entries, forms): not 资料 handed out. */
const NOT_MATERIAL = /(问卷|答卷|试卷|调查表|调查|报名表|申报书|作品|论文|征文)/u;

/** The records a topic counted by its own unit names ("资料" with 份), or undefined for any other topic. */
function measuredBy(q: Tally, topic: string | null | undefined): ((a: Activity) => boolean) | undefined {
  if (!topic || q.measure !== 'metric' || q.unit !== '份' || !COUNTED_IN_COPIES.test(topic)) return undefined;
  return (a) => (a.metrics['份'] ?? 0) > 0 && !NOT_MATERIAL.test(a.title);
}

/** The records of a kind of work, or those a 份 topic counts. */
const ofKind = (q: Tally, ctx: LogContext, kind: string | null): ((a: Activity) => boolean) => (kind !== null ? measuredBy(q, kind) : undefined) ?? kindMatcher(kind, ctx.items, ctx.observances);

/** The records a tally is about: by the records' own titles for a kind several items mention (讲座, 培训), else by topic. */
function recordsFor(q: Tally, ctx: LogContext, live: readonly Activity[]): { hits: Activity[]; topicItems: LogContext['items'] } {
  const named = q.topic ? findItemsByTopic(ctx.items, q.topic, ctx.observances) : [];
  // "How many visitors has the museum had, against the target?": of the items the topic names (展品更新, 流动科技馆
  // 巡展), the one whose target counts what is asked is the one measured against.
  const asked = measureUnits(q);
  const targeted = q.remaining ? named.filter((i) => i.targets.some((t) => asked.includes(t.unit))) : [];
  const gapOf = targeted.length === 1 ? targeted : undefined;
  // "县一中今年开了几场讲座": the place's records of that kind, not every record sharing a word with it.
  const atPlace = placeKindRecords(q.topic, live);
  if (atPlace) return { hits: atPlace.filter((a) => inPeriod(a, q.period)), topicItems: [] };
  // "实验小学今年报了几次活动": the unit's own records, not every record that shares a word or a place with it. A
  // department's name that is its item's (科技馆) is measured against the item, as below.
  const ofUnit = unitRecords(q.topic, live) ?? (gapOf ? undefined : teamRecords(q.topic, live, ctx.teams));
  if (ofUnit) return { hits: ofUnit.filter((a) => inPeriod(a, q.period)), topicItems: [] };
  // "农技协下半年下乡服务了多少户": the records the department's (or unit's) people reported, of that kind. The gap
  // to a plan target ("科技馆接待离目标还差多少") is the item's, counted over every record, as below.
  const led = q.remaining ? undefined : whoAndKind(q.topic, live, ctx.teams);
  if (led) {
    const about = ofKind(q, ctx, led.kind);
    return { hits: led.records.filter((a) => inPeriod(a, q.period) && about(a)), topicItems: [] };
  }
  // "白马乡今年下乡服务了多少户": that place's records of the kind; the county-wide target is not the place's.
  const at = q.topic ? PLACE_FIRST.exec(q.topic) : null;
  if (at?.[1] && at[2] && !at[1].endsWith('下乡')) {
    const place = matchKey(at[1]);
    const about = ofKind(q, ctx, at[2]);
    const hits = live.filter((a) => inPeriod(a, q.period) && matchKey(`${a.title}${a.text}`).includes(place) && about(a));
    return { hits, topicItems: [] };
  }
  // "9月份一共发放了多少份资料": 资料 is what 份 counts, so every record with 份 is one.
  const measured = measuredBy(q, q.topic);
  if (measured) return { hits: live.filter((a) => inPeriod(a, q.period) && measured(a)), topicItems: [] };
  const found = gapOf ?? named;
  const topicKey = matchKey(q.topic ?? '');
  const inTitle = (a: Activity): boolean => matchKey(a.title).includes(topicKey) || subjectAndKind(topicKey, matchKey(a.title));
  const generic = found.length > 1 && live.some((a) => inPeriod(a, q.period) && inTitle(a));
  const topicItems = generic ? [] : found;
  const linked = new Set(topicItems.map((i) => i.id));
  const about = topicMatcher(q.topic, linked, ctx.observances);
  let hits = live.filter((a) => inPeriod(a, q.period) && (generic ? inTitle(a) : about(a)));
  // "问卷回收了多少份": records whose own title says so, not everything linked to the item.
  const unit = q.unit ?? '';
  const strong = (a: Activity): boolean => matchKey(a.title).includes(topicKey) || (topicKey.length >= 4 && fuzzyScore(q.topic ?? '', a.title) >= 0.6);
  const counted = (a: Activity): boolean => (q.measure === 'metric' ? a.metrics[unit] !== undefined : a.headcount !== null);
  const titled = q.topic && q.measure === 'metric' ? hits.filter((a) => strong(a) && counted(a)) : [];
  if (titled.length > 0) hits = titled;
  return { hits, topicItems };
}

/** "，参与660人" after a count of sessions or activities (each unit apart). */
const withPeople = (hits: readonly Activity[]): string => (peoplePhrase(hits) ? `，参与${peoplePhrase(hits)}` : '');

/** "5场；" before the count of records a sum was taken over, when they carry 场 (`every` of them, for a sum of 户 or 份). */
const withSessions = (hits: readonly Activity[], every = false): string => {
  const said = every && writtenSessions(hits).unwritten > 0 ? '' : sessionsBeside(hits);
  return said ? `${said}；` : '';
};

function headOf(q: Tally, hits: readonly Activity[], what: string): string {
  const sessions = hits.reduce((n, a) => n + sessionsOf(a), 0);
  if (q.measure === 'sessions') {
    const { written, unwritten: unmarked } = writtenSessions(hits);
    const how = unmarked === 0 ? '' : written === 0 ? '，每条按1场计' : `；另有${unmarked}条没写场次，若各按1场计共${sessions}场`;
    return `${q.label}${what}活动共${written > 0 ? written : sessions}场（${hits.length}条活动记录${how}）${withPeople(hits)}。`;
  }
  if (q.measure === 'people') {
    const people = peopleOf(hits);
    if (people.length === 0) return `${q.label}${what}活动${hits.length}条，都没有记录人数。`;
    // "我今年报的讲座一共多少人": records that carry 场 say their 场 total too.
    return `${q.label}${what}活动共覆盖群众${peoplePhrase(hits)}${people.length > 1 ? '（人与人次分开统计，不相加）' : ''}（${withSessions(hits)}${hits.length}条活动记录）。`;
  }
  if (q.measure === 'metric' && q.unit) {
    const withUnit = hits.filter((a) => a.metrics[q.unit ?? ''] !== undefined);
    const sum = withUnit.reduce((n, a) => n + (a.metrics[q.unit ?? ''] ?? 0), 0);
    const sessions = q.unit === '场' || q.unit === '场次' ? '' : withSessions(withUnit, true);
    // "几所学校，一共多少人次": the people of those records too.
    return withUnit.length > 0 ? `${q.label}${what}共${sum}${q.unit}（${sessions}${withUnit.length}条活动记录）${q.alsoPeople ? withPeople(withUnit) : ''}。` : `${q.label}${what}的活动记录共${hits.length}条（记录中没有写“${q.unit}”数，按每条1${q.unit}计为${hits.length}${q.unit}）。`;
  }
  // "我这个月报了几条": the count of records is said in 条 too.
  return `${q.label}共记录${what}活动${hits.length}次（${hits.length}条记录${sessions !== hits.length ? `，合计${sessions}场次` : ''}）${withPeople(hits)}。`;
}

/** The units a tally's measure counts in. */
const measureUnits = (q: Tally): string[] => (q.measure === 'sessions' ? ['场', '场次'] : q.measure === 'people' ? ['人', '人次'] : [q.unit ?? '']);

/** The answer to a count or sum question. */
export function answerTally(q: Tally, ctx: LogContext, live: readonly Activity[]): string {
  const { hits, topicItems } = recordsFor(q, ctx, live);
  const what = q.topic ? `“${q.topic}”相关` : '';
  const units = measureUnits(q);
  const gaps = q.remaining ? topicItems.flatMap((i) => itemProgress(i, live).filter((p) => p.goal !== null && units.includes(p.unit)).map((p) => ({ i, p }))) : [];
  if (gaps.length > 0) {
    const lines = gaps.map(({ i, p }) => `${i.path} ${p.name}：目标${p.goal}${p.unit}，已完成${p.done}${p.unit}，${p.done >= (p.goal ?? 0) ? '已达标' : `还差${(p.goal ?? 0) - p.done}${p.unit}`}${p.note ? `（${p.note}）` : ''}`);
    return [...lines, ...listActivities(hits, ctx.items)].join('\n');
  }
  if (hits.length === 0) return `${q.label}没有${what}的活动记录。可以发送“活动列表”查看已记录的活动。`;
  const split = splitForPeriod(hits, q.period);
  // "机器人编程培训是哪天办的": one record found is named with its day.
  const day = hits.length === 1 && hits[0] ? `（${Number(hits[0].date.slice(5, 7))}月${Number(hits[0].date.slice(8, 10))}日）` : '';
  const head = split.counted.length > 0 ? headOf(q, split.counted, what).replace(/。$/u, `${day}。`) : `${q.label}没有完全落在这段时间内的${what}活动记录。`;
  // "国庆以来一共接待了多少人次": a part of the year is not set against the year's target (its figure is not the answer).
  const yearToDate = q.period.start.endsWith('-01-01');
  const progress = !yearToDate || ctx.subset ? [] : topicItems.flatMap((i) => progressLines(i, live.filter((a) => a.date <= q.period.end)).map((p) => `${i.path} ${p}`));
  return [head, ...splitSummary(split, q.label), ...listActivities(hits, ctx.items, true, splitNotes(split, q.label)), ...(progress.length > 0 ? ['对照年度目标：', ...progress.map((p) => `• ${p}`)] : [])].join('\n');
}
