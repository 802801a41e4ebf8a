// Days read from a named observance ("国际减灾日当天", "全国科技活动周期间", "学雷锋日…") when the message writes no other date.
import { daysBetween, partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { findObservances, observanceRange, type Observance } from '../plans/observances.js';
import type { DateHit } from './message-dates.js';

/** Words after an observance's name that put the event around its day, not on it. */
const AROUND = /^\s*(?:前后|左右|上下|前夕|那几天|这几天|那阵子?|那段时间)/u;

/** Adds to `hits` the days of the observances the text names, read as days already past. */
export function addObservanceHits(text: string, today: CivilDate, observances: readonly Observance[], hits: DateHit[]): void {
  const said = /(当天|那天|当日|那日|\bon\b)/u.exec(text);
  const named = said ? findObservances(text, observances).find((o) => o.observance.day !== undefined && o.index < said.index + 4) : undefined;
  // "全国科技活动周期间共开展…": a report over the observance's window.
  const during = /(期间|以来)/u.exec(text);
  const windowed = during && /(共|累计|总共|合计|一共)/u.test(text) ? findObservances(text, observances).find((o) => o.observance.day === undefined && o.index < during.index) : undefined;
  if (windowed && during) {
    const { year } = partsOf(today);
    const range = observanceRange(windowed.observance, year);
    if (range.start <= today) hits.push({ index: during.index, length: during[0].length, date: range.start, end: range.end < today ? range.end : today, source: 'explicit', future: false });
  }
  // "学雷锋日志愿服务接龙…" sent days after it: the observance's day, when it was within the month.
  const recentDay = !said ? findObservances(text, observances).find((o) => o.observance.day !== undefined) : undefined;
  if (recentDay && hits.every((h) => h.future)) {
    const { year } = partsOf(today);
    const here = ymd(year, recentDay.observance.month, recentDay.observance.day ?? 1);
    const day = here > today ? ymd(year - 1, recentDay.observance.month, recentDay.observance.day ?? 1) : here;
    // "国际减灾日前后…", "科技工作者日前夕": around the day, not the day; which day is asked.
    const around = AROUND.exec(text.slice(recentDay.index + recentDay.written.length));
    const doubt = around ? `“${recentDay.written}${around[0].trim()}”是哪一天？请回复日期，例如“${recentDay.observance.month}月${recentDay.observance.day ?? 1}日”。` : undefined;
    if (daysBetween(day, today) <= 31) hits.push({ index: recentDay.index, length: recentDay.observance.name.length, date: day, end: null, source: 'explicit', future: false, ...(doubt ? { doubt } : {}) });
  }
  if (said && named && hits.length === 0) {
    const { year } = partsOf(today);
    const day = ymd(year, named.observance.month, named.observance.day ?? 1);
    const date = day > today ? ymd(year - 1, named.observance.month, named.observance.day ?? 1) : day;
    hits.push({ index: said.index, length: said[0].length, date, end: null, source: 'explicit', future: false });
  }
}
