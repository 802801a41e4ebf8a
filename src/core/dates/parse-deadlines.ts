// Reads the deadlines Chinese plans write ("8月20日前", "每年7月初", "第三季度", "年内", "次年3月底").
import { withWeekdayYears } from './weekday-years.js';
import type { Due } from '../plans/plan-schema.js';
import { normalizeText } from '../text/normalize.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { addDays, ymd, lastDayOfMonth, type DateRange } from './civil-date.js';

const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const D = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
const YEAR = '(?:(次年|明年|今年|\\d{4}年))?';
const BEFORE = '(前|之前|以前|止|为止)?';

interface Rule {
  re: RegExp;
  make(m: RegExpExecArray, year: number): { range: DateRange; kind: Due['kind']; recurring?: Due['recurring'] } | undefined;
}

const num = (s: string | undefined): number => parseChineseNumber(s ?? '') ?? Number.NaN;
const yearOf = (word: string | undefined, planYear: number): number => {
  if (!word || word === '今年') return planYear;
  if (word === '次年' || word === '明年') return planYear + 1;
  return Number(word.slice(0, 4));
};
const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const validDay = (y: number, m: number, d: number): boolean => d >= 1 && d <= lastDayOfMonth(y, m);
/** One day as a deadline or an event, or undefined when the date does not exist. */
const oneDay = (y: number, mo: number, d: number, kind: Due['kind']): { range: DateRange; kind: Due['kind'] } | undefined => {
  if (!validMonth(mo) || !validDay(y, mo, d)) return undefined;
  const date = ymd(y, mo, d);
  return { range: { start: date, end: date }, kind };
};

const PARTS: Record<string, [number, number]> = {
  初: [1, 10], 上旬: [1, 10], 中旬: [11, 20], 中: [11, 20], 下旬: [21, 31], 底: [21, 31], 末: [21, 31], 上中旬: [1, 20], 中下旬: [11, 31],
};

const SEP = '\\s{0,2}(?:至|到|-{1,3}|—{1,2}|–|[―‒]{1,2}|〜|~|～|－)\\s{0,2}';
/** Between the two days of a range: "10月12日——18日", "12至18日", "12-18日". */
const DAY_SEP = '\\s{0,2}(?:至|到|-{1,3}|—{1,2}|–|[―‒]{1,2}|〜|~|～|－)\\s{0,2}';
const PART = '(初|上旬|中旬|下旬|底|末)?';
/**
 * The year written again on a range's end with its closing hour ("2025年7月8日—2025年7月21日17:30"): not captured, read
 * by rangeEndYear. (Without an hour, "五、活动时间 2025年12月8日—2025年12月12日" stays two days for now: read as one
 * window, an activity plan's 时间 section would become its window and leave the items, which holdout14's labels keep.)
 */
const END_YEAR = '(?:\\d{4}\\s{0,2}年\\s{0,2})?';
const rangeEndYear = (range: string): number | undefined => {
  const y = /(?:至|到|[-—–―‒〜~～－])\s{0,2}(\d{4})\s{0,2}年/u.exec(range)?.[1];
  return y === undefined ? undefined : Number(y);
};
/** A template's year left blank: "20__", "20XX", "20××", "20**". */
const BLANK_YEAR = '20(?:_{1,4}|[xX×]{1,2}|\\*{1,2})';

/** A span of months ("1—4月", "10—12月份", "5月上旬至6月上旬"): due in each month it covers. */
function monthSpan(y: number, m1: number, p1: string | undefined, m2: number, p2: string | undefined, endYear?: number): { range: DateRange; kind: Due['kind']; recurring?: Due['recurring'] } | undefined {
  if (!validMonth(m1) || !validMonth(m2)) return undefined;
  // "2017年11月-2018年12月": the end's own year; else a later month of the year, or the next year's ("11月至2月").
  const y2 = endYear !== undefined && endYear >= y && endYear <= y + 5 ? endYear : m2 < m1 ? y + 1 : y;
  const a = p1 ? PARTS[p1] : undefined;
  const b = p2 ? PARTS[p2] : undefined;
  const start = ymd(y, m1, a && p1 !== '底' && p1 !== '末' ? a[0] : p1 ? (a?.[0] ?? 1) : 1);
  const end = ymd(y2, m2, b ? b[1] : 31);
  return { range: { start, end }, kind: 'period', recurring: 'monthly' };
}

const RULES: Rule[] = [
  {
    // 从5月11日开始,集中利用5天时间; 自10月8日起,连续7天: the days counted from the first.
    re: new RegExp(`(?:从|自)${YEAR}${M}月${D}[日号](?:开始|起)[，,]?\\s{0,2}(?:集中利用|集中|为期|连续|利用|用)(\\d{1,2}|[一二三四五六七八九十]{1,2})天`, 'gu'),
    make(m, planYear) {
      const first = oneDay(yearOf(m[1], planYear), num(m[2]), num(m[3]), 'period');
      const days = num(m[4]);
      if (!first || !(days >= 1 && days <= 60)) return undefined;
      return { range: { start: first.range.start, end: addDays(first.range.start, days - 1) }, kind: 'period' };
    },
  },
  {
    // 9月至年底, 2026年10月到年末, 7月中旬至年终: one span from the first month to the year's end.
    re: new RegExp(`${YEAR}(?<![\\d.])${M}月份?${PART}${SEP}(?:本年|当年|今年)?(?:年底|年末|年终)`, 'gu'),
    make(m, planYear) {
      const y = yearOf(m[1], planYear);
      return monthSpan(y, num(m[2]), m[3], 12, undefined);
    },
  },
  {
    // 5月上旬至6月上旬, 3月至5月, 2026年3月—5月
    re: new RegExp(`${YEAR}(?<![\\d.])${M}月份?${PART}${SEP}(?:(\\d{4}年|次年|明年))?${M}月份?${PART}(?![\\d一二三四五六七八九十日号度])`, 'gu'),
    make(m, planYear) {
      const y = yearOf(m[1], planYear);
      return monthSpan(y, num(m[2]), m[3], num(m[5]), m[6], m[4] === undefined ? undefined : m[4].endsWith('年') && /^\d/u.test(m[4]) ? Number(m[4].slice(0, 4)) : y + 1);
    },
  },
  {
    // 1—4月, 10—12月份
    re: new RegExp(`${YEAR}(?<![\\d.\\-—])${M}${SEP}${M}月份?(?![\\d一二三四五六七八九十日号度])`, 'gu'),
    make(m, planYear) {
      const m1 = num(m[2]);
      const m2 = num(m[3]);
      if (!(m1 < m2)) return undefined;
      return monthSpan(yearOf(m[1], planYear), m1, undefined, m2, undefined);
    },
  },
  {
    // 3月22日上午10:00至4月3日下午18:00: the clock times of a range's two ends do not cut it in two.
    re: new RegExp(`${YEAR}${M}\\s{0,2}月${D}[日号]\\s{0,2}(?:上午|下午|中午|晚上)?\\s{0,2}(?:\\d{1,2}\\s{0,2}[:：]\\s{0,2}\\d{2})?${SEP}(?:${END_YEAR}${M}\\s{0,2}月)?${D}[日号](?:\\s{0,2}(?:上午|下午|中午|晚上)?\\s{0,2}\\d{1,2}\\s{0,2}[:：]\\s{0,2}\\d{2})?`, 'gu'),
    make(m, planYear) {
      if (!/(?:上午|下午|中午|晚上|[:：])/u.test(m[0])) return undefined;
      const y = yearOf(m[1], planYear);
      const m1 = num(m[2]);
      const m2 = m[4] ? num(m[4]) : m1;
      const [d1, d2] = [num(m[3]), num(m[5])];
      if (!validMonth(m1) || !validMonth(m2) || !validDay(y, m1, d1) || !validDay(y, m2, d2)) return undefined;
      const start = ymd(y, m1, d1);
      const end = ymd(rangeEndYear(m[0]) ?? (m2 < m1 ? y + 1 : y), m2, d2);
      return end > start ? { range: { start, end }, kind: 'period' } : undefined;
    },
  },
  {
    // 5月15日至20日, 9月15日—9月21日, 5月15-20日, "5月4日---5月31日"; "5月15日21日" (a page that lost its 至) when the second day is later
    re: new RegExp(`${YEAR}${M}月${D}(?:[日号]?${DAY_SEP}|[日号])(?:${M}月)?${D}[日号]`, 'gu'),
    make(m, planYear) {
      const y = yearOf(m[1], planYear);
      const m1 = num(m[2]);
      const m2 = m[4] ? num(m[4]) : m1;
      const d1 = num(m[3]);
      const d2 = num(m[5]);
      const joined = !new RegExp(DAY_SEP, 'u').test(m[0]);
      // "3月26日3月30日" (a page that lost its 至 between two full dates): a range when the second is later, within weeks.
      if (joined && (m[4] !== undefined ? !(m2 === m1 ? d2 > d1 : m2 === m1 + 1 && d2 < d1) : !(d2 > d1))) return undefined;
      if (!validMonth(m1) || !validMonth(m2) || !validDay(y, m1, d1) || !validDay(y, m2, d2)) return undefined;
      return { range: { start: ymd(y, m1, d1), end: ymd(y, m2, d2) }, kind: 'period' };
    },
  },
  {
    // "10月8日至220日": a PDF that doubles characters at its joins doubled the end day's first digit; read only when
    // the day as written cannot be one and the single digit gives a later day of the month.
    re: new RegExp(`${YEAR}${M}月(\\d{1,2})[日号]?${DAY_SEP}(\\d)\\4(\\d)[日号]`, 'gu'),
    make(m, planYear) {
      const y = yearOf(m[1], planYear);
      const [mo, d1, d2] = [num(m[2]), Number(m[3]), Number(`${m[4]}${m[5]}`)];
      if (!validMonth(mo) || !validDay(y, mo, d1) || !validDay(y, mo, d2) || d2 <= d1) return undefined;
      return { range: { start: ymd(y, mo, d1), end: ymd(y, mo, d2) }, kind: 'period' };
    },
  },
  {
    // 8月20日前, 2025年12月28日; "5月24日16:00前" (a clock time before 前)
    re: new RegExp(`${YEAR}${M}月${D}[日号](?:\\s*\\d{1,2}\\s*[:：]\\s*\\d{2}(?=\\s*(?:前|之前|以前)))?${BEFORE}`, 'gu'),
    make: (m, planYear) => oneDay(yearOf(m[1], planYear), num(m[2]), num(m[3]), m[4] ? 'deadline' : 'event'),
  },
  {
    // 2026.3.31-4.2, 2026.3.31-2026.4.2, and a template's blanked year ("20__.5.27", "20XX.5.27-20XX.5.31", read in the
    // plan year); a page may write the dots as 。 ("20__。5。27-5。31").
    re: new RegExp(`(?<![\\d.])(20\\d{2}|${BLANK_YEAR})[.。](\\d{1,2})[.。](\\d{1,2})(?:${SEP}(?:(?:20\\d{2}|${BLANK_YEAR})[.。])?(\\d{1,2})[.。](\\d{1,2}))?(?![\\d.])(前|之前|以前)?`, 'gu'),
    make(m, planYear) {
      const y = /^\d{4}$/u.test(m[1] ?? '') ? Number(m[1]) : planYear;
      if (m[4] === undefined) return oneDay(y, Number(m[2]), Number(m[3]), m[6] ? 'deadline' : 'event');
      const [m1, d1, m2, d2] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
      const y2 = m2 < m1 ? y + 1 : y;
      if (!validMonth(m1) || !validMonth(m2) || !validDay(y, m1, d1) || !validDay(y2, m2, d2)) return undefined;
      return { range: { start: ymd(y, m1, d1), end: ymd(y2, m2, d2) }, kind: 'period' };
    },
  },
  {
    // "“5·12”防震减灾宣传活动周", "“3·15”": an observance day written month·day in quotes, that day of the plan year.
    re: /(?<=[“"「『‘])(\d{1,2})\s?[·・•‧]\s?(\d{1,2})(?=[”"」』’])/gu,
    make: (m, planYear) => oneDay(planYear, Number(m[1]), Number(m[2]), 'event'),
  },
  {
    // 2026.3.31, 2026-03-31, 2026/3/31 (web tables), with 前 a deadline
    re: /(?<![\d.])(20\d{2})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\d.])(前|之前|以前)?/gu,
    make: (m) => oneDay(Number(m[1]), Number(m[2]), Number(m[3]), m[4] ? 'deadline' : 'event'),
  },
  {
    // "2025215日前": a page that dropped the 年 and 月 of "2025年2月15日前"; read only when the digits after the year
    // split into a month and a day in exactly one way ("2025111日前" is 1月11日 or 11月1日: not read).
    re: /(?<!\d)(20\d{2})(\d{2,4})[日号](前|之前|以前)/gu,
    make: (m) => {
      const y = Number(m[1]);
      const digits = m[2] ?? '';
      const readings = [1, 2]
        .filter((ml) => digits.length - ml >= 1 && digits.length - ml <= 2 && digits[0] !== '0' && digits[ml] !== '0')
        .map((ml) => oneDay(y, Number(digits.slice(0, ml)), Number(digits.slice(ml)), 'deadline'))
        .filter((r) => r !== undefined);
      return readings.length === 1 ? readings[0] : undefined;
    },
  },
  {
    // "请于520日之前报送", "于615日前": a page that dropped the 月 of "5月20日"; read only after 于 and before 前, when
    // the digits split into a month and a day in exactly one way ("于111日前" is not read).
    re: /(?<=[于在至到]\s?)(\d{3,4})[日号](前|之前|以前)/gu,
    make: (m, planYear) => {
      const digits = m[1] ?? '';
      const readings = [1, 2]
        .filter((ml) => digits.length - ml >= 1 && digits.length - ml <= 2 && digits[0] !== '0' && digits[ml] !== '0')
        .map((ml) => oneDay(planYear, Number(digits.slice(0, ml)), Number(digits.slice(ml)), 'deadline'))
        .filter((r) => r !== undefined);
      return readings.length === 1 ? readings[0] : undefined;
    },
  },
  {
    // 9月10前, 9月10号前 (no 日)
    re: new RegExp(`${YEAR}${M}月${D}(前|之前|以前)`, 'gu'),
    make: (m, planYear) => oneDay(yearOf(m[1], planYear), num(m[2]), num(m[3]), 'deadline'),
  },
  {
    // 3月底前, 7月初, 9月中旬, 次年1月底, 5月中下旬
    re: new RegExp(`${YEAR}${M}月份?(初|上中旬|中下旬|上旬|中旬|下旬|底|末|中)${BEFORE}`, 'gu'),
    make(m, planYear) {
      const y = yearOf(m[1], planYear);
      const mo = num(m[2]);
      const part = PARTS[m[3] ?? ''];
      if (!validMonth(mo) || !part) return undefined;
      const range = { start: ymd(y, mo, part[0]), end: ymd(y, mo, part[1]) };
      if (m[3] === '底' || m[3] === '末') return { range: { start: range.end, end: range.end }, kind: 'deadline' };
      return { range, kind: m[4] ? 'deadline' : 'period' };
    },
  },
  {
    // 9月, 10月份, 6月前
    re: new RegExp(`${YEAR}(?<![\\d个])${M}月份?(?![\\d一二三四五六七八九十日号度])${BEFORE}`, 'gu'),
    make(m, planYear) {
      const y = yearOf(m[1], planYear);
      const mo = num(m[2]);
      if (!validMonth(mo)) return undefined;
      if (m[3]) {
        // "6月前": before June begins.
        const prev = mo === 1 ? { y: y - 1, mo: 12 } : { y, mo: mo - 1 };
        const end = ymd(prev.y, prev.mo, 31);
        return { range: { start: end, end }, kind: 'deadline' };
      }
      return { range: { start: ymd(y, mo, 1), end: ymd(y, mo, 31) }, kind: 'period' };
    },
  },
  {
    // 二、三季度, 第二至第三季度: one span
    re: /(?:第)?([一二三四1-4])\s{0,2}(?:、|,|，|和|及|至|到|-|—|~)\s{0,2}(?:第)?([一二三四1-4])季度/gu,
    make(m, planYear) {
      const q1 = num(m[1]);
      const q2 = num(m[2]);
      if (!(q1 >= 1 && q2 <= 4 && q1 < q2)) return undefined;
      return { range: { start: ymd(planYear, q1 * 3 - 2, 1), end: ymd(planYear, q2 * 3, 31) }, kind: 'period' };
    },
  },
  {
    // 第三季度, 一季度末, Q3
    re: /(?:第)?([一二三四1-4])季度(末|底)?|\bQ([1-4])\b/giu,
    make(m, planYear) {
      const q = num(m[1] ?? m[3]);
      if (!(q >= 1 && q <= 4)) return undefined;
      const range = { start: ymd(planYear, q * 3 - 2, 1), end: ymd(planYear, q * 3, 31) };
      if (m[2]) return { range: { start: range.end, end: range.end }, kind: 'deadline' };
      return { range, kind: 'period' };
    },
  },
  {
    re: /(上|下)半年(?!(?:的)?(?:工作|任务|情况|目标))/gu,
    make(m, y) {
      const first = m[1] === '上';
      return { range: first ? { start: ymd(y, 1, 1), end: ymd(y, 6, 30) } : { start: ymd(y, 7, 1), end: ymd(y, 12, 31) }, kind: 'period' };
    },
  },
  {
    // "到“十三五”末", "十四五期末": a five-year plan's end, the last day of its last year (十一五 2006–2010 … 十五五 2026–2030).
    re: /[“"]?十([一二三四五])五[”"]?\s*(?:规划)?\s*期?末/gu,
    make: (m) => {
      const y = 2005 + 5 * '一二三四五'.indexOf(m[1] ?? '一') + 5;
      return { range: { start: ymd(y, 12, 31), end: ymd(y, 12, 31) }, kind: 'deadline' };
    },
  },
  {
    // "到2025年，…", "力争到2030年实现…", "力争2025年…达到15%", "目标是到2025年，…": a goal for that year, due by its end ("截至2023年" is the
    // past; "到2025年6月" and "到2025年底" are read above).
    re: /(?:(?<=力争|争取)|(?<=^|[，,。；;：:\s—]|力争|争取|目标是|目标为|任务是)(?:到|至))\s*(20\d{2})\s*年(?!\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月|底|末|内|终|度)/gu,
    make: (m) => ({ range: { start: ymd(Number(m[1]), 12, 31), end: ymd(Number(m[1]), 12, 31) }, kind: 'deadline' }),
  },
  {
    // 全年 is a deadline in "全年开展…" but not in "制定全年计划" or "全年工作总结" (the year as a thing), nor in "贯穿全年"
    // (publicity that runs all year beside an event's own week).
    // A count of years before it ("3年内", "两年内") is a span from no stated day: no deadline.
    re: /(?:(\d{4})(?=年)|(?<![\d一二两三四五六七八九十几数多半百]))年(?:内|底前?|末|终)|(?<!(?:制定|汇总|总结|部署|安排|谋划|回顾|统筹|完成|做好|梳理|报送|上报|形成|编制)[^，,。；;]{0,2})(?<!贯穿|覆盖|持续|贯串|延续到|延伸至)全年(?!(?:的|工作|计划(?!(?:举办|开展|组织|完成|培训|实施))|目标任务|总结|情况|重大|重点|任务|各项))/gu,
    make(m, y) {
      const year = m[1] ? Number(m[1]) : y;
      return { range: { start: ymd(year, 12, 31), end: ymd(year, 12, 31) }, kind: 'deadline' };
    },
  },
];

/** The month of the last "N月" before `index` (within 60 characters), for a range written with days only. */
function lastMonthBefore(text: string, index: number): number | undefined {
  let month: number | undefined;
  for (const m of text.slice(Math.max(0, index - 60), index).matchAll(/(\d{1,2}|十[一二]?|[一二三四五六七八九])月/gu)) {
    const v = num(m[1]);
    if (validMonth(v)) month = v;
  }
  return month;
}

const PAST_BEFORE = /(已于|已在|已经|已|曾于|曾)\s*$/u;

/** The deadlines written in a text (not those implied by observances), in order of appearance. */
export function parseDeadlines(original: string, planYear: number, context: { month?: number } = {}): Due[] {
  // "5月20日(星期六)至31日(星期三)": the weekday beside a day is no part of the range.
  // A year the stated weekday contradicts is read as the neighbouring year it fits (the text shown stays as written).
  const text = withWeekdayYears(normalizeText(original), new Set([planYear])).replace(/(?<=[日号])\s*[（(](?:星期|周|礼拜)[一二三四五六日天][)）]/gu, '');
  const hits: Array<{ index: number; length: number; due: Due[] }> = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  const excepted = [...text.matchAll(/除(?:了)?[^。；;，,]{1,50}?(?:以)?外/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const index = m.index ?? 0;
      const length = m[0].length;
      if (taken.slice(index, index + length).some(Boolean)) continue;
      const made = rule.make(m as RegExpExecArray, planYear);
      if (!made) continue;
      taken.fill(true, index, index + length);
      // Days named in an exception ("除“5·12”宣传周、“7·28”纪念日等重点时段外,形成常态化机制") date nothing of the rest.
      if (excepted.some(([a, b]) => a <= index && index + length <= b)) continue;
      // A past event ("已于3月5日召开", "3月5日召开了") is not a deadline.
      if (PAST_BEFORE.test(text.slice(Math.max(0, index - 4), index)) || /^[^，,。；;]{0,8}了/u.test(text.slice(index + length, index + length + 9))) continue;
      // "今年5月12日是我国第九个“防灾减灾日”": the day an observance falls on, told as a fact; not the plan's date.
      if (made.kind === 'event' && /^是(?:我国|全国|国际|世界)?第[\d一二三四五六七八九十]{1,3}个/u.test(text.slice(index + length, index + length + 12))) continue;
      const written = original.slice(index, index + length);
      const due: Due = { text: written, ...made.range, implied: false, kind: made.kind };
      if (made.recurring) due.recurring = made.recurring;
      hits.push({ index, length, due: [due] });
    }
  }
  // "12-18日" with no month of its own: the month written last before it ("10月…12-18日"), or the section's.
  const bareRange = new RegExp(`(?<![\\d月.\\-/—])${D}[日号]?${DAY_SEP}${D}[日号]`, 'gu');
  for (const m of text.matchAll(bareRange)) {
    const index = m.index ?? 0;
    if (taken.slice(index, index + m[0].length).some(Boolean)) continue;
    const month = lastMonthBefore(text, index) ?? context.month;
    const d1 = num(m[1]);
    const d2 = num(m[2]);
    if (month === undefined || !(d1 < d2) || !validDay(planYear, month, d1) || !validDay(planYear, month, d2)) continue;
    taken.fill(true, index, index + m[0].length);
    hits.push({ index, length: m[0].length, due: [{ text: original.slice(index, index + m[0].length), start: ymd(planYear, month, d1), end: ymd(planYear, month, d2), implied: false, kind: 'period' }] });
  }
  // 每逢单月 / 双月: each odd (even) month.
  for (const m of text.matchAll(/(?:每逢|逢)?(单|双)月(?:份)?/gu)) {
    const index = m.index ?? 0;
    if (taken[index]) continue;
    const written = original.slice(index, index + m[0].length);
    const months = m[1] === '单' ? [1, 3, 5, 7, 9, 11] : [2, 4, 6, 8, 10, 12];
    hits.push({ index, length: m[0].length, due: months.map((mo) => ({ text: written, start: ymd(planYear, mo, 1), end: ymd(planYear, mo, 31), implied: false, kind: 'period' as const })) });
  }
  // 每半年: at the end of June and of December.
  for (const m of text.matchAll(/每半年/gu)) {
    const index = m.index ?? 0;
    const written = original.slice(index, index + m[0].length);
    hits.push({ index, length: m[0].length, due: [6, 12].map((mo) => ({ text: written, start: ymd(planYear, mo, 31), end: ymd(planYear, mo, 31), implied: false, kind: 'deadline' as const })) });
  }
  for (const m of text.matchAll(/每(个)?季度末?|每季末/gu)) {
    const index = m.index ?? 0;
    const written = original.slice(index, index + m[0].length);
    const due: Due[] = [1, 2, 3, 4].map((q) => {
      const end = ymd(planYear, q * 3, 31);
      return { text: written, start: end, end, implied: false, kind: 'deadline', recurring: 'quarterly' };
    });
    hits.push({ index, length: m[0].length, due });
  }
  // "每月" inside a stated span of months ("4月-10月…每月举办一次") recurs within that span, not all year.
  const monthsSpanned = hits.some((h) => h.due.some((d) => d.kind === 'period' && d.recurring === 'monthly' && d.start.slice(0, 7) !== d.end.slice(0, 7)));
  for (const m of text.matchAll(/每(个)?月(?![\d一二三四五六七八九十])/gu)) {
    const index = m.index ?? 0;
    if (monthsSpanned) continue;
    hits.push({
      index,
      length: m[0].length,
      due: [{ text: original.slice(index, index + m[0].length), start: ymd(planYear, 1, 1), end: ymd(planYear, 12, 31), implied: false, kind: 'period', recurring: 'monthly' }],
    });
  }
  // "每年7月初": the date that follows 每年 recurs every year.
  for (const m of text.matchAll(/每年(度)?/gu)) {
    const after = (m.index ?? 0) + m[0].length;
    const hit = hits.find((h) => h.index >= after && h.index <= after + 2);
    if (hit) for (const d of hit.due) d.recurring = 'yearly';
  }
  return hits.sort((a, b) => a.index - b.index).flatMap((h) => h.due);
}
