// The official holiday calendar from chinese-days: holidays and 调休 make-up working days, by year.
import { createRequire } from 'node:module';
import type ChineseDays from 'chinese-days';
import type { HolidayCalendar } from '../../core/schedules/work-calendar.js';

let library: typeof ChineseDays | undefined;
/**
 * chinese-days, loaded on the first date asked about: it builds its tables as it loads (about 50 ms of CPU), which a
 * CLI question or a bot start that never asks about a working day should not pay. A CommonJS package, so `require`
 * loads it synchronously, as the calendar's callers need.
 */
function chineseDays(): typeof ChineseDays {
  library ??= createRequire(import.meta.url)('chinese-days') as typeof ChineseDays;
  return library;
}

/** Whether chinese-days has been loaded in this process (for the test that keeps it lazy). */
export const chineseDaysLoaded = (): boolean => library !== undefined;

const covered = new Map<number, boolean>();
const days = new Map<string, boolean | undefined>();

/** Whether chinese-days holds a year: every published year has New Year's Day off. */
function covers(year: number): boolean {
  let known = covered.get(year);
  if (known === undefined) {
    known = chineseDays().getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, known);
  }
  return known;
}

/** chinese-days as the core's HolidayCalendar; a year it does not hold answers undefined. */
export const chineseHolidayCalendar: HolidayCalendar = {
  isWorkday(date) {
    if (days.has(date)) return days.get(date);
    const year = Number(date.slice(0, 4));
    const answer = covers(year) ? chineseDays().isWorkday(date) : undefined;
    // chinese-days parses each date; the scheduler asks about the same few hundred days every tick.
    if (days.size > 20_000) days.clear();
    days.set(date, answer);
    return answer;
  },
};
