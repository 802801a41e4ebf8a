// The state of one reading of a message's dates: the hits so far, and the helpers that turn what is written into days.
import { daysBetween, isCivilDate, lastDayOfMonth, partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { findNamedDates, AHEAD_DAYS } from './named-dates.js';
import { SOON_DAYS } from './date-patterns.js';
import type { DateHit } from './message-dates.js';

/** The hits of one message read so far, and how a match becomes a hit. */
export interface DateScan {
  text: string;
  today: CivilDate;
  year: number;
  month: number;
  hits: DateHit[];
  impossible: string[];
  /** Adds a hit for a match unless its span is taken; a day that does not exist is noted as impossible. */
  push: (m: RegExpMatchArray, date: CivilDate | undefined, end: CivilDate | null, source: DateHit['source'], future?: boolean) => void;
  /** A month and day without a year. */
  md: (mo: number, d: number, y?: number) => CivilDate | undefined;
  /** A bare day ("5号"). */
  dayOnly: (d: number, m: RegExpMatchArray) => CivilDate | undefined;
  /** "6/11": month/day, or a recent day/month. */
  slashDay: (m: RegExpMatchArray) => CivilDate | undefined;
  /** A whole month's first and last day. */
  monthOf: (mo: number, y?: number) => [CivilDate | undefined, CivilDate | null];
  /** Questions about loose days, by where they were written. */
  doubtsAt: Map<number, string>;
}

/** A new reading of `text`, sent on `today`, with the observances and holidays it names already read. */
/** Words only Cantonese writes (喺, 咗, 嘅, 哋): such a writer's "3/4" may well be 3 April. */
const CANTONESE = /[喺咗嘅哋冇啲嚟噉]/u;
/**
 * After a day: a short gap of words (no figure, no clause break, no "的") and "到现在", "至今", "以来", not followed by
 * "还/都/才…" ("…的讲座到现在还有人问" tells of later days, not of a period).
 */
const SINCE_DAY = /^\s*(?:起|开始|以后|之后)?\s*[^\d\s的，,。；;！!？?：:、\n]{0,4}?(?:一直)?(?:到现在|至今|到目前为?止?|以来)(?!\s*(?:还|都|才|仍|也|依然|没|未|补|报))/u;

export function startScan(text: string, today: CivilDate): DateScan {
  const { year, month } = partsOf(today);
  const hits: DateHit[] = [];
  const impossible: string[] = [];
  const taken = (i: number, n: number): boolean => hits.some((h) => i < h.index + h.length && h.index < i + n);
  const push = (m: RegExpMatchArray, date: CivilDate | undefined, end: CivilDate | null, source: DateHit['source'], future = false): void => {
    const index = m.index ?? 0;
    // A message names a handful of dates; past 64 the rest is noise, and the check below stays cheap.
    if (hits.length >= 64 || taken(index, m[0].length)) return;
    if (!date || !isCivilDate(date) || (end !== null && (!isCivilDate(end) || end < date))) {
      impossible.push(m[0].trim());
      // An empty date keeps the span from being read again by a looser pattern; it is dropped below.
      hits.push({ index, length: m[0].length, date: '', end: null, source, future });
      return;
    }
    // "7月10号放假到现在", "6月2日开始至今": a day and, a word or two on, "up to now" is a period that ends today.
    const since = end === null && source === 'explicit' && date < today ? SINCE_DAY.exec(text.slice(index + m[0].length)) : null;
    hits.push({ index, length: m[0].length, date, ...(since ? { end: today } : upToToday(m, date, end, source)), source, future });
  };
  /**
   * A period never counts months still to come: past this month it ends today. A current period (本季度, …以来)
   * says so itself; an end written ahead (到12月31日, 全年, 1-12月, or a day later this month) is asked about, and
   * stored up to today if confirmed. This month or week as a whole (本月, 6月份, 本周) stays whole, as offices report it.
   */
  const upToToday = (m: RegExpMatchArray, date: CivilDate, end: CivilDate | null, source: DateHit['source']): { end: CivilDate | null; doubt?: string } => {
    if (end === null || end <= today || date > today) return { end };
    const dayWritten = source === 'explicit' && /[日号]/u.test(m[0]);
    if (end <= ymd(year, month, lastDayOfMonth(year, month)) && !dayWritten) return { end };
    const since = /以来$/u.test(m[0]) || /^\s*(以来|至今|到现在|到目前)/u.test(text.slice((m.index ?? 0) + m[0].length));
    if (source !== 'explicit' || since) return { end: today };
    const day = (d: CivilDate): string => `${partsOf(d).year === year ? '' : `${partsOf(d).year}年`}${partsOf(d).month}月${partsOf(d).day}日`;
    return { end: today, doubt: `“${m[0].trim()}”还没过完（今天是${day(today)}）：按${day(date)}至${day(today)}已开展的记录吗？` };
  };
  /**
   * A month and day without a year: this year, or last year when this year's would be more than a short
   * while ahead. A date a few days ahead stays this year's: the reader asks about it, never files it a year back.
   */
  const md = (mo: number, d: number, y?: number): CivilDate | undefined => {
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y ?? year, mo))) return undefined;
    const date = ymd(y ?? year, mo, d);
    return y === undefined && date > today && daysBetween(today, date) > AHEAD_DAYS ? ymd(year - 1, mo, d) : date;
  };
  /**
   * A bare day ("5号"): this month's, or last month's when this month's is still to come. A day only a few
   * days ahead ("十七号" on the 13th) is this month's, asked about: not yet come, or misheard, never last month's.
   */
  const dayOnly = (d: number, m: RegExpMatchArray): CivilDate | undefined => {
    const py = month === 1 ? year - 1 : year;
    const pm = month === 1 ? 12 : month - 1;
    // "把上个月的事说道说道。7号那天…": a bare day after the message names last month is a day of that month.
    const ahead = text.slice(0, m.index ?? 0);
    const last = ahead.search(/上个?月(?![底初末中上下]|\d|[一二三四五六七八九十])(?![^。！!？?\n]*(?:本月|这个?月|今天|昨天|前天|\d\s*月|[一二三四五六七八九十]月))/u);
    if (last >= 0 && !/本月|这个?月|今天|昨天|前天|今儿|昨儿/u.test(ahead.slice(last)) && d >= 1 && d <= lastDayOfMonth(py, pm)) return ymd(py, pm, d);
    const here = d >= 1 && d <= lastDayOfMonth(year, month) ? ymd(year, month, d) : undefined;
    if (here && here <= today) return here;
    if (here && daysBetween(today, here) <= SOON_DAYS) {
      doubtsAt.set(m.index ?? 0, `“${m[0].trim()}”是本月${d}日吗？还没到（今天是${month}月${partsOf(today).day}日）`);
      return here;
    }
    return d >= 1 && d <= lastDayOfMonth(py, pm) ? ymd(py, pm, d) : undefined;
  };
  /**
   * "6/11" sent on 10 November: read month/day it is June, months back; read day/month it is last week. When
   * the day/month reading is a recent day and the month/day one is months back, the recent one is kept and asked.
   */
  const slashDay = (m: RegExpMatchArray): CivilDate | undefined => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const date = md(a, b);
    const other = m[0].includes('/') && a !== b && b <= 12 ? md(b, a) : undefined;
    // A Cantonese writer (喺, 咗, 嘅) writes day/month as Hong Kong and Macau do: both readings past are asked, day/month first.
    const dayFirst = CANTONESE.test(text) && other !== undefined && other <= today && date !== undefined && date <= today;
    if (!dayFirst && (!date || !other || other > today || daysBetween(other, today) > 31 || daysBetween(date, today) <= 60)) return date;
    if (!date || !other) return date;
    const name = (d: CivilDate): string => `${partsOf(d).month}月${partsOf(d).day}日`;
    doubtsAt.set(m.index ?? 0, `“${m[0]}”是${name(other)}还是${name(date)}？`);
    return other;
  };
  const doubtsAt = new Map<number, string>();
  for (const n of findNamedDates(text, today)) {
    hits.push({ index: n.index, length: n.length, date: n.date, end: n.end, source: 'explicit', future: false, named: true, ...(n.doubt ? { doubt: n.doubt } : {}) });
  }
  const monthOf = (mo: number, y?: number): [CivilDate | undefined, CivilDate | null] => {
    if (!(mo >= 1 && mo <= 12)) return [undefined, null];
    const yy = y ?? (ymd(year, mo, 1) > today ? year - 1 : year);
    return [ymd(yy, mo, 1), ymd(yy, mo, lastDayOfMonth(yy, mo))];
  };

  return { text, today, year, month, hits, impossible, push, md, dayOnly, slashDay, monthOf, doubtsAt };
}
