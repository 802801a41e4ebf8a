// Reads the date of an activity report: 5月17日, 11.6, 上周四, 大前天, 本月3号, "Nov 6", and whole
// periods (10月份, 上个月, 5月17日至23日). Every pattern has bounded alternatives: linear time.
import { addDays, daysBetween, isCivilDate, lastDayOfMonth, partsOf, weekdayOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { weekdaysOfHeading } from './date-context.js';
import { AHEAD_DAYS, findNamedDates } from './named-dates.js';

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

const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 0 };
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** An English weekday, full or short ("sat", "tues"), never the start of another word ("last month"). */
const EN_DAY = '(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|rs|r|s)?\\.?(?![a-z])';
const enDay = (w: string | undefined): number => EN_WEEKDAYS.findIndex((d) => d.startsWith((w ?? '').slice(0, 3)));
/** What may follow a bare day ("3号", "12日"): punctuation or a word that goes on about the day, not "3号楼". */
const DAY_END = '(?=$|[\\s,，。;；:：、!！?？()（）]|[在去到于给跟和与同我俺咱全共又还就才把带请邀组举开搞办晚早当那]|(?![\\p{Script=Han}]{0,3}[楼床码院门窗厅房室柜箱罐井仓库站口路街巷弄栋幢坑线馆])[\\p{Script=Han}](?<![机位车台桌包元文令球种型件批期届次]))';
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const D = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const PERIOD_AFTER = '(?=\\s*(?:份|以来|期间|全月|中|内|里|共|累计|总共|合计|一共|先后|陆续|,|，|:|：|\\s))';

/** The figures said to be a whole year's: "这一年我们一共…", "全年新建…", "一年下来…". */
const WHOLE_YEAR = /这一年|全年|一年来|一年下来|一整年|整年/u;

const num = (s: string | undefined): number => parseChineseNumber(s ?? '') ?? Number.NaN;
/** A bare day at most this many days ahead is this month's, asked about. */
const SOON_DAYS = 7;

/** The dates written in a normalised, lower-cased message sent on `today`. */
export function findMessageDates(text: string, today: CivilDate): DateReading {
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
    hits.push({ index, length: m[0].length, date, ...upToToday(m, date, end, source), source, future });
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
    const here = d >= 1 && d <= lastDayOfMonth(year, month) ? ymd(year, month, d) : undefined;
    if (here && here <= today) return here;
    if (here && daysBetween(today, here) <= SOON_DAYS) {
      doubtsAt.set(m.index ?? 0, `“${m[0].trim()}”是本月${d}日吗？还没到（今天是${month}月${partsOf(today).day}日）`);
      return here;
    }
    const py = month === 1 ? year - 1 : year;
    const pm = month === 1 ? 12 : month - 1;
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
    if (!date || !other || other > today || daysBetween(other, today) > 31 || daysBetween(date, today) <= 60) return date;
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
  // 本月5日至7日, 5号到7号: days of one month.
  for (const m of text.matchAll(/(?:(上个?月|本月|这个月)|(?<![\d月]))(\d{1,2})[日号]\s*(?:至|到|-|—|~|～)\s*(\d{1,2})[日号]/gu)) {
    const back = m[1]?.startsWith('上') ? 1 : 0;
    const first = ymd(month - back < 1 ? year - 1 : year, month - back < 1 ? 12 : month - back, 1);
    const p = partsOf(first);
    const a = Number(m[2]);
    const b = Number(m[3]);
    const ok = (d: number): boolean => d >= 1 && d <= lastDayOfMonth(p.year, p.month);
    push(m, ok(a) ? ymd(p.year, p.month, a) : undefined, ok(b) ? ymd(p.year, p.month, b) : 'bad', 'explicit');
  }
  // 5月17日至23日, 5月17日-6月2日: a period.
  for (const m of text.matchAll(new RegExp(`${M}月${D}[日号]?\\s*(?:至|到|-|—|~|～)\\s*(?:${M}月)?${D}[日号]`, 'gu'))) {
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
  for (const m of text.matchAll(/(?<![\d.,/])(1[0-2]|0?[1-9])[./·](3[01]|[12]\d|0?[1-9])(?![\d.%万千/]|\s?[kw](?![a-z]))/gu)) push(m, slashDay(m), null, 'explicit');
  for (const m of text.matchAll(/(?<![\d.,/-])(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?=\s|$|[,，]|[\p{Script=Han}](?<![人名位场次份册块件个家期篇条户项所年岁级班届]))/gu)) push(m, md(Number(m[1]), Number(m[2])), null, 'explicit');
  // A whole month: 10月份共开展…, 上个月…
  for (const m of text.matchAll(new RegExp(`(?<![\\d十]|\\d年)${M}\\s*月份?${PERIOD_AFTER}`, 'gu'))) {
    const [s, e] = monthOf(num(m[1]));
    push(m, s, e, 'explicit');
  }
  // "九月科普月我们社区一共搞了6场": a month named at the head of a total for it.
  for (const m of text.matchAll(new RegExp(`(?<![\\d十]|\\d年)${M}\\s*月(?![份\\d一二三四五六七八九十初底末上中下旬])(?=[^。！!？?\\n,，]{0,12}(?:一共|累计|共计|合计|总共|汇总|共(?![同享建创])))`, 'gu'))) {
    const [s, e] = monthOf(num(m[1]));
    push(m, s, e, 'explicit');
  }
  for (const m of text.matchAll(/(上个?月|上月份|本月|这个月|当月)(\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]/gu)) {
    const back = m[1]?.startsWith('上') ? 1 : 0;
    const first = ymd(month - back < 1 ? year - 1 : year, month - back < 1 ? 12 : month - back, 1);
    const p = partsOf(first);
    const d = num(m[2]);
    push(m, d >= 1 && d <= lastDayOfMonth(p.year, p.month) ? ymd(p.year, p.month, d) : undefined, null, 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\d月第周期拜])(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])号(?!人(?!民))${DAY_END}`, 'gu'))) {
    const d = num(m[1]);
    push(m, d >= 1 && d <= 31 ? dayOnly(d, m) : undefined, null, 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\d月第近前后周期拜])(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日${DAY_END}`, 'gu'))) {
    const d = num(m[1]);
    push(m, d >= 1 && d <= 31 ? dayOnly(d, m) : undefined, null, 'explicit');
  }
  for (const m of text.matchAll(/上个?月|上月/gu)) {
    const first = ymd(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1, 1);
    const p = partsOf(first);
    push(m, first, ymd(p.year, p.month, lastDayOfMonth(p.year, p.month)), 'relative');
  }
  // 本月…共…: the month, when a total for it follows in the sentence.
  for (const m of text.matchAll(/(?:本月|这个月|当月)(?![\d一二三四五六七八九十初底末上中下])(?=[^。！!？?\n]{0,30}(?:以来|共|累计|总共|合计|一共|先后|陆续))/gu)) {
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
  for (const m of text.matchAll(/(?:(\d{4})\s*年|今年|去年)全年|全年(?=[^。！!？?\n,，]{0,12}(?:共|累计|合计|总共|一共))|(\d{4})\s*年(?:\s*以来|(?=\s*(?:共计|累计|共|一年)))|今年\s*以来|(\d{4})\s*年度(?!\s*(?:工作|科普|学术)?(?:部署|总结|表彰|考核|工作会|会议|大会|年会|计划|要点|方案|报告))(?=[^。！!？?\n]{0,30}(?:共|累计|合计|总共|一共))/gu)) {
    // "2026年县科技馆全年累计…": a year written a few words before a bare 全年 is its year.
    const before = /^全年/u.test(m[0]) ? /(\d{4})\s*年[^\d。！!？?\n,，年]{1,12}$/u.exec(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))?.[1] : undefined;
    const y = m[1] ? Number(m[1]) : m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : before ? Number(before) : m[0].startsWith('去年') ? year - 1 : year;
    // 2025年以来: from that year up to today.
    push(m, ymd(y, 1, 1), /以来$/u.test(m[0]) && y < year ? today : ymd(y, 12, 31), 'explicit');
  }
  // English: "Nov 6", "November 6th", "6 Nov", "on the 6th".
  const mon = `(${EN_MONTHS.join('|')})[a-z]*\\.?`;
  // "Oct 1-7": a span within one month.
  for (const m of text.matchAll(new RegExp(`\\b${mon}\\s+(\\d{1,2})\\s*[-–~]\\s*(\\d{1,2})\\b`, 'gu'))) {
    const month = EN_MONTHS.indexOf(m[1] ?? '') + 1;
    push(m, md(month, Number(m[2])), md(month, Number(m[3])) ?? null, 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`\\b${mon}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gu'))) push(m, md(EN_MONTHS.indexOf(m[1] ?? '') + 1, Number(m[2])), null, 'explicit');
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${mon}\\b`, 'gu'))) push(m, md(EN_MONTHS.indexOf(m[2] ?? '') + 1, Number(m[1])), null, 'explicit');
  for (const m of text.matchAll(/\bon the (\d{1,2})(?:st|nd|rd|th)\b/gu)) {
    push(m, dayOnly(Number(m[1]), m), null, 'explicit');
  }

  // "这学期（3月到6月）": a span of whole months, this year's unless that is still ahead.
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\s*月份?\s*(?:到|至|-|—|~)\s*(\d{1,2})\s*月份?(?![\d日号初中下上底末])/gu)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (!(a >= 1 && b <= 12 && a < b)) continue;
    const y = ymd(year, a, 1) > today ? year - 1 : year;
    const last = ymd(y, b, lastDayOfMonth(y, b));
    push(m, ymd(y, a, 1), last > today ? today : last, 'explicit');
  }
  // 上周(Mon–Fri), 上周（周一至周五）: last week's working days.
  for (const m of text.matchAll(/(上|本|这)(?:个)?(?:周|星期|礼拜)\s*[(（]\s*(?:周一|星期一|mon(?:day)?)\s*(?:-|–|—|~|～|至|到)\s*(?:周五|星期五|fri(?:day)?)\s*[)）]/gu)) {
    const monday = lastWeekday(today, 1, m[1] === '上');
    push(m, monday, addDays(monday, 4), 'relative');
  }
  // 上周二到周四, 上周一到上周三, 周六日, 上周六日两天: a span of days.
  for (const m of text.matchAll(/(上|上个|本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])\s*(?:到|至|-|—|~)?\s*(?:(?:\1)?(?:周|星期|礼拜)([一二三四五六日天])|([日天])(?=两天|\s|[,，在去]))/gu)) {
    const last = Boolean(m[1]?.startsWith('上'));
    const a = lastWeekday(today, WEEKDAYS[m[2] ?? ''] ?? 0, last);
    const endDay = m[3] ?? m[4] ?? '';
    const bOffset = ((WEEKDAYS[endDay] ?? 0) + 6) % 7 - ((WEEKDAYS[m[2] ?? ''] ?? 0) + 6) % 7;
    if (!m[3] && !m[4]) continue;
    push(m, a, bOffset > 0 ? addDays(a, bOffset) : 'bad', 'relative');
  }
  // "上周 馆内接待5834人次 … 周二闭馆": a message that opens with 上周 on its own speaks of last week throughout.
  const lastWeekLead = /^[^\n]{0,20}?(?:上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七])|\blast week\b)[^\n]{0,20}[:：]?\s*\n|^\s*上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七末])(?=[\s:：,，])/u.exec(text);
  const relative: Array<[RegExp, (m: RegExpMatchArray) => CivilDate | undefined, boolean?]> = [
    // "今天想跟大家汇报一下，上周六…": the day of telling, not of the event.
    [/今天(?![^，,。！!]{0,8}(?:汇报|报告一下|报一下|说一下|反馈一下|补报))|今日|今早|今晚|今儿|今上午|今下午|\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b/gu, () => today],
    [/大前天|大前儿个?/gu, () => addDays(today, -3)],
    [/昨天|昨日|昨晚|昨儿个?|夜儿个|夜个(?![子])|\byesterday\b/gu, () => addDays(today, -1)],
    [/前天|前儿个?|前日|\bday before yesterday\b/gu, () => addDays(today, -2)],
    // "前两天给五年级上了堂课": two days ago ("国庆节前两天", "放假前两天" are read from their names).
    [/(?<![节庆秋午阳宵旦明夕一假学])前两天/gu, () => addDays(today, -2)],
    [/(?<![\d一二两三四五六七八九十])(\d{1,3}|[一二两三四五六七八九十]{1,3})天(?:前|以前)|\b(\d{1,3}) days ago\b/gu, (m) => addDays(today, -num(m[1] ?? m[2]))],
    [/(?:上|上个)(?:周|星期|礼拜)([一二三四五六日天七])/gu, (m) => lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, true)],
    // "上周流水账：\n- 周一 …": a weekday under a 上周 heading is last week's.
    [/(?<![上下个])(?:本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])/gu, (m) => lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, !/^[本这]/u.test(m[0]) && lastWeekLead !== null && lastWeekLead.index < (m.index ?? 0))],
    [new RegExp(`\\blast ${EN_DAY}(?![a-z])`, 'gu'), (m) => lastWeekday(today, enDay(m[1]), true)],
    // "on Sat", "Saturday": the last one on or before today (a short name only after "on").
    [new RegExp(`\\b(?:on )?(${EN_WEEKDAYS.join('|')})\\b|\\bon ${EN_DAY}`, 'gu'), (m) => lastWeekday(today, enDay(m[1] ?? m[2]), false)],
    [/明天|明日|明早|明晚|\btomorrow\b/gu, () => addDays(today, 1), true],
    [/后天/gu, () => addDays(today, 2), true],
    [/(?:下|下个)(?:周|星期|礼拜)([一二三四五六日天七])/gu, (m) => addDays(lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, true), 14), true],
    [new RegExp(`\\bnext ${EN_DAY}(?![a-z])`, 'gu'), (m) => addDays(lastWeekday(today, enDay(m[1]), true), 14), true],
  ];
  // "11月7日（周六）": a weekday right after a written day only annotates it.
  const annotates = (m: RegExpMatchArray): boolean => /(?:周|星期|礼拜|day)/u.test(m[0]) && !/^(上|下)/u.test(m[0]) && /[日号]\s*[（(]?\s*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 3), m.index));
  for (const [re, make, future] of relative) for (const m of text.matchAll(re)) if (!annotates(m)) push(m, make(m), null, 'relative', future ?? false);
  // Last week as a whole: 上周共开展…
  for (const m of text.matchAll(/上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天七边围全密岁])|\blast week\b/gu)) {
    const monday = lastWeekday(today, 1, true);
    push(m, monday, addDays(monday, 6), 'relative');
  }
  // "2026年的账…这一年我们一共…", "2026年度…全年新建…": the year written, when the figures are said to be the year's.
  if (hits.length === 0 && WHOLE_YEAR.test(text)) {
    const m = /(?<!\d)(\d{4})\s*年度?(?![\s\d]*月|\s*[前后底初末])/u.exec(text);
    if (m) push(m, ymd(Number(m[1]), 1, 1), ymd(Number(m[1]), 12, 31), 'explicit');
  }
  // A half or a quarter ("上半年累计接待…") is the period only when no day is written.
  if (hits.length === 0) {
    const span = (m: RegExpMatchArray, from: number, to: number): void => {
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
  return { hits: weekdaysOfHeading(hits.filter((h) => h.date !== '').sort((a, b) => a.index - b.index), text), impossible };
}

/** The most recent given weekday on or before today; with `lastWeek`, the one in the week before this. */
export function lastWeekday(today: CivilDate, weekday: number, lastWeek: boolean): CivilDate {
  const mondayOffset = (weekdayOf(today) + 6) % 7;
  const thisMonday = addDays(today, -mondayOffset);
  const offset = (weekday + 6) % 7;
  if (lastWeek) return addDays(thisMonday, offset - 7);
  const candidate = addDays(thisMonday, offset);
  return candidate > today ? addDays(candidate, -7) : candidate;
}
