// Periods named in words in a question: festivals (五一以来, 春节后, 国庆前), days since a date, parts of a month (月底前), 后天.
import { addDays, lastDayOfMonth, partsOf, ymd, type CivilDate, type DateRange } from '../dates/civil-date.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { FESTIVAL_NAMES, festivalDay, holidaySpan, type Festival } from '../dates/festival-days.js';

export interface WordPeriod {
  period: DateRange;
  label: string;
  /** The words that named it, for taking out of the topic. */
  words: string;
}

/** Every festival name the table knows, longest first (国庆节 before 国庆). */
const FESTIVAL = FESTIVAL_NAMES.map(([n]) => n).join('|');
const festivalOf = (name: string): Festival | undefined => FESTIVAL_NAMES.find(([n]) => n === name)?.[1];

const SINCE = '以来|至今|到现在|到今天|到目前|之后|以后|过后|后';
const BEFORE = '之前|以前|前';
const DURING = '期间|假期|长假|小长假|放假期间|那几天|那周|当天|那天|节当天';
/** "国庆以来", "春节后", "五一期间"; "十一" only with a time word after it, never in "十一月". */
const FESTIVAL_WORDS = new RegExp(`(?:从|自|自从)?(${FESTIVAL})(?:节)?(${SINCE}|${BEFORE}|${DURING})?`, 'u');
// "暑假前" only says the time before the holiday, which another word (上半年) names; it is no holiday.
const SCHOOL = /(?:从|自)?(开学|寒假|暑假)(?!之?前)(以来|至今|到现在|以后|后|期间|里)?/u;
const NUM = '\\d{1,2}|[一二三四五六七八九十]{1,3}';
const SINCE_DATE = new RegExp(`(?:从|自)?(${NUM})月(?:(${NUM})[日号])?(?:份)?(?:${SINCE.replace('|后', '')}|起)`, 'u');
const MONTH_PART = new RegExp(`(?:(本|这个?|下个?|上个?)月|(${NUM})月份?)?(上旬|中旬|下旬|月初|月中|月底|月末|初|中|底|末)(之前|以前|前)?`, 'u');
/** "这两周", "近三个月", "过去两周": the last N weeks or months up to today. */
const LAST_SPAN = new RegExp(`(?:这|近|最近|过去|前)(${NUM}|两|几)(?:个)?(周|星期|礼拜|月)`, 'u');
const NEAR_DAY = /大后天|后天|大前天/u;
/** "年底前", "今年还剩", "before the end of the year", "by year end", "rest of the year": from today to 31 December. */
const YEAR_END = /(?:今年)?(?:年底|年末|年终)(?:之前|以前|前)|今年(?:还剩|剩下|剩余|余下)|(?:before|by|until|till) (?:the )?(?:end of (?:the |this )?year|year[- ]?end)|(?:rest|remainder) of (?:the |this )?year|(?:remaining|left) (?:for |in )?this year/u;
/** "9月20日前", "before Sept 20", "by 20 September": from today to the day before it, or to that day for "by". */
const BY_DATE = new RegExp(`(${NUM})月(${NUM})[日号](之前|以前|前)(?!后)`, 'u');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const BY_DATE_EN = new RegExp(`\\b(before|by|until|till|no later than) (?:(${MONTHS.join('|')})[a-z]*\\.? (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (${MONTHS.join('|')})[a-z]*)\\b`, 'u');
/** "before the end of June", "by end of this month": from today to the last day of that month (asked ahead). */
const MONTH_END_EN = new RegExp(`\\b(?:before|by|until|till|no later than) (?:the )?end of (?:(this|next) month|(${MONTHS.join('|')})[a-z]*\\b)`, 'u');
/** "7月份之前", "7月前": from today to the end of the month before (asked ahead). */
const BY_MONTH = new RegExp(`(?<![\\d个])(${NUM})月份?(之前|以前|前)(?![后天])`, 'u');
/** "10月13号", "10月13日那天": one day, unless a range or "before/since" goes with it. */
const ONE_DAY = new RegExp(`(?<![\\d到至~～\\-—])(${NUM})月(${NUM})[日号](?:那天|当天|这天)?(?![\\d到至~～\\-—]|\\s*(?:之前|以前|前|以来|起|后|之后|以后))`, 'u');
const LAST_DAYS = new RegExp(`(?:最近|近|过去|前)(${NUM})(?:天|日)`, 'u');
const NEXT_DAYS = new RegExp(`(?:未来|接下来|今后|之后)(${NUM})(?:天|日)|(${NUM})(?:天|日)(?:之内|以内|内)`, 'u');

/** The last day of the month k-1 months after today's ("这两个月": this month and next). */
function lastOfMonthsAhead(today: CivilDate, k: number): CivilDate {
  const { year, month } = partsOf(today);
  const m = month - 1 + k - 1;
  return ymd(year + Math.floor(m / 12), (m % 12) + 1, 31);
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseChineseNumber(s));
const span = (start: CivilDate, end: CivilDate, label: string, words: string): WordPeriod => ({ period: { start, end }, label: `${label}（${start}至${end}）`, words });

/** The festival day on or before today when looking back, else the next one. */
function festivalIn(f: Festival, today: CivilDate, back: boolean): CivilDate | undefined {
  const { year } = partsOf(today);
  const day = festivalDay(f, year);
  if (!day) return undefined;
  if (back && day > today) return festivalDay(f, year - 1);
  if (!back && day < today) return festivalDay(f, year + 1) ?? day;
  return day;
}

/** "9月20日前", "before Sept 20": today up to that day (a day already past is next year's). */
function byDate(text: string, today: CivilDate): WordPeriod | undefined {
  const { year } = partsOf(today);
  const zh = BY_DATE.exec(text);
  const en = zh ? null : BY_DATE_EN.exec(text);
  const m = zh ? num(zh[1]) : en ? MONTHS.indexOf(en[2] ?? en[5] ?? '') + 1 : undefined;
  const d = zh ? num(zh[2]) : en ? Number(en[3] ?? en[4]) : undefined;
  if (!m || !d || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(year, m)) return undefined;
  const y = ymd(year, m, d) < today ? year + 1 : year;
  const day = ymd(y, m, d);
  return span(today, day, `${m}月${d}日前`, (zh ?? en)?.[0] ?? '');
}

/** A period named by a festival, a school term, a date "以来", a part of the month or a near day; undefined when none. */
export function periodInWords(text: string, today: CivilDate, ahead = false): WordPeriod | undefined {
  const { year, month } = partsOf(today);
  const f = FESTIVAL_WORDS.exec(text);
  // 十一 and 五一 in "十一月", "五一班" are no festival; 十一/七一/八一/三八/五四/六一 need a time word after them.
  const bare = f && /^(十一|七一|八一|三八|五四|六一)$/u.test(f[1] ?? '') && !f[2];
  const festival = f && !bare && !/^[月日号班届级]/u.test(text.slice(f.index + f[0].length)) ? festivalOf(f[1] ?? '') : undefined;
  if (f && festival) {
    const how = f[2] ?? '';
    const shown = f[1] ?? '';
    if (new RegExp(`^(${SINCE})$`, 'u').test(how)) {
      const day = festivalIn(festival, today, true);
      if (day) return span(day, today, `${shown}以来`, f[0]);
    } else if (new RegExp(`^(${BEFORE})$`, 'u').test(how)) {
      const ahead = festivalIn(festival, today, false);
      if (ahead && ahead >= today) return span(today, addDays(ahead, -1), `${shown}前`, f[0]);
    } else {
      const day = festivalIn(festival, today, true) ?? festivalIn(festival, today, false);
      const holiday = day ? holidaySpan(festival, partsOf(day).year) : undefined;
      if (day && holiday) {
        const one = /当天|那天/u.test(how) || holiday.start === holiday.end;
        return one ? span(day, day, `${shown}当天`, f[0]) : span(holiday.start, holiday.end, `${shown}${how || '期间'}`, f[0]);
      }
    }
  }
  const s = SCHOOL.exec(text);
  if (s) {
    const what = s[1] ?? '';
    if (what === '开学') {
      const start = month >= 9 ? ymd(year, 9, 1) : month >= 3 ? ymd(year, 3, 1) : ymd(year - 1, 9, 1);
      return { ...span(start, today, '开学以来', s[0]), label: `开学以来（按${partsOf(start).month}月1日开学计，${start}至${today}）` };
    }
    const [start, end] = what === '暑假' ? [ymd(month >= 7 ? year : year - 1, 7, 1), ymd(month >= 7 ? year : year - 1, 8, 31)] : [ymd(month >= 2 ? year : year - 1, 1, 15), ymd(month >= 2 ? year : year - 1, 2, 28)];
    return { ...span(start, end, what, s[0]), label: `${what}（按${start}至${end}计）` };
  }
  const d = SINCE_DATE.exec(text);
  if (d) {
    const m = num(d[1]) ?? 0;
    const day = num(d[2]) ?? 1;
    if (m >= 1 && m <= 12 && day >= 1 && day <= 31) {
      const start = ymd(ymd(year, m, day) > today ? year - 1 : year, m, day);
      return span(start, today, `${m}月${d[2] ? `${day}日` : ''}以来`, d[0]);
    }
  }
  const by = ahead ? byDate(text, today) : undefined;
  if (by) return by;
  const me = ahead ? MONTH_END_EN.exec(text) : null;
  if (me) {
    // A month already past is next year's; "this month" and "next month" count from today's.
    const named = me[2] ? MONTHS.indexOf(me[2]) + 1 : me[1] === 'next' ? (month % 12) + 1 : month;
    const y = named < month || (me[1] === 'next' && month === 12) ? year + 1 : year;
    return span(today, ymd(y, named, lastDayOfMonth(y, named)), `${named}月底前`, me[0]);
  }
  const bm = ahead ? BY_MONTH.exec(text) : null;
  const bmMonth = num(bm?.[1]);
  if (bm && bmMonth && bmMonth >= 1 && bmMonth <= 12) {
    // "7月份之前要完成的": up to the last day of June; a month already begun or past is next year's.
    const y = bmMonth <= month ? year + 1 : year;
    const end = bmMonth === 1 ? ymd(y - 1, 12, 31) : ymd(y, bmMonth - 1, lastDayOfMonth(y, bmMonth - 1));
    return span(today, end, `${bmMonth}月前`, bm[0]);
  }
  const one = ONE_DAY.exec(text);
  const oneMonth = num(one?.[1]);
  const oneDay = num(one?.[2]);
  if (one && oneMonth && oneDay && oneMonth <= 12 && oneDay <= lastDayOfMonth(year, oneMonth)) {
    // "10月13号那天两场讲座": that day only; a day still ahead, asked about as done, is last year's.
    const y = !ahead && ymd(year, oneMonth, oneDay) > today ? year - 1 : year;
    const day = ymd(y, oneMonth, oneDay);
    return { period: { start: day, end: day }, label: `${oneMonth}月${oneDay}日（${day}）`, words: one[0] };
  }
  const ye = ahead ? YEAR_END.exec(text) : null;
  if (ye) return span(today, ymd(year, 12, 31), '年底前', ye[0]);
  const p = MONTH_PART.exec(text);
  // A bare 初/中/底/末 needs a month before it ("10月中", "月底"), never "中学" or "初中".
  if (p && (p[1] || p[2] || p[3]?.length === 2)) {
    const shift = (p[1] ?? '').startsWith('下') ? 1 : (p[1] ?? '').startsWith('上') ? -1 : 0;
    const named = num(p[2]);
    const m = named && named >= 1 && named <= 12 ? named : ((month - 1 + shift + 12) % 12) + 1;
    // "3月底前" asked in December looks ahead: next year's March, not one already past.
    const passed = Boolean(named && p[4] && ymd(year, m, lastDayOfMonth(year, m)) < today);
    const y = named ? year + (passed ? 1 : 0) : year + Math.floor((month - 1 + shift) / 12);
    const last = lastDayOfMonth(y, m);
    const part = p[3] ?? '下旬';
    const [a, b] = /上旬|初/u.test(part) ? [1, 10] : /中/u.test(part) ? [11, 20] : [21, last];
    const start = ymd(y, m, a);
    const end = ymd(y, m, b);
    const name = part.length === 1 ? `${m}月${part === '初' ? '初' : part === '中' ? '中旬' : '底'}` : `${m}月${part.replace(/^月/u, '')}`;
    if (p[4]) return span(today, end < today ? today : end, `${name}前`, p[0]);
    return span(start, end, name, p[0]);
  }
  const ls = LAST_SPAN.exec(text);
  if (ls) {
    const k = ls[1] === '两' ? 2 : ls[1] === '几' ? 3 : Math.min(num(ls[1]) ?? 2, 24);
    const unit = ls[2] === '月' ? '个月' : '周';
    // "这两周有什么要截止的" looks ahead; "这两周干了啥" and "过去/最近…" look back.
    if (ahead && !/过去|最近|前/u.test(ls[0])) {
      return span(today, ls[2] === '月' ? lastOfMonthsAhead(today, k) : addDays(today, 7 * k - 1), `未来${ls[1]}${unit}`, ls[0]);
    }
    const start = ls[2] === '月' ? ymd(year + Math.floor((month - k) / 12), ((month - k + 12 * 3) % 12) + 1, 1) : addDays(today, -(7 * k - 1));
    return span(start, today, `近${ls[1]}${unit}`, ls[0]);
  }
  const n = NEAR_DAY.exec(text);
  if (n) {
    const day = addDays(today, n[0] === '大后天' ? 3 : n[0] === '后天' ? 2 : -3);
    return { period: { start: day, end: day }, label: `${n[0]}（${day}）`, words: n[0] };
  }
  const back = LAST_DAYS.exec(text);
  if (back) {
    const k = Math.min(num(back[1]) ?? 7, 366);
    return span(addDays(today, -(k - 1)), today, `最近${k}天`, back[0]);
  }
  const next = NEXT_DAYS.exec(text);
  if (next) {
    const k = Math.min(num(next[1] ?? next[2]) ?? 7, 366);
    return span(today, addDays(today, k - 1), `未来${k}天`, next[0]);
  }
  return undefined;
}
