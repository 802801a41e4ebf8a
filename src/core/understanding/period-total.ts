// A figure gathered over a period and handed on today: "第二季度职工建言献策我们收上来9条，…今天已发给办公室",
// "这个月我们分头跑了一遍，…问卷今天算是收齐了，统计下来收回有效问卷531份". The day of sending or of the last
// copy is not the day the figure happened: the record covers the period the message names. One pass, linear.
import { lastDayOfMonth, partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import type { DateHit } from './message-dates.js';
import type { Figure } from './message-figures.js';

/** Today as a day of handing on or of finishing a collection, not of an event. */
const TODAY = /^(?:今天|今日)$/u;
const HANDED_ON = /(?:收齐|收全|发给|发到|发往|报送|上报|报给|报到|送到|送交|送给|交给|交到|交上|提交|汇总|统计完)/u;
/** The period the figure was gathered over, named on its own (a total word is not needed). */
const PERIOD = /(?:这个?月|本月|当月)(?![\d一二三四五六七八九十初底末上中下份])|(?:第)?([一二三四1-4])季度|(本|这个)季度|(上|下)半年/u;
/** "报了3条", "提交了5份": the count of what was handed in. */
const SUBMITTED = /(?:报了|报送了|上报了|提交了|交了|报上去)\s*$/u;
const CLAUSE_END = /[,，:：。！!？?；;\n]/u;

/** The clause around position `i`: [start, end). */
function clauseAround(text: string, i: number): [number, number] {
  let start = i;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] ?? '')) start--;
  let end = i;
  while (end < text.length && !CLAUSE_END.test(text[end] ?? '')) end++;
  return [start, end];
}

/** The first and last day of the period `m` names, as of `today` (a period not yet begun is last year's). */
function periodDays(m: RegExpExecArray, today: CivilDate): [CivilDate, CivilDate] {
  const { year, month } = partsOf(today);
  const months = (from: number, to: number): [CivilDate, CivilDate] => {
    const y = ymd(year, from, 1) > today ? year - 1 : year;
    return [ymd(y, from, 1), ymd(y, to, lastDayOfMonth(y, to))];
  };
  if (m[1]) {
    const q = '一二三四'.includes(m[1]) ? '一二三四'.indexOf(m[1]) + 1 : Number(m[1]);
    return months(q * 3 - 2, q * 3);
  }
  if (m[2]) {
    const q = Math.ceil(month / 3);
    return months(q * 3 - 2, q * 3);
  }
  if (m[3]) return m[3] === '上' ? months(1, 6) : months(7, 12);
  return months(month, month);
}

/**
 * The hits with a lone "今天" of handing on replaced by the period the message names, when the figures are not
 * in today's clause ("今天向市科协报送了一季度建言献策信息3条" is today's act, and stays today's). A period still
 * running ends today, as 本季度 does elsewhere; this month stays whole, as offices report it.
 */
export function periodOverSendDay(hits: DateHit[], text: string, figures: readonly Figure[], today: CivilDate): DateHit[] {
  const past = hits.filter((h) => !h.future);
  const day = past.length === 1 ? past[0]! : undefined;
  if (!day || day.end !== null || day.date !== today || !TODAY.test(text.slice(day.index, day.index + day.length))) return hits;
  const [start, end] = clauseAround(text, day.index);
  if (!HANDED_ON.test(text.slice(day.index + day.length, end))) return hits;
  if (figures.length === 0 || figures.some((f) => f.index >= start && f.index < end)) return hits;
  // "二季度建言献策信息我们报了3条…今天上午已经发到办公室邮箱了": what the writer handed in themselves is counted by
  // the handing in, today's act; what was gathered from others ("收上来9条") is the period's.
  if (figures.some((f) => SUBMITTED.test(text.slice(Math.max(0, f.index - 6), f.index)))) return hits;
  const m = PERIOD.exec(text);
  if (!m || (m.index >= start && m.index < end)) return hits;
  const [from, to] = periodDays(m, today);
  const { year, month } = partsOf(today);
  const thisMonth = to <= ymd(year, month, lastDayOfMonth(year, month));
  const period: DateHit = { index: m.index, length: m[0].length, date: from, end: to > today && !thisMonth ? today : to, source: 'relative', future: false };
  return hits.map((h) => (h === day ? period : h)).sort((a, b) => a.index - b.index);
}
