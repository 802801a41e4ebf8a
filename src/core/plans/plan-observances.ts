// A plan's own dates for an observance ("全国科普日活动于9月15日至21日举行", or 活动时间 in a 科普日 方案)
// override the national calendar for that plan; an event plan's undated tasks fall in its window.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import { daysBetween, lastDayOfMonth, ymd } from '../dates/civil-date.js';
import { findObservances, observanceDates, type Observance } from './observances.js';
import type { Due } from './plan-schema.js';

/** "活动时间：…", "一、活动时间", "时间安排", "一、科技周活动时间": a line that gives the event's dates (here or on the next line). */
const WHEN_LINE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?=(?:活动)?(?:时间|日期)$))?\s*(?:活动周?|举办|实施|集中活动|主题活动|\p{Script=Han}{1,4}[节周](?:活动)?)?(?:时间|日期)(?:安排)?\s*[:：]?\s*(.*)$/u;

/**
 * A sentence that sets an event's days: "定于9月17-23日在全国各地集中开展", "将于5月21日至28日举办", "活动时间定于2020年
 * 9月19-25日".
 */
const SETS_DAYS = /^\s*(?:(?:定于|将于|拟于|于)[^，,]{0,20}(?:集中开展|举办|举行)|(?:活动)?时间(?:定于|定为|为|是)?\s*[:：]?\s*(?:20\d{2}\s*年)?\d{1,2}\s*月)/u;

/** The title of an activity's scheme: "全区科技活动整体方案", "科普进校园活动实施方案"; a notice calling one ("关于举办第5届区科普文化节的通知", "关于开展…宣传月科普活动的通知"). */
const ACTIVITY_PLAN = /活动[^，,。；;]{0,6}方案$|^关于(?:举办|开展)[^。；;]{2,40}(?:活动|节|周|月|大赛|竞赛)的通知$/u;

/** A content part's heading: "二、活动内容", "(三)主要内容", "四、主要活动安排", "重点活动". */
export const CONTENT_HEAD = /(?:活动|主要|宣传|工作)内容|(?:重点|主要|系列)活动|活动安排/u;

/** A numbered heading of the outline's top ranks ("一、", "(一)"): where a notice's lead ends. */
const FIRST_HEAD = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/u;

/** The calendar with the plan's own dates for the observances it dates, and an event plan's window. */
export function withPlanDates(title: string, lines: string[], year: number, calendar: readonly Observance[]): { observances: readonly Observance[]; window?: Due; contentOnly?: boolean; oneDay?: boolean } {
  const own = new Map<string, { start: string; end: string }>();
  // "今年5月12日是…防灾减灾日，5月9日至15日为防灾减灾宣传周": a one-day observance's week around its day.
  const weeks = new Map<string, { start: string; end: string }>();
  for (const line of lines) {
    let before: ReturnType<typeof findObservances> = [];
    for (const sentence of line.split(/[。；;]/u)) {
      // "2023年全国科普日主题为：…。定于9月17-23日在全国各地集中开展": the sentence that sets the days follows
      // one naming the observance earlier in its paragraph.
      const found = findObservances(sentence, calendar);
      const named = found.length === 0 && SETS_DAYS.test(sentence) ? before : found;
      if (found.length > 0) before = found;
      // Last year's dates quoted for context ("去年科普日9月16日至22日期间开展了…") are not this plan's.
      if (named.length === 0 || /了|去年|上年|往年/u.test(sentence)) continue;
      const first = named[0];
      if (first && !weeks.has(first.observance.name)) {
        const week = aroundDay(sentence, observanceDates(first.observance, year), year);
        if (week) weeks.set(first.observance.name, week);
      }
      // A span of days for a multi-day observance ("科技活动周 5月18日—24日", "5月25日至6月1日"); one day is a single event in it.
      const multiDay = first ? observanceDates(first.observance, year).start !== observanceDates(first.observance, year).end : false;
      const span = parseDeadlines(sentence, year).find((d) => d.kind !== 'deadline' && d.start.slice(0, 4) === String(year) && (d.start !== d.end) === multiDay && (d.end.slice(5, 7) === d.start.slice(5, 7) || daysBetween(d.start, d.end) <= 10));
      if (span && first && !own.has(first.observance.name)) own.set(first.observance.name, { start: span.start, end: span.end });
    }
  }
  let inTitle = findObservances(title, calendar)[0];
  if (inTitle && !own.has(inTitle.observance.name)) {
    const when = eventDates(lines, year);
    const month = Number(when?.start.slice(5, 7));
    // A title naming one observance over a body about another ("全国科普日活动方案" over a 科技活动周 of 5月23日―29日,
    // a template site's heading): the dates go to the observance the body names in their month. With no such
    // observance they are the plan's own dates for the one in its title ("全国科普日 2024年5月12日").
    if (when && inTitle.observance.month !== month) inTitle = lines.flatMap((l) => findObservances(l, calendar)).find((f) => f.observance.month === month) ?? inTitle;
    if (when && inTitle && !own.has(inTitle.observance.name)) own.set(inTitle.observance.name, when);
  }
  const observances = ownDates(calendar, own, year);
  const window = inTitle ? own.get(inTitle.observance.name) : undefined;
  if (window && inTitle) {
    // "今年3月23日是世界气象日" beside "二、活动时间 3月17日至3月23日": the plan's activities run the span around the day.
    const when = eventDates(lines, year);
    const around = when && when.start <= window.start && window.end <= when.end && (when.start !== window.start || when.end !== window.end) && daysBetween(when.start, when.end) <= 31 ? when : window;
    return { observances, window: { text: inTitle.written, ...around, implied: true, kind: 'event' } };
  }
  const week = inTitle ? weeks.get(inTitle.observance.name) : undefined;
  if (week && inTitle) return { observances, window: { text: inTitle.written, ...week, implied: true, kind: 'event' } };
  // "2023年全国科技活动周主题宣传活动方案" giving no days of its own: its activities fall in the observance's days.
  if (inTitle && ACTIVITY_PLAN.test(normalizeText(title))) {
    const days = observanceDates(inTitle.observance, year);
    // Only its content part is dated so: a 时间 section it has stays as written.
    if (days.start !== days.end) return { observances, window: { text: inTitle.written, start: days.start, end: days.end, implied: true, kind: 'event' }, contentOnly: true };
  }
  // An activity's 方案 naming no observance ("全区科技活动整体方案") with its own span of days ("二、时间 5月15日—21日").
  // So is a text with no title line of its own whose top headings are an activity's ("二、活动时间" … "四、活动内容").
  // With no title to name the event, its 时间 section stays an item as written and the window dates the content part.
  const untitled = !inTitle && !ACTIVITY_PLAN.test(normalizeText(title)) && untitledActivity(title, lines, year);
  const span = !inTitle && (ACTIVITY_PLAN.test(normalizeText(title)) || untitled) ? eventDates(lines, year) : undefined;
  if (span && untitled) return { observances, window: { text: title, ...span, implied: true, kind: 'event' }, contentOnly: true };
  // An event of one day ("活动时间：2025年9月12日") dates its tasks by that day as well; its day stays an item.
  if (span) return { observances, window: { text: title, ...span, implied: true, kind: 'event' }, ...(span.start === span.end ? { oneDay: true } : {}) };
  // A notice for one event with no title naming it: its lead names the one observance ("学校拟于“2022年全国科技活动周”
  // 期间开展系列活动") and a "时间" line gives its window. The window dates only the tasks of its content part.
  if (!inTitle) {
    // A notice whose points are one flat numbered list ("1.开放平台。…") has its lead before the first point.
    const firstHead = lines.findIndex((l) => FIRST_HEAD.test(normalizeText(l).trim()));
    const head = firstHead >= 0 ? firstHead : lines.findIndex((l) => /^\d{1,2}[、．.](?!\d)/u.test(normalizeText(l).trim()));
    const lead = lines.slice(0, head < 0 ? 0 : head);
    const names = new Map(lead.flatMap((l) => findObservances(l, calendar)).map((f) => [f.observance.name, f] as const));
    const only = names.size === 1 ? [...names.values()][0] : undefined;
    const when = only ? (own.get(only.observance.name) ?? eventDates(lines, year)) : undefined;
    if (only && when && when.start !== when.end && Number(when.start.slice(5, 7)) === only.observance.month) {
      // Its window is the plan's own dates for that observance as well ("同步举办科技活动周" under 有关要求).
      const dated = own.has(only.observance.name) ? observances : ownDates(calendar, new Map([...own, [only.observance.name, when]]), year);
      return { observances: dated, window: { text: only.written, ...when, implied: true, kind: 'event' }, contentOnly: true };
    }
    // A template scheme whose 活动时间 was left blank ("_年_月_日---_日") for the one observance its parts before it name
    // ("__年我区“全国科普日”活动要以…为指导"): its content part runs on the observance's days.
    const blank = lines.findIndex((_, k) => blankWhen(lines, k));
    if (blank >= 0 && !eventDates(lines, year)) {
      const before = new Map(lines.slice(0, blank).flatMap((l) => findObservances(l, calendar)).map((f) => [f.observance.name, f] as const));
      const one = before.size === 1 ? [...before.values()][0] : undefined;
      if (one) {
        const days = own.get(one.observance.name) ?? observanceDates(one.observance, year);
        return { observances, window: { text: one.written, start: days.start, end: days.end, implied: true, kind: 'event' }, contentOnly: true };
      }
    }
  }
  // "市科协于5月1日-6月15日期间…组织开展系列活动" in a news page's or notice's lead: the series' span.
  const series = seriesSpan(lines, year);
  if (series) return { observances, window: { ...series, implied: true, kind: 'event' } };
  return { observances };
}

/** The calendar with a plan's own dates for the observances it dates. */
function ownDates(calendar: readonly Observance[], own: ReadonlyMap<string, { start: string; end: string }>, year: number): readonly Observance[] {
  if (own.size === 0) return calendar;
  return calendar.map((o) => {
    const dates = own.get(o.name);
    if (!dates) return o;
    const years = (o.years ?? []).filter((y) => y.year !== year);
    return { ...o, years: [...years, { year, start: dates.start.slice(5), end: dates.end.slice(5), source: '计划所写日期' }] };
  });
}

/** A span written as a week ("…为防灾减灾宣传周", "…为活动周"). */
const WEEK_AFTER = /^\s*(?:为|是)?[^，,。；;]{0,10}周/u;

/**
 * The week a sentence sets around a one-day observance's day ("5月9日至15日为防灾减灾宣传周" beside 5月12日): a span of
 * this year of at most ten days holding the day, followed by the week's name.
 */
function aroundDay(sentence: string, day: { start: string; end: string }, year: number): { start: string; end: string } | undefined {
  if (day.start !== day.end) return undefined;
  const simple = normalizeText(sentence);
  for (const d of parseDeadlines(simple, year)) {
    if (d.kind === 'deadline' || d.start === d.end || !(d.start <= day.start && day.end <= d.end) || daysBetween(d.start, d.end) > 10) continue;
    const at = simple.indexOf(d.text);
    if (at >= 0 && WEEK_AFTER.test(simple.slice(at + d.text.length))) return { start: d.start, end: d.end };
  }
  return undefined;
}

/** A top heading of an activity's scheme: "二、活动时间", "四、活动内容", "(二)活动安排"; "二时间" on a page that lost its 、. */
const ACTIVITY_TIME_HEAD = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}(?=(?:活动)?(?:时间|日期)$))\s*(?:活动)?(?:时间|日期)\s*[:：]?/u;
const ACTIVITY_CONTENT_HEAD = /^(?:[一二三四五六七八九十]{1,3}、?|[（(][一二三四五六七八九十]{1,3}[)）])\s*活动(?:内容|安排|项目)(?:[及与和](?:具体)?(?:安排|要求|形式))?\s*[:：]?$/u;

/**
 * A page that gave its scheme no title line (the title is the file's name) but whose headings are an activity's:
 * a 活动时间 heading and a 活动内容 heading. A yearly work plan with a title of its own is not read so.
 */
function untitledActivity(title: string, lines: string[], year: number): boolean {
  const heads = lines.map((l) => normalizeText(l).trim());
  if (!(heads.some((l) => ACTIVITY_TIME_HEAD.test(l)) && heads.some((l) => ACTIVITY_CONTENT_HEAD.test(l)))) return false;
  const key = normalizeText(title).trim();
  // A compilation's heading ("…方案范文(汇总八篇)", "…多篇") names the site's page, not the scheme under it.
  if (!lines.some((l) => normalizeText(l).trim() === key) || /[（(](?:汇总|汇编|精选|合集|通用)?[\d一二三四五六七八九十]{1,3}篇[)）]$|多篇$/u.test(key)) return true;
  // A template site's sample under a year's generic title ("2022年科普工作计划") whose 活动时间 is a few days
  // ("3月26日3月30日"): an activity's scheme all the same; a year's plan runs for months.
  const span = eventDates(lines, year);
  return span !== undefined && daysBetween(span.start, span.end) <= 14;
}

/** A lead sentence setting a series' span: "决定于5月上旬至6月上旬…组织开展…系列活动", "将于7月1日至31日…集中举办". */
const SERIES_LEAD = /(?<![已曾])于\s*(?:20\d{2}\s*年)?\d{1,2}\s*月[^。；;]{0,60}?(?:开展|举办|举行)/u;

/** The span the first lines of a text set for a series of activities, when one sentence there sets one. */
function seriesSpan(lines: string[], year: number): { text: string; start: string; end: string } | undefined {
  for (const line of lines.filter((l) => l.trim() !== '').slice(0, 3)) {
    for (const sentence of normalizeText(line).split(/[。；;]/u)) {
      const lead = SERIES_LEAD.exec(sentence);
      if (!lead || /了|去年|上年|往年/u.test(lead[0])) continue;
      const span = parseDeadlines(lead[0], year).find((d) => d.kind === 'period' && d.start < d.end && d.start.startsWith(String(year)));
      if (span) return { text: span.text, start: span.start, end: span.end };
    }
  }
  return undefined;
}

/**
 * A numbered "时间" item run on inside a line ("…活动方案:1、时间:7月下旬至10月上旬,具体日期待定。 2、内容:…"), or a
 * point of a notice's list with its dates after a stop ("2.活动时间。2023年5月21日至6月10日。").
 */
const WHEN_ITEM = /(?:^|[\s:：。；;])(?:\d{1,2}[、．.]|[（(]\d{1,2}[)）])\s*(?:活动|举办|实施)?时间\s*[:：]\s*([^。；;]*)|^(?:\d{1,2}[、．.]|[（(]\d{1,2}[)）])\s*(?:活动|举办|实施)时间\s*[。.]\s*([^。；;]+)/u;

/** A numbered heading below the top rank: "(一)书画比赛", "1.合唱比赛", "2、…". */
const ACTIVITY_HEAD = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]|[（(]\d{1,2}[)）])\s*\S/u;

/**
 * A bare "时间:" line right under an activity's numbered heading ("(一)书画比赛" over "时间:4月10日上午"): a field of that
 * activity, not the window of the whole plan.
 */
function activityField(lines: string[], k: number): boolean {
  const line = normalizeText(lines[k] ?? '').trim();
  if (!/^时间\s*[:：]/u.test(line)) return false;
  let p = k - 1;
  while (p >= 0 && (lines[p] ?? '').trim() === '') p--;
  const prev = normalizeText(lines[p] ?? '').trim();
  return ACTIVITY_HEAD.test(prev) && !/时间|日期/u.test(prev);
}

/** A template's blank: only fill-in marks and date words ("_年_月_日---_日", "20__年__月__日"). */
const BLANK_DATE = /^[_＿\s\d年月日号\-—－~～至到]*[_＿][_＿\s\d年月日号\-—－~～至到]*$/u;

/** An "活动时间" line (or the line after it) left blank in a template. */
function blankWhen(lines: string[], k: number): boolean {
  const m = WHEN_LINE.exec(normalizeText(lines[k] ?? '').trim());
  if (!m || activityField(lines, k)) return false;
  const rest = (m[1] ?? '').trim();
  const text = rest !== '' ? rest : (lines.slice(k + 1).find((l) => l.trim() !== '') ?? '').trim();
  return BLANK_DATE.test(normalizeText(text)) && !/\d{1,2}\s*月\s*\d{1,2}/u.test(text);
}

/** The dates an "活动时间" line (or the line after it) gives, when they are one span of days. */
function eventDates(lines: string[], year: number): { start: string; end: string } | undefined {
  for (let k = 0; k < lines.length; k++) {
    const m = WHEN_LINE.exec(normalizeText(lines[k] ?? '').trim()) ?? WHEN_ITEM.exec(normalizeText(lines[k] ?? '').trim());
    if (!m || activityField(lines, k)) continue;
    // "(一)时间。" ends with its stop, "一、时间与主题" joins a second field: the dates are on the next line.
    const rest = (m[1] ?? m[2] ?? '').replace(/^[。.、，,\s]+$/u, '').replace(/^\s*[与和及、]\s*(?:主题|地点|内容|方式|对象)\s*[:：]?\s*$/u, '');
    const text = rest.trim() !== '' ? rest : (lines.slice(k + 1).find((l) => l.trim() !== '') ?? '');
    // "三、时间安排" over "1、4月下旬,召开…" "2、…": a schedule of stages, its first stage no span of the event.
    if (/^\s*\d{1,2}\s*(?:、|[.．](?!\d))/u.test(normalizeText(text))) continue;
    const span = parseDeadlines(text, year).find((d) => d.kind !== 'deadline') ?? strippedSpan(text, year);
    if (span) return { start: span.start, end: span.end };
  }
  return undefined;
}

/**
 * "202252128": a page that dropped the 年, 月, 日 and dash of "2022年5月21—28日". Read back only when the digits
 * after the plan's year split into a month and two days (the second later) in exactly one way.
 */
function strippedSpan(text: string, year: number): { start: string; end: string } | undefined {
  const m = new RegExp(`^\\s*${year}(\\d{3,6})\\s*$`, 'u').exec(text);
  if (!m) return undefined;
  const digits = m[1] ?? '';
  const found: Array<{ start: string; end: string }> = [];
  for (const ml of [1, 2]) {
    const month = Number(digits.slice(0, ml));
    if (digits[0] === '0' || month < 1 || month > 12) continue;
    const days = digits.slice(ml);
    for (let dl = 1; dl < days.length && dl <= 2; dl++) {
      const [a, b] = [days.slice(0, dl), days.slice(dl)];
      if (b.length > 2 || a[0] === '0' || b[0] === '0') continue;
      const [d1, d2] = [Number(a), Number(b)];
      if (d1 >= 1 && d1 < d2 && d2 <= lastDayOfMonth(year, month)) found.push({ start: ymd(year, month, d1), end: ymd(year, month, d2) });
    }
  }
  return found.length === 1 ? found[0] : undefined;
}
