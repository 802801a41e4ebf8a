// The periods a question names: one looked back on (上周, 三月份, 今年) and a near one to plan for (明天, 这几天).
import { addDays, partsOf, quarterRange, weekRange, ymd, type CivilDate, type DateRange } from '../dates/civil-date.js';
import { periodInWords } from './period-words.js';
import { periodOf } from './understand-question.js';

export type Period = { period: DateRange; label: string };

/** A period in the past a question looks back on (上周, 昨天, 三月份, 今年, last week); undefined when none is named. */
export function pastPeriodOf(text: string, today: CivilDate): Period | undefined {
  const { year, month } = partsOf(today);
  const week = weekRange(today);
  const words = periodInWords(text, today);
  if (words) return { period: words.period, label: words.label };
  if (/上上周|上上个?星期/u.test(text)) {
    const w = weekRange(addDays(today, -14));
    return { period: w, label: `上上周（${w.start}至${w.end}）` };
  }
  if (/上周|上个?星期|上礼拜|last week|previous week/u.test(text)) {
    const w = weekRange(addDays(today, -7));
    return { period: w, label: `上周（${w.start}至${w.end}）` };
  }
  if (/本周|这周|这个?星期|这礼拜|this week/u.test(text)) return { period: { start: week.start, end: today }, label: `本周（${week.start}至${today}）` };
  if (/前天|day before yesterday/u.test(text)) return { period: { start: addDays(today, -2), end: addDays(today, -2) }, label: `前天（${addDays(today, -2)}）` };
  if (/昨天|昨日|yesterday/u.test(text)) return { period: { start: addDays(today, -1), end: addDays(today, -1) }, label: `昨天（${addDays(today, -1)}）` };
  if (/今天|今日|today/u.test(text)) return { period: { start: today, end: today }, label: `今天（${today}）` };
  if (/去年|last year/u.test(text)) return { period: { start: ymd(year - 1, 1, 1), end: ymd(year - 1, 12, 31) }, label: `${year - 1}年` };
  if (/上个?季度|last quarter/u.test(text)) {
    const q = Math.ceil(month / 3);
    const y = q === 1 ? year - 1 : year;
    const n = q === 1 ? 4 : q - 1;
    return { period: quarterRange(y, n), label: `${y}年第${n}季度` };
  }
  if (/最近|近期|recently|lately/u.test(text)) return { period: { start: addDays(today, -29), end: today }, label: `最近30天（${addDays(today, -29)}至${today}）` };
  const named = periodOf(text, today, year, month);
  if (named) {
    // A month or quarter later than today, asked about as done, is last year's; one said as the next ("下个月",
    // "下季度") is the one ahead, whatever is asked of it.
    if (named.period.start > today && !/明年|next|下个?月|下个?季度|下(?:个)?(?:周|星期|礼拜)/u.test(text)) {
      const lastYear = periodOf(text, ymd(year - 1, month, partsOf(today).day), year - 1, month);
      if (lastYear) return lastYear;
    }
    return { period: { start: named.period.start, end: named.period.end }, label: named.label };
  }
  if (/今年|本年|全年|年初以来|至今|到目前|this year|so far|to date/u.test(text)) return { period: { start: ymd(year, 1, 1), end: today }, label: `${year}年以来（截至${today}）` };
  return undefined;
}

/** A near period to plan for (今天, 明天, 这两天, 这几天, 本周, 下周…). */
export function agendaPeriodOf(text: string, today: CivilDate): Period | undefined {
  const { year, month } = partsOf(today);
  const words = periodInWords(text, today);
  if (words) return { period: words.period, label: words.label };
  if (/明天|明日|tomorrow/u.test(text)) return { period: { start: addDays(today, 1), end: addDays(today, 1) }, label: `明天（${addDays(today, 1)}）` };
  if (/这两天|近两天|两天内|next two days|next couple/u.test(text)) return { period: { start: today, end: addDays(today, 1) }, label: `这两天（${today}至${addDays(today, 1)}）` };
  if (/这几天|近几天|最近|近期|coming days|next few days/u.test(text)) return { period: { start: today, end: addDays(today, 6) }, label: `近几天（${today}至${addDays(today, 6)}）` };
  if (/今天|今日|today/u.test(text)) return { period: { start: today, end: today }, label: `今天（${today}）` };
  return periodOf(text, today, year, month);
}
