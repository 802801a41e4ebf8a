// Whole periods (10月份, 上个月, 本月…共, 本季度, 本周, 全年) and dates written in English ("Nov 6", "Oct 1-7").
import { addDays, lastDayOfMonth, partsOf, weekdayOf, ymd } from '../dates/civil-date.js';
import { D, DAY_END, EN_MONTHS, M, PERIOD_AFTER, WEEKDAYS, num, lastWeekday } from './date-patterns.js';
import type { DateScan } from './date-scan.js';

/** A line opening on a month as its heading ("7月份接待情况：", "八月工作小结 "): the month a later 本月 means. */
const MONTH_HEADING = /^\s*[^\n，,。；;]{0,10}?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?![\d一二三四五六七八九十初底末号日]|[上中下]旬)[^\n，,。；;]{0,12}(?:[:：]\s*|\s+)$/u;

/** Whether the line of `at`, before it, or the line above when nothing is before it, is a month heading. */
function underMonthHeading(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  if (before.trim() !== '' || lineStart === 0) return MONTH_HEADING.test(before);
  return MONTH_HEADING.test(`${text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1)} `);
}

/** Months, quarters, weeks and years read as a whole. */
export function scanPeriods(scan: DateScan): void {
  const { text, today, year, month, push, dayOnly, monthOf } = scan;
  // A whole month: 10月份共开展…, 上个月…
  for (const m of text.matchAll(new RegExp(`(?<![\\d十]|\\d年)${M}\\s*月份?${PERIOD_AFTER}`, 'gu'))) {
    const [s, e] = monthOf(num(m[1]));
    // "7月份每周六一期，共4期": from the month's first such weekday to its last.
    const weekly = /^\s*份?\s*每(?:周|星期|礼拜)([一二三四五六日天])/u.exec(text.slice((m.index ?? 0) + m[0].length));
    if (weekly && s && e) {
      const want = WEEKDAYS[weekly[1] ?? ''] ?? 0;
      let first = s;
      while (weekdayOf(first) !== want) first = addDays(first, 1);
      let last = e;
      while (weekdayOf(last) !== want) last = addDays(last, -1);
      push(m, first, last, 'explicit');
      continue;
    }
    push(m, s, e, 'explicit');
  }
  // "11月线下听友会 summary：一共办了 4 场": a month opening the message, its heading run on to a total after a colon.
  for (const m of text.matchAll(new RegExp(`^\\s*${M}\\s*月(?![份\\d一二三四五六七八九十初底末上中下旬])(?=[^。！!？?\\n,，:：]{0,16}[:：]\\s*(?:一共|累计|共计|合计|总共|共(?![同享建创])))`, 'gu'))) {
    const [s, e] = monthOf(num(m[1]));
    push(m, s, e, 'explicit');
  }
  // "九月科普月我们社区一共搞了6场": a month named at the head of a total for it.
  for (const m of text.matchAll(new RegExp(`(?<![\\d十]|\\d年)${M}\\s*月(?![份\\d一二三四五六七八九十初底末上中下旬])(?=[^。！!？?\\n,，]{0,12}(?:一共|累计|共计|合计|总共|汇总|共(?![同享建创])))`, 'gu'))) {
    const [s, e] = monthOf(num(m[1]));
    push(m, s, e, 'explicit');
  }
  // "6月安全生产月工作小结：…": a month named at the head of its summary is the whole month.
  for (const m of text.matchAll(new RegExp(`(?:^|\\n)\\s*(?:【)?${M}\\s*月(?![份\\d一二三四五六七八九十初底末上中下旬])(?=[^。！!？?\\n,，:：]{0,12}(?:小结|总结|汇总|月报|统计|情况))`, 'gu'))) {
    const [s, e] = monthOf(num(m[1]));
    push(m, s, e, 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`(上个?月|上月份|本月|这个月|当月)${D}[日号]`, 'gu'))) {
    const back = m[1]?.startsWith('上') ? 1 : 0;
    const first = ymd(month - back < 1 ? year - 1 : year, month - back < 1 ? 12 : month - back, 1);
    const p = partsOf(first);
    const d = num(m[2]);
    push(m, d >= 1 && d <= lastDayOfMonth(p.year, p.month) ? ymd(p.year, p.month, d) : undefined, null, 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\d月第周期拜哪])${D}号(?!人(?!民))${DAY_END}`, 'gu'))) {
    const d = num(m[1]);
    push(m, d >= 1 && d <= 31 ? dayOnly(d, m) : undefined, null, 'explicit');
  }
  // Not "忘了是哪一日", "哪一号": the day asked after, none named.
  for (const m of text.matchAll(new RegExp(`(?<![\\d月第近前后周期拜哪])${D}日${DAY_END}`, 'gu'))) {
    const d = num(m[1]);
    push(m, d >= 1 && d <= 31 ? dayOnly(d, m) : undefined, null, 'explicit');
  }
  for (const m of text.matchAll(/上个?月|上月/gu)) {
    const first = ymd(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, 1);
    const p = partsOf(first);
    push(m, first, ymd(p.year, p.month, lastDayOfMonth(p.year, p.month)), 'relative');
  }
  // 本月…共…: the month, when a total for it follows in the sentence.
  // "7月份接待情况：本月共接待…" sent on 1 August: the month its heading names, already read.
  for (const m of text.matchAll(/(?:本月|这个月|当月)(?![\d一二三四五六七八九十初底末]|[上中下](?:旬|半月|个月))(?=[^。！!？?\n]{0,30}(?:以来|共|累计|总共|合计|一共|先后|陆续|加起来|算下来|合起来))/gu)) {
    if (underMonthHeading(text, m.index ?? 0)) continue;
    push(m, ymd(year, month, 1), ymd(year, month, lastDayOfMonth(year, month)), 'relative');
  }
  // 本季度…共…: the quarter, when a total for it follows.
  for (const m of text.matchAll(/(?:本季度|这个季度|本季)(?=[^。！!？?\n]{0,30}(?:以来|共|累计|总共|合计|一共|先后|陆续))/gu)) {
    const q = Math.ceil(month / 3);
    push(m, ymd(year, q * 3 - 2, 1), ymd(year, q * 3, lastDayOfMonth(year, q * 3)), 'relative');
  }
  // 本周 (no day after it): the week, Monday to Sunday.
  // On a Monday this week has not yet happened: beside last week ("上周…结束了。这周主题是…") it is that week.
  const lastWeekToo = weekdayOf(today) === 1 && /上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七])|\blast week\b/u.test(text);
  for (const m of text.matchAll(/(?:本周|这周|这一周|本星期|这个星期)(?![一二三四五六日天末边围])/gu)) {
    if (lastWeekToo) continue;
    const monday = lastWeekday(today, 1, false);
    push(m, monday, addDays(monday, 6), 'relative');
  }
  // 2026年全年, 今年全年, 全年共…, 2025年度…共: the whole year.
  for (const m of text.matchAll(/(?:(\d{4})\s*年|今年|去年)全年|全年(?!级)(?=[^。！!？?\n,，]{0,12}(?:共|累计|合计|总共|一共))|(\d{4})\s*年(?:\s*以来|(?=\s*(?:共计|累计|共|一年)))|今年\s*以来|(\d{4})\s*年度(?!\s*(?:工作|科普|学术)?(?:部署|总结|表彰|考核|工作会|会议|大会|年会|计划|要点|方案|报告))(?=[^。！!？?\n]{0,30}(?:共|累计|合计|总共|一共))/gu)) {
    // "2026年县科技馆全年累计…": a year written a few words before a bare 全年 is its year.
    const before = /^全年/u.test(m[0]) ? /(\d{4})\s*年[^\d。！!？?\n,，年]{1,12}$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))?.[1] : undefined;
    const y = m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : before ? Number(before) : m[0].startsWith('去年') ? year - 1 : year;
    // 2025年以来: from that year up to today.
    push(m, ymd(y, 1, 1), /以来$/u.test(m[0]) && y < year ? today : ymd(y, 12, 31), 'explicit');
  }
}

/**
 * "Oct 1-7", "July 6 – 7": a span of days after an English month name. Read before the numeric dates, whose
 * "6-7" (June 7) would otherwise take the days written after the month.
 */
export function scanEnglishSpans(scan: DateScan): void {
  const { text, push, md } = scan;
  // The month written whole or cut short, never a word that starts like one ("junior 1-3", "market 3-4").
  const mon = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  for (const m of text.matchAll(new RegExp(`\\b${mon}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*[-–~至到]\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.:/-])`, 'gu'))) {
    const month = EN_MONTHS.indexOf((m[1] ?? '').slice(0, 3)) + 1;
    const from = md(month, Number(m[2]));
    const to = md(month, Number(m[3]));
    // "Aug 19 – 64 attendees": a number after the dash that is no later day of the month is not the span's end.
    if (from && to && to > from) push(m, from, to, 'explicit');
  }
}

/** "Nov 6", "6 Nov", "on the 6th". */
export function scanEnglishDates(scan: DateScan): void {
  const { text, month, push, md, dayOnly } = scan;
  // English: "Nov 6", "November 6th", "6 Nov", "on the 6th".
  const mon = `(${EN_MONTHS.join('|')})[a-z]*\\.?`;
  for (const m of text.matchAll(new RegExp(`\\b${mon}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gu'))) push(m, md(EN_MONTHS.indexOf(m[1] ?? '') + 1, Number(m[2])), null, 'explicit');
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${mon}\\b`, 'gu'))) push(m, md(EN_MONTHS.indexOf(m[2] ?? '') + 1, Number(m[1])), null, 'explicit');
  // "July summary: …一共 4 场", "Oct recap": an English month heading a summary or a total, no day after it, is the whole month.
  // Only as a heading: the month opens a line, or summary/recap/小结 follows it; "昨天 Jun 老师带队…一共50人" is a name.
  const monthWord = `(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember|ober|ember)?\\.?\\b(?!\\s*\\d)(?<!\\bmay)`;
  const headed = new Set<number>();
  for (const re of [
    new RegExp(`(?<=^|\\n)[^\\S\\n]*\\b${monthWord}(?=\\s*(?:summary|recap|wrap-?up|report|总结|小结|汇总|[^。！!？?\\n]{0,40}(?:一共|累计|共计|合计|总共)))`, 'gu'),
    new RegExp(`\\b${monthWord}(?=\\s*(?:summary|recap|wrap-?up|report|总结|小结|汇总))`, 'gu'),
  ]) {
    for (const m of text.matchAll(re)) {
      if (headed.has(m.index ?? 0)) continue;
      headed.add(m.index ?? 0);
      const [s, e] = scan.monthOf(EN_MONTHS.indexOf(m[1] ?? '') + 1);
      push(m, s, e, 'explicit');
    }
  }
  for (const m of text.matchAll(/\bon the (\d{1,2})(?:st|nd|rd|th)\b/gu)) {
    push(m, dayOnly(Number(m[1]), m), null, 'explicit');
  }

}
