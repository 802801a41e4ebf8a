// Understands a one-line activity report: date, headcount, other figures and a title, in Chinese or English.
import { addDays, daysBetween, isCivilDate, partsOf, weekdayOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { NUMBER_SOURCE, parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';

export interface UnderstoodActivity {
  date: CivilDate;
  /** How the date was found: written, relative ("昨天") or assumed to be today. */
  dateSource: 'explicit' | 'relative' | 'default';
  title: string;
  headcount: number | null;
  headcountUnit: '人次' | '人' | null;
  approximate: boolean;
  metrics: Record<string, number>;
  metricLabels: Record<string, string>;
  /** Notes for the author: future or far-past dates, how figures were read. */
  flags: string[];
}

export type ParseActivityResult = { ok: true; activity: UnderstoodActivity } | { ok: false; problem: 'no_figure' | 'two_dates' | 'empty'; message: string };

const PEOPLE_UNITS = '人次|人|名|位';
const OTHER_UNITS = '场次|场|次|份|册|块|件|个|家|期|篇|幅|张|本|套|台|所|项|条|处|批|户|组|支|辆|万元|元';
const APPROX_BEFORE = /(约|大约|近|将近|超过|逾|上)\s*$/u;
const APPROX_AFTER = /^(多|余|左右|以上|来)/u;
const PARTICIPATE = /(参加|参与|参会|到场|来了|出席|观众|群众|受众|人数|听众|学生|市民|居民|村民|吸引|接待|受益|服务|覆盖|参观|培训|到访|共有|计)/u;
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_PEOPLE = /^(attendees|participants|people|visitors|students|residents|persons|guests)\b/u;
const EN_UNITS: Record<string, string> = { leaflets: '份', brochures: '份', copies: '份', booklets: '册', books: '册', sessions: '场', lectures: '场', talks: '场', events: '场', consultations: '次', boards: '块', items: '件' };

interface DateHit {
  index: number;
  length: number;
  date: CivilDate;
  source: 'explicit' | 'relative';
}

/** The activity in a message logged on `today`. */
export function parseActivityMessage(raw: string, today: CivilDate): ParseActivityResult {
  const original = raw.trim();
  if (original === '') return { ok: false, problem: 'empty', message: '消息是空的。请写明日期、活动名称和人数，例如：5月17日 科普周开幕式，参加群众800人次。' };
  const text = normalizeText(original).toLowerCase();
  const dates = findDates(text, today);
  const distinct = [...new Set(dates.map((d) => d.date))];
  if (distinct.length > 1) {
    return { ok: false, problem: 'two_dates', message: `消息里有两个日期（${distinct.join('、')}），不知道该记哪一天。请只写活动当天的日期，重新发送。` };
  }
  const masked = maskRanges(text, dates);
  const figures = findFigures(masked);
  const people = figures.filter((f) => f.people);
  const chosen = people.find((f) => PARTICIPATE.test(f.context)) ?? people[0];
  if (!chosen && figures.length === 0) {
    return { ok: false, problem: 'no_figure', message: '没有找到人数或数量。请写明例如“参加120人”“发放资料300份”“讲座2场”，再发送一次。' };
  }
  const metrics: Record<string, number> = {};
  const metricLabels: Record<string, string> = {};
  const flags: string[] = [];
  for (const f of figures) {
    if (f === chosen) continue;
    const key = f.people ? `${f.unit}(${f.context.slice(-6) || '其他'})` : f.unit;
    if (metrics[key] === undefined) {
      metrics[key] = f.value;
      const label = f.context.replace(/^(并|和|及|共|共计|累计)/u, '').trim();
      if (/\p{Script=Han}{2,}/u.test(label) && label.length <= 12) metricLabels[key] = label;
    } else flags.push(`重复的数量未计入：${f.written}`);
    if (f.unit === '次' && /咨询|答疑/u.test(f.context)) flags.push(`“${f.written}”按咨询次数记录，不算人数`);
  }
  const date = dates[0]?.date ?? today;
  const ahead = daysBetween(today, date);
  if (ahead > 0) flags.push(`日期 ${date} 在今天之后，请确认`);
  if (ahead < -366) flags.push(`日期 ${date} 已超过一年，请确认`);
  return {
    ok: true,
    activity: {
      date,
      dateSource: dates[0]?.source ?? 'default',
      title: titleOf(original, text, dates, figures),
      headcount: chosen ? chosen.value : null,
      headcountUnit: chosen ? (chosen.unit === '人次' ? '人次' : '人') : null,
      approximate: chosen ? chosen.approximate : false,
      metrics,
      metricLabels,
      flags,
    },
  };
}

function findDates(text: string, today: CivilDate): DateHit[] {
  const { year } = partsOf(today);
  const hits: DateHit[] = [];
  const taken = (i: number, n: number): boolean => hits.some((h) => i < h.index + h.length && h.index < i + n);
  const push = (index: number, length: number, date: CivilDate | undefined, source: DateHit['source']): void => {
    if (date && isCivilDate(date) && !taken(index, length)) hits.push({ index, length, date, source });
  };
  const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
  const D = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
  for (const m of text.matchAll(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?/gu)) {
    push(m.index ?? 0, m[0].length, ymd2(Number(m[1]), Number(m[2]), Number(m[3])), 'explicit');
  }
  // 5月17日至23日: a range counts as its first day.
  for (const m of text.matchAll(new RegExp(`${M}月${D}[日号]?\\s*(?:至|到|-|—|~)\\s*(?:${M}月)?${D}[日号]`, 'gu'))) {
    push(m.index ?? 0, m[0].length, ymd2(year, num(m[1]), num(m[2])), 'explicit');
  }
  for (const m of text.matchAll(new RegExp(`${M}月${D}[日号]`, 'gu'))) push(m.index ?? 0, m[0].length, ymd2(year, num(m[1]), num(m[2])), 'explicit');
  for (const m of text.matchAll(/(?<![\d.,])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])(?![\d.%万])/gu)) {
    push(m.index ?? 0, m[0].length, ymd2(year, Number(m[1]), Number(m[2])), 'explicit');
  }
  const relative: Array<[RegExp, (m: RegExpMatchArray) => CivilDate | undefined]> = [
    [/今天|今日|\btoday\b/gu, () => today],
    [/昨天|昨日|\byesterday\b/gu, () => addDays(today, -1)],
    [/前天/gu, () => addDays(today, -2)],
    [/(\d+|[一二三四五六七八九十]+)天前/gu, (m) => addDays(today, -num(m[1]))],
    [/上(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/gu, (m) => lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, true)],
    [/(?:本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])/gu, (m) => lastWeekday(today, WEEKDAYS[m[1] ?? ''] ?? 0, false)],
    [new RegExp(`\\blast (${EN_WEEKDAYS.join('|')})\\b`, 'gu'), (m) => lastWeekday(today, EN_WEEKDAYS.indexOf(m[1] ?? ''), true)],
    [new RegExp(`\\bon (${EN_WEEKDAYS.join('|')})\\b`, 'gu'), (m) => lastWeekday(today, EN_WEEKDAYS.indexOf(m[1] ?? ''), false)],
  ];
  for (const [re, make] of relative) for (const m of text.matchAll(re)) push(m.index ?? 0, m[0].length, make(m), 'relative');
  return hits.sort((a, b) => a.index - b.index);
}

const num = (s: string | undefined): number => parseChineseNumber(s ?? '') ?? Number.NaN;
const ymd2 = (y: number, m: number, d: number): CivilDate | undefined => (m >= 1 && m <= 12 && d >= 1 && d <= 31 ? ymd(y, m, d) : undefined);

/** The most recent given weekday on or before today; with `lastWeek`, the one in the week before this. */
function lastWeekday(today: CivilDate, weekday: number, lastWeek: boolean): CivilDate {
  const mondayOffset = (weekdayOf(today) + 6) % 7;
  const thisMonday = addDays(today, -mondayOffset);
  const offset = (weekday + 6) % 7;
  if (lastWeek) return addDays(thisMonday, offset - 7);
  const candidate = addDays(thisMonday, offset);
  return candidate > today ? addDays(candidate, -7) : candidate;
}

function maskRanges(text: string, hits: DateHit[]): string {
  let out = text;
  for (const h of hits) out = out.slice(0, h.index) + ' '.repeat(h.length) + out.slice(h.index + h.length);
  return out;
}

interface Figure {
  index: number;
  length: number;
  value: number;
  unit: string;
  people: boolean;
  approximate: boolean;
  context: string;
  written: string;
}

function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  const re = new RegExp(`(${NUMBER_SOURCE})\\s*(多|余)?\\s*(${PEOPLE_UNITS}|${OTHER_UNITS}|[a-z]+)`, 'gu');
  for (const m of text.matchAll(re)) {
    const index = m.index ?? 0;
    const before = text.slice(0, index);
    if (/第\s*$/u.test(before)) continue;
    let value = parseChineseNumber(m[1] ?? '');
    if (value === undefined) continue;
    let unit = m[3] ?? '';
    let people = new RegExp(`^(${PEOPLE_UNITS})$`, 'u').test(unit);
    if (/^[a-z]+$/u.test(unit)) {
      if (EN_PEOPLE.test(unit)) {
        people = true;
        unit = '人';
      } else if (EN_UNITS[unit]) unit = EN_UNITS[unit] ?? unit;
      else continue;
    }
    if (unit === '万元') {
      value *= 10_000;
      unit = '元';
    }
    const after = text.slice(index + m[0].length);
    const clauseStart = Math.max(...['，', ',', '。', '；', ';', '、', ' '].map((c) => before.lastIndexOf(c)));
    const context = before.slice(clauseStart + 1).replace(/[:：]\s*$/u, '');
    const approximate = Boolean(m[2]) || APPROX_BEFORE.test(before) || APPROX_AFTER.test(after);
    figures.push({ index, length: m[0].length, value, unit, people, approximate, context, written: m[0] });
  }
  // "参加人数:1,200" writes the unit before the number.
  for (const m of text.matchAll(new RegExp(`(人数|人次|headcount|attendance)\\s*[:：为是]?\\s*(约)?\\s*(${NUMBER_SOURCE})(?!\\s*(?:${PEOPLE_UNITS}))`, 'gu'))) {
    const value = parseChineseNumber(m[3] ?? '');
    if (value === undefined) continue;
    figures.push({ index: m.index ?? 0, length: m[0].length, value, unit: m[1] === '人次' ? '人次' : '人', people: true, approximate: Boolean(m[2]), context: m[1] ?? '', written: m[0] });
  }
  return figures.sort((a, b) => a.index - b.index);
}

const LEAD = /^(记录|記錄|登记|登記|log|活动|活動|新增活动)\s*[:：]?\s*/iu;
const VERBS = /^(举办了?|开展了?|组织了?|召开了?|举行了?|进行了?|held|organi[sz]ed|ran)\s*/iu;

function titleOf(original: string, text: string, dates: DateHit[], figures: Figure[]): string {
  const hidden = new Array<boolean>(text.length).fill(false);
  for (const d of dates) hidden.fill(true, d.index, d.index + d.length);
  const figureSpans = figures.map((f) => ({ start: f.index - f.context.length, end: f.index + f.length }));
  const pieces: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/(?:[^，,。；;！!\n\s]|(?<=[a-z])\s+(?=[a-z]))+/gu)) pieces.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  const clean = (start: number, end: number, drop: Array<{ start: number; end: number }>): string => {
    let out = '';
    for (let i = start; i < end; i++) if (!hidden[i] && !drop.some((d) => i >= d.start && i < d.end)) out += original[i] ?? '';
    return out.trim().replace(LEAD, '').replace(VERBS, '').replace(/^(的|of)\s*/u, '').trim();
  };
  const withFigure = (p: { start: number; end: number }): boolean => figureSpans.some((f) => f.start < p.end && p.start < f.end);
  for (const p of pieces.filter((x) => !withFigure(x))) {
    const t = clean(p.start, p.end, []);
    if (t.length >= 2) return t.slice(0, 40);
  }
  for (const p of pieces) {
    const t = clean(p.start, p.end, figureSpans);
    if (t.length >= 2) return t.slice(0, 40);
  }
  return (figures[0]?.context || original.slice(0, 20)).trim();
}
