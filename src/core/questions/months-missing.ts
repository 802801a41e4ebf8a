// Which months a piece of monthly work has no record in ("下乡每月都要搞，今年哪几个月漏了"): reading and answering.
import type { Activity } from '../activities/activity-schema.js';
import { partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import type { Observance } from '../plans/observances.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { findItemsByTopic } from './find-items.js';
import { endOf, topicMatcher } from './log-lines.js';
import { pastPeriodOf } from './past-period.js';
import type { Question } from './question.js';
import { PERIOD_WORDS } from './question-topic.js';

type MonthsMissing = Extract<Question, { intent: 'months_missing' }>;

/** "哪几个月没搞", "哪些月份漏了", "漏了哪个月", "which months are missing". */
/** "是不是每个月都搞了", "每个月都有吗": whether every month has one asks the same, answered by the months with none. */
const ASKS = /(?:是不是|是否|有没有)\s*每个?月份?都(?:有|搞|办|开展|做|去|组织|报|下)(?:了|过)?|每个?月份?都(?:有|搞|办|开展|做|去|组织|报|下)(?:了|过)?(?:吗|么|没有?|嘛)|哪(?:几|些)?个?月份?.{0,6}?(?:没|未|漏|缺|空|断|missing|missed|skipped)|(?:漏|缺|空|落下|断)(?:了|掉了?)?(?:哪|几)(?:几|些)?个?月|which months?\b.{0,40}(?:missing|missed|skipped|\bno\b|without)/u;
/** What the plan says, restated before the question ("plan上说每个月都要搞", "计划里要求每月一次"). */
const PLAN_SAYS = /(?:计划|plan|方案|要点|文件)\s*(?:上|里|中)?\s*(?:说|写|要求|规定|明确)?(?:了|的)?|要求|规定/gu;
const EVERY_MONTH = /每个?月(?:份)?(?:都|均)?(?:要|得|需要|必须|应该|应)?(?:搞|办|开展|做|组织|去|下乡|报)?(?:一次|一回|一场)?/gu;
const FILLER = /有|的|事儿|事情|都|是|了|那个|这个|今年|[?？!！。\s]/gu;

const clean = (part: string): string => part.replace(PLAN_SAYS, ' ').replace(EVERY_MONTH, ' ').replace(PERIOD_WORDS, ' ').replace(FILLER, '').trim();

/** The months-missing question in a text, or undefined; this year up to today unless a period is named. */
export function monthsMissingOf(text: string, today: CivilDate): MonthsMissing | undefined {
  const m = ASKS.exec(text);
  if (!m) return undefined;
  const before = text.slice(0, m.index).split(/[，,；;。]/u).map(clean).find((p) => p.length >= 2);
  const after = clean(text.slice(m.index + m[0].length).replace(/^(?:搞|办|开展|做|记录|报)/u, ''));
  const topic = before ?? (after.length >= 2 ? after : undefined);
  if (!topic) return undefined;
  const year = partsOf(today).year;
  const named = pastPeriodOf(text, today);
  const period = named ? { start: named.period.start, end: named.period.end > today ? today : named.period.end } : { start: ymd(year, 1, 1), end: today };
  return { intent: 'months_missing', topic: topic.slice(0, 60), period, label: named?.label ?? `${year}年` };
}

/** Each month (YYYY-MM) from the start of a period to its end. */
function monthsOf(start: CivilDate, end: CivilDate): string[] {
  const out: string[] = [];
  let { year, month } = partsOf(start);
  const last = end.slice(0, 7);
  for (let k = 0; k < 60; k++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    out.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out;
}

/** The months a record spans (its date to its end). */
const monthsOfRecord = (a: Activity): string[] => monthsOf(a.date, endOf(a));

const monthWord = (key: string): string => `${Number(key.slice(5, 7))}月`;

/** True when an item's deadlines or words make it monthly work. */
const monthly = (i: PlanItem): boolean => i.due.some((d) => /每个?月|逐月|按月/u.test(d.text)) || /每个?月|逐月|按月/u.test(`${i.title}${i.text}`);

/** The answer: the months of the period with no record of the item (or the records the topic names). */
export function answerMonthsMissing(q: MonthsMissing, items: readonly PlanItem[], live: readonly Activity[], today: CivilDate, observances: readonly Observance[]): { answer: string; items: PlanItem[] } {
  const found = findItemsByTopic(items, q.topic, observances);
  const item = found.find(monthly) ?? found[0];
  const about = item ? (a: Activity) => a.itemId === item.id : topicMatcher(q.topic, new Set(), observances);
  const records = live.filter((a) => !a.undone && a.date <= q.period.end && q.period.start <= endOf(a) && about(a));
  const what = item ? `${item.path} ${item.title}` : `“${q.topic}”`;
  if (!item && records.length === 0) return { answer: `没有找到与“${q.topic}”有关的任务或活动记录。可以换个说法，或写任务编号（如 三/2）。`, items: [] };
  const months = monthsOf(q.period.start, q.period.end);
  const current = today.slice(0, 7);
  const counted = new Map<string, number>();
  for (const a of records) for (const k of monthsOfRecord(a)) counted.set(k, (counted.get(k) ?? 0) + 1);
  const closed = months.filter((k) => k < current);
  const missing = closed.filter((k) => !counted.has(k));
  const span = closed.length > 0 ? `${partsOf(q.period.start).year}年${monthWord(closed[0] ?? '')}${closed.length > 1 ? `至${monthWord(closed[closed.length - 1] ?? '')}` : ''}` : q.label;
  const head =
    closed.length === 0
      ? `${what}：${q.label}还没有过完的月份。`
      : missing.length === 0
        ? `${what}：${span}每个月都有活动记录。`
        : `${what}：${span}中，${missing.map(monthWord).join('、')}没有活动记录（共${missing.length}个月）；其余${closed.length - missing.length}个月都有。`;
  const now = months.includes(current) ? (counted.has(current) ? `本月（${monthWord(current)}）已有${counted.get(current)}条记录。` : `本月（${monthWord(current)}）还没有记录，本月尚未结束。`) : '';
  const byMonth = months.filter((k) => counted.has(k)).map((k) => `${monthWord(k)}${counted.get(k)}条`);
  const lines = [head, ...(now ? [now] : []), ...(byMonth.length > 0 ? [`各月记录：${byMonth.join('、')}。`] : [])];
  // A record of the same work filed under another item is not counted, but is named so the gap can be checked.
  if (item) {
    const key = matchKey(q.topic);
    const elsewhere = live.filter((a) => !a.undone && a.itemId !== item.id && missing.some((k) => monthsOfRecord(a).includes(k)) && key.length >= 2 && matchKey(a.title).includes(matchKey(key.slice(-2))));
    if (elsewhere.length > 0) lines.push(`另有${elsewhere.length}条同类记录关联在其他任务上，未计入：${elsewhere.map((a) => `${a.date} ${a.title}`).join('；')}。`);
  }
  return { answer: lines.join('\n'), items: item ? [item] : [] };
}
