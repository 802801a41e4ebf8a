// National observances (全国科普日, 科技活动周, …): a plan line naming one is due then, even without a date.
// Dates move: each observance keeps the dates known per year (with their source); a year without an
// entry is guessed from the nearest earlier one (marked implied), unless that entry holds onward.
import { z } from 'zod';
import { ymd, type DateRange } from '../dates/civil-date.js';
import { normalizeText } from '../text/normalize.js';

const monthDay = z.string().regex(/^\d{2}-\d{2}$/);

/** The dates of an observance in one year, and where they come from. */
export const ObservanceYearSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  start: monthDay,
  end: monthDay,
  source: z.string(),
  /** The dates hold for later years too (a rule, such as 全国科普月 every September since 2025). */
  onward: z.boolean().optional(),
});
export type ObservanceYear = z.infer<typeof ObservanceYearSchema>;

export const ObservanceSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  month: z.number().int().min(1).max(12),
  /** A fixed day, or a window of days in the month when the date moves from year to year. */
  day: z.number().int().min(1).max(31).optional(),
  from: z.number().int().min(1).max(31).optional(),
  to: z.number().int().min(1).max(31).optional(),
  note: z.string().optional(),
  /** Where the month/day above come from. */
  source: z.string().optional(),
  /** Known dates per year (optional, so calendars written before it still type-check). */
  years: z.array(ObservanceYearSchema).optional(),
});
export type Observance = z.infer<typeof ObservanceSchema>;
export const ObservanceCalendarSchema = z.array(ObservanceSchema);

/** An observance's dates in a year: exact when known (or set by an admin), else guessed and marked implied. */
export interface ObservanceDates extends DateRange {
  source: string;
  /** True when the dates are a guess (from an older year or the usual window), not known for this year. */
  implied: boolean;
}

/** The dates an observance covers in a year. */
export function observanceDates(o: Observance, year: number): ObservanceDates {
  const years = o.years ?? [];
  const known = years.find((y) => y.year === year);
  if (known) return { start: `${year}-${known.start}`, end: `${year}-${known.end}`, source: known.source, implied: false };
  const earlier = years.filter((y) => y.year < year).sort((a, b) => b.year - a.year)[0];
  if (earlier) {
    const range = { start: `${year}-${earlier.start}`, end: `${year}-${earlier.end}` };
    if (earlier.onward) return { ...range, source: earlier.source, implied: false };
    return { ...range, source: `按${earlier.year}年推定（${earlier.source}）`, implied: true };
  }
  if (o.day !== undefined) return { start: ymd(year, o.month, o.day), end: ymd(year, o.month, o.day), source: o.source ?? '固定日期', implied: false };
  return { start: ymd(year, o.month, o.from ?? 1), end: ymd(year, o.month, o.to ?? 31), source: o.note ?? '通常时段', implied: true };
}

/** The dates an observance covers in a year. */
export function observanceRange(o: Observance, year: number): DateRange {
  const { start, end } = observanceDates(o, year);
  return { start, end };
}

/** Observance dates an admin set in chat for one workspace ("科技活动周 2026年5月16日至23日"). */
export const ObservanceOverrideSchema = z.object({
  name: z.string(),
  year: z.number().int(),
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  by: z.string(),
  at: z.string(),
});
export type ObservanceOverride = z.infer<typeof ObservanceOverrideSchema>;

/** The calendar with a workspace's own dates put in (they win over the shared ones for their year). */
export function withOverrides(calendar: readonly Observance[], overrides: readonly ObservanceOverride[]): Observance[] {
  if (overrides.length === 0) return [...calendar];
  return calendar.map((o) => {
    const mine = overrides.filter((v) => v.name === o.name);
    if (mine.length === 0) return o;
    const years = (o.years ?? []).filter((y) => !mine.some((v) => v.year === y.year));
    for (const v of mine) years.push({ year: v.year, start: v.start.slice(5), end: v.end.slice(5), source: `管理员设定（${v.at.slice(0, 10)}）` });
    return { ...o, years };
  });
}

/** The observance a name refers to (its name or an alias, simplified or traditional). */
export function observanceNamed(name: string, calendar: readonly Observance[]): Observance | undefined {
  const key = normalizeText(name).trim();
  return calendar.find((o) => [o.name, ...o.aliases].some((n) => normalizeText(n) === key));
}

const NAMES = new WeakMap<readonly Observance[], Array<{ o: Observance; n: string }>>();
/** Every name and alias in simplified form, longest first; computed once per calendar. */
function namesOf(calendar: readonly Observance[]): Array<{ o: Observance; n: string }> {
  let names = NAMES.get(calendar);
  if (!names) {
    names = calendar.flatMap((o) => [o.name, ...o.aliases].map((n) => ({ o, n: normalizeText(n) }))).sort((a, b) => b.n.length - a.n.length);
    NAMES.set(calendar, names);
  }
  return names;
}

/** A site or account named after an event, right after its name. */
const SITE_AFTER = /^(?:官方)?(?:网站|官网|客户端|公众号|小程序|视频号)/u;

/** Observances named in a text, longest name first, each once, with the words as written. */
export function findObservances(
  text: string,
  calendar: readonly Observance[],
): Array<{ observance: Observance; index: number; written: string }> {
  const simple = normalizeText(text);
  const names = namesOf(calendar);
  const taken: boolean[] = new Array(simple.length).fill(false);
  const hits: Array<{ o: Observance; i: number; length: number }> = [];
  for (const { o, n } of names) {
    let from = 0;
    for (let i = simple.indexOf(n, from); i >= 0; i = simple.indexOf(n, from)) {
      from = i + n.length;
      if (taken.slice(i, i + n.length).some(Boolean)) continue;
      taken.fill(true, i, i + n.length);
      hits.push({ o, i, length: n.length });
    }
  }
  hits.sort((a, b) => a.i - b.i);
  const found = new Map<string, { observance: Observance; index: number; written: string }>();
  hits.forEach((h, k) => {
    // "全国科普日暨防灾减灾宣传周": 暨 joins a second name to the first event, which gives the dates.
    const prev = hits[k - 1];
    const between = prev ? simple.slice(prev.i + prev.length, h.i) : '';
    if (prev && between.length <= 16 && between.includes('暨') && !/[，,。；;、\n]/u.test(between)) return;
    // "…学术论文评选、全国科技工作者日活动等八方面手段": one of a counted list of means, not the task's event
    // ("…科普日、科技活动周等科普活动" still is).
    if (simple[h.i - 1] === '、' && /^[^，,。；;、]{0,4}等[一二三四五六七八九十\d]{1,2}(?:方面|项|种|类|大)/u.test(simple.slice(h.i + h.length, h.i + h.length + 10))) return;
    // "在全国科普日网站提交", "登录科技活动周官网": the site named after the event is where things are sent, not the event.
    if (SITE_AFTER.test(simple.slice(h.i + h.length, h.i + h.length + 6))) return;
    if (!found.has(h.o.name)) found.set(h.o.name, { observance: h.o, index: h.i, written: text.slice(h.i, h.i + h.length) });
  });
  return [...found.values()].sort((a, b) => a.index - b.index);
}
