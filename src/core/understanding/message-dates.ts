// Reads the date of an activity report: 5月17日, 11.6, 上周四, 大前天, 本月3号, "Nov 6", and whole
// periods (10月份, 上个月, 5月17日至23日). Every pattern has bounded alternatives: linear time.
import { daysBetween, ymd, lastDayOfMonth, type CivilDate } from '../dates/civil-date.js';
import { weekdaysOfHeading } from './date-context.js';
import { num } from './date-patterns.js';
import { startScan } from './date-scan.js';
import { scanWrittenDays } from './dates-written.js';
import { scanEnglishDates, scanEnglishSpans, scanPeriods } from './dates-periods.js';
import { scanMonthSpans, scanWeekDays } from './dates-weeks.js';

export { lastWeekday } from './date-patterns.js';

/** A date found in a message, with the span it was written in. */
export interface DateHit {
  index: number;
  length: number;
  date: CivilDate;
  /** The last day of a period report ("10月份共…"), else null. */
  end: CivilDate | null;
  source: 'explicit' | 'relative';
  /** Written as a time to come: 明天, 下周三. */
  future: boolean;
  /** A loose date (寒假期间) the author must confirm: the question to ask. */
  doubt?: string;
  /** Written as a name (中秋节, 开学到现在, 月底) rather than as numbers. */
  named?: boolean;
}

export interface DateReading {
  hits: DateHit[];
  /** Dates as written that do not exist (2月30日, 13月5日). */
  impossible: string[];
}

/** The figures said to be a whole year's: "这一年我们一共…", "全年新建…", "一年下来…". */
const WHOLE_YEAR = /这一年|全年(?!级)|一年来|一年下来|一整年|整年/u;

/** The dates written in a normalised, lower-cased message sent on `today`. */
/** A plan right after a period ("下半年计划…", "三季度拟…"). */
const PLANNED_AFTER = /^\s*(?:还|再|将|要)?\s*(?:计划|拟|力争|打算|准备|争取)/u;

export function findMessageDates(written: string, today: CivilDate): DateReading {
  // "元月七日" is January, "昨个晌午" and "昨儿" are yesterday in speech (same length, so positions stay).
  const text = written.replace(/元月/gu, '1月').replace(/昨个|昨儿/gu, '昨天');
  const scan = startScan(text, today);
  const { year, hits, impossible, push, doubtsAt } = scan;
  scanEnglishSpans(scan);
  scanMonthSpans(scan);
  scanWrittenDays(scan);
  scanPeriods(scan);
  scanEnglishDates(scan);
  scanWeekDays(scan);
  // "2026年的账…这一年我们一共…", "2026年度…全年新建…": the year written, when the figures are said to be the year's.
  if (hits.length === 0 && WHOLE_YEAR.test(text)) {
    const m = /(?<!\d)(\d{4})\s*年度?(?![\s\d]*月|\s*[前后底初末])/u.exec(text);
    if (m) push(m, ymd(Number(m[1]), 1, 1), ymd(Number(m[1]), 12, 31), 'explicit');
  }
  // A half or a quarter ("上半年累计接待…") is the period only when no day is written.
  if (hits.length === 0) {
    const span = (m: RegExpMatchArray, from: number, to: number): void => {
      // "下半年计划再办…", "下半年拟…": the half of a plan, no period of anything done.
      if (PLANNED_AFTER.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 4))) return;
      const y = ymd(year, from, 1) > today ? year - 1 : year;
      push(m, ymd(y, from, 1), ymd(y, to, lastDayOfMonth(y, to)), 'relative');
    };
    for (const m of text.matchAll(/上半年|\bfirst half\b|\bh1\b/gu)) span(m, 1, 6);
    for (const m of text.matchAll(/下半年|\bsecond half\b|\bh2\b/gu)) span(m, 7, 12);
    for (const m of text.matchAll(/(?:第)?([一二三四1-4])季度|\bq([1-4])\b/gu)) {
      const q = num(m[1] ?? m[2]);
      span(m, q * 3 - 2, q * 3);
    }
  }
  for (const h of hits) {
    const doubt = doubtsAt.get(h.index);
    if (doubt !== undefined && h.doubt === undefined) h.doubt = doubt;
  }
  const sorted = weekdaysOfHeading(hits.filter((h) => h.date !== '').sort((a, b) => a.index - b.index), text);
  // "12/21 周一 …" read on a later Monday: the weekday names the day written right before it, not one of this week.
  const named = sorted.map((h, k) => {
    const prev = sorted[k - 1];
    const same = prev && prev.source === 'explicit' && !prev.end && h.source === 'relative' && !h.end && /^[\s（(]*$/u.test(text.slice(prev.index + prev.length, h.index)) && /^(?:周|星期|礼拜)[一二三四五六日天]/u.test(text.slice(h.index, h.index + h.length)) && daysBetween(prev.date, h.date) % 7 === 0;
    return same ? { ...h, date: prev.date, future: prev.future } : h;
  });
  return { hits: named, impossible };
}
