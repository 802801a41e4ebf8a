// Days written out in numbers: 2026年5月17日, 5月17日至23日, 本月5日至7日, 11.6, 6/11, 1-6月.
import { daysBetween, lastDayOfMonth, partsOf, ymd } from '../dates/civil-date.js';
import { M, D, num } from './date-patterns.js';
import type { DateScan } from './date-scan.js';

/** Days and spans written in numbers. */
export function scanWrittenDays(scan: DateScan): void {
  const { text, today, year, month, push, md, slashDay, monthOf } = scan;
  // "6月16、17两天", "六月十六十七两天", "八月三号四号两天": two days in a row, named as such, are a span.
  for (const m of text.matchAll(new RegExp(`${M}\\s*月\\s*${D}\\s*[日号]?\\s*[、,，和与及]?\\s*${D}\\s*[日号]?\\s*(?:这|那)?\\s*(?:两|二|2)\\s*天`, 'gu'))) {
    const a = md(num(m[1]), num(m[2]));
    if (!a || num(m[3]) !== num(m[2]) + 1) continue;
    push(m, a, ymd(partsOf(a).year, num(m[1]), num(m[3])), 'explicit');
  }
  // "5月18、19、20三天", "9月3日、4日、5日、6日四天": a run of days in a row under one month, counted as such, is a span.
  for (const m of text.matchAll(new RegExp(`${M}\\s*月\\s*(\\d{1,2}(?:\\s*[日号]?\\s*[、,，]\\s*\\d{1,2}){2,6})\\s*[日号]?\\s*(?:这|那)?\\s*([三四五六七3-7])\\s*天`, 'gu'))) {
    const days = (m[2] ?? '').split(/\D+/u).filter(Boolean).map(Number);
    const a = md(num(m[1]), days[0]!);
    if (!a || days.length !== num(m[3]) || days.some((d, i) => i > 0 && d !== days[i - 1]! + 1)) continue;
    push(m, a, ymd(partsOf(a).year, num(m[1]), days[days.length - 1]!), 'explicit');
  }
  // 1-6月, 7至9月, 2026年1-6月, 今年1-12月: months of this year (or last, when still to come), or of the year written.
  for (const m of text.matchAll(/(?<![\d.年])(?:(\d{4})\s*年\s*|(今年|去年)\s*)?(1[0-2]|[1-9])\s*(?:-|—|~|～|至|到)\s*(1[0-2]|[1-9])\s*月(?!\s*\d{1,2}\s*[日号])/gu)) {
    const a = Number(m[3]);
    const b = Number(m[4]);
    if (b < a) continue;
    const y = m[1] ? Number(m[1]) : m[2] === '今年' ? year : m[2] === '去年' ? year - 1 : ymd(year, a, 1) > today ? year - 1 : year;
    push(m, ymd(y, a, 1), ymd(y, b, lastDayOfMonth(y, b)), 'explicit');
  }
  // 3月至5月, 7月到12月: whole months (not "5月17日至23日", which names days).
  for (const m of text.matchAll(/(?<![\d.年])(1[0-2]|[1-9])\s*月份?\s*(?:-|—|~|～|至|到)\s*(1[0-2]|[1-9])\s*月份?(?!\s*\d{1,2}\s*[日号])/gu)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < a) continue;
    const y = ymd(year, a, 1) > today ? year - 1 : year;
    push(m, ymd(y, a, 1), ymd(y, b, lastDayOfMonth(y, b)), 'explicit');
  }
  for (const m of text.matchAll(/(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/gu)) {
    push(m, md(Number(m[2]), Number(m[3]), Number(m[1])), null, 'explicit');
  }
  // "530那天", "1012当天": a month and day written as one number, named as a day by what follows; only a recent day.
  for (const m of text.matchAll(/(?<![\d.\/年月-])([1-9]|1[0-2])([0-3]\d)(?=\s*(?:那天|当天|这天|那日|当日))/gu)) {
    const date = md(Number(m[1]), Number(m[2]));
    if (date && date <= today && daysBetween(date, today) <= 60) push(m, date, null, 'explicit');
  }
  // 本月5日至7日, 5号到7号, 19-21号: days of one month (the first may go without its 号; "3-5号楼" is rooms).
  for (const m of text.matchAll(/(?:(上个?月|本月|这个月)|(?<![\d月.\/-]))(\d{1,2})([日号]?)\s*(?:至|到|-|—|~|～)\s*(\d{1,2})[日号](?![楼床码院门窗厅房室柜箱线栋幢])/gu)) {
    if (!m[3] && Number(m[4]) <= Number(m[2])) continue;
    const back = m[1]?.startsWith('上') ? 1 : 0;
    const first = ymd(month - back < 1 ? year - 1 : year, month - back < 1 ? 12 : month - back, 1);
    const p = partsOf(first);
    const a = Number(m[2]);
    const b = Number(m[4]);
    const ok = (d: number): boolean => d >= 1 && d <= lastDayOfMonth(p.year, p.month);
    push(m, ok(a) ? ymd(p.year, p.month, a) : undefined, ok(b) ? ymd(p.year, p.month, b) : 'bad', 'explicit');
  }
  // 5月17日至23日, 5月17日-6月2日, 4月24日（周五）到26日（周日）: a period (a weekday in brackets only annotates its day).
  for (const m of text.matchAll(new RegExp(`${M}月${D}[日号]?(?:\\s*[（(]\\s*(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]\\s*[)）])?\\s*(?:至|到|-|—|~|～)\\s*(?:${M}月)?${D}[日号]`, 'gu'))) {
    const a = md(num(m[1]), num(m[2]));
    const endMonth = m[3] ? num(m[3]) : num(m[1]);
    const b = a ? (() => { const d = num(m[4]); const y = partsOf(a).year + (endMonth < num(m[1]) ? 1 : 0); return endMonth >= 1 && endMonth <= 12 && d >= 1 && d <= lastDayOfMonth(y, endMonth) ? ymd(y, endMonth, d) : undefined; })() : undefined;
    push(m, a, b ?? 'bad', 'explicit');
  }
  for (const m of text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*[日号])/gu)) {
    const [s, e] = monthOf(Number(m[2]), Number(m[1]));
    push(m, s, e, 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\d十]|\\d年)${M}\\s*月\\s*${D}\\s*[日号]`, 'gu'))) push(m, md(num(m[1]), num(m[2])), null, 'explicit');
  // "11月6" at the end of a phrase (no 日).
  for (const m of text.matchAll(/(?<![\d年.])(\d{1,2})月(\d{1,2})(?=[\s,，。;；]|$)/gu)) push(m, md(Number(m[1]), Number(m[2])), null, 'explicit');
  // Not "清运垃圾1.2吨", "2.5亩": a decimal before its unit of weight, area, length or money.
  for (const m of text.matchAll(/(?<![\d./])(?<!\d,)(1[0-2]|0?[1-9])[./·](3[01]|[12]\d|0?[1-9])(?![\d.%万千/]|\s?[kw](?![a-z])|\s?(?:吨|噸|公斤|千克|斤|亩|畝|公里|米|元|升|小时|倍))/gu)) push(m, slashDay(m), null, 'explicit');
  // 6-11 (not "3-5号", days of this month, nor "6-8人").
  for (const m of text.matchAll(/(?<![\d.,/-])(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?!\s+(?:岁|周岁))(?=\s|$|[,，]|[\p{Script=Han}](?<![人名位场次份册块件个家期篇条户项所年岁级班届号日]))/gu)) push(m, md(Number(m[1]), Number(m[2])), null, 'explicit');
}
