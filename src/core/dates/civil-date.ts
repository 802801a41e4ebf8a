// Calendar dates as 'YYYY-MM-DD' strings, with the few date sums the domain needs; no time zones here.

/** A calendar date written 'YYYY-MM-DD'; such strings sort in date order. */
export type CivilDate = string;

/** A closed range of calendar dates. */
export interface DateRange {
  start: CivilDate;
  end: CivilDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date for a year, month (1-12) and day; days past the month's end are clamped. */
export function ymd(year: number, month: number, day: number): CivilDate {
  const d = Math.min(day, lastDayOfMonth(year, month));
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** The last day number of a month. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits a date into numbers. */
export function partsOf(date: CivilDate): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

/** True for a real 'YYYY-MM-DD' date. */
export function isCivilDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(Number(m[1]), month);
}

/** The date n days later (earlier for negative n). */
export function addDays(date: CivilDate, n: number): CivilDate {
  const { year, month, day } = partsOf(date);
  const t = new Date(Date.UTC(year, month - 1, day + n));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CivilDate): number {
  const { year, month, day } = partsOf(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Whole days from a to b. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

export const monthRange = (year: number, month: number): DateRange => ({
  start: ymd(year, month, 1),
  end: ymd(year, month, 31),
});

export const quarterRange = (year: number, quarter: number): DateRange => ({
  start: ymd(year, quarter * 3 - 2, 1),
  end: ymd(year, quarter * 3, 31),
});

export const yearRange = (year: number): DateRange => ({ start: ymd(year, 1, 1), end: ymd(year, 12, 31) });

/** Monday to Sunday around a date. */
export function weekRange(date: CivilDate): DateRange {
  const back = (weekdayOf(date) + 6) % 7;
  const start = addDays(date, -back);
  return { start, end: addDays(start, 6) };
}

export const overlaps = (a: DateRange, b: DateRange): boolean => a.start <= b.end && b.start <= a.end;
export const contains = (r: DateRange, d: CivilDate): boolean => r.start <= d && d <= r.end;

/** The same month and day in another year (29 Feb becomes 28 Feb). */
export function inYear(date: CivilDate, year: number): CivilDate {
  const { month, day } = partsOf(date);
  return ymd(year, month, day);
}

/** "9月20日" for chat replies. */
export function formatMonthDay(date: CivilDate): string {
  const { month, day } = partsOf(date);
  return `${month}月${day}日`;
}
