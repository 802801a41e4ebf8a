// Working days on the Chinese office calendar: public holidays and 调休 make-up days, weekends when a year is not known.
import { addDays, type CivilDate, partsOf, weekdayOf, weekRange, ymd } from '../dates/civil-date.js';

/** The official calendar (infra wraps chinese-days); `undefined` means the year is not published yet. */
export interface HolidayCalendar {
  isWorkday(date: CivilDate): boolean | undefined;
}

/** Working-day arithmetic over a holiday calendar. */
export interface Workdays {
  isWorkday(date: CivilDate): boolean;
  /** False for a year the calendar does not hold: weekends alone count then. */
  covers(year: number): boolean;
  /** The date itself when it is a working day, otherwise the next working day. */
  onOrAfter(date: CivilDate): CivilDate;
  /** The working day n working days before a date (the date itself not counted). */
  before(date: CivilDate, n: number): CivilDate;
  firstOfMonth(year: number, month: number): CivilDate;
  /** The first and last working days of the Monday–Sunday week around a date; undefined for a week off. */
  firstOfWeek(date: CivilDate): CivilDate | undefined;
  lastOfWeek(date: CivilDate): CivilDate | undefined;
}

const isWeekday = (date: CivilDate): boolean => {
  const d = weekdayOf(date);
  return d !== 0 && d !== 6;
};

/** Working days over a calendar; without one, Monday to Friday. */
export function createWorkdays(calendar?: HolidayCalendar): Workdays {
  const known = new Map<CivilDate, boolean>();
  const befores = new Map<string, CivilDate>();
  const isWorkday = (date: CivilDate): boolean => {
    let answer = known.get(date);
    if (answer === undefined) {
      answer = calendar?.isWorkday(date) ?? isWeekday(date);
      known.set(date, answer);
    }
    return answer;
  };
  const week = (date: CivilDate): CivilDate[] => {
    const { start } = weekRange(date);
    return Array.from({ length: 7 }, (_, i) => addDays(start, i)).filter(isWorkday);
  };
  const onOrAfter = (date: CivilDate): CivilDate => {
    let d = date;
    // Chinese holidays never run past nine days; a month is a safe cap.
    for (let i = 0; i < 31 && !isWorkday(d); i++) d = addDays(d, 1);
    return d;
  };
  return {
    isWorkday,
    covers: (year) => calendar?.isWorkday(ymd(year, 1, 1)) !== undefined,
    onOrAfter,
    before(date, n) {
      const key = `${date}|${n}`;
      const known = befores.get(key);
      if (known) return known;
      let d = date;
      for (let left = Math.max(0, Math.min(n, 60)), guard = 0; left > 0 && guard < 400; guard++) {
        d = addDays(d, -1);
        if (isWorkday(d)) left--;
      }
      befores.set(key, d);
      return d;
    },
    firstOfMonth: (year, month) => onOrAfter(ymd(year, month, 1)),
    firstOfWeek: (date) => week(date)[0],
    lastOfWeek: (date) => week(date).at(-1),
  };
}

/** "2027年节假日安排尚未收录，按周末推算" when the year is not covered. */
export function uncoveredYearNote(workdays: Workdays, date: CivilDate): string | undefined {
  const { year } = partsOf(date);
  return workdays.covers(year) ? undefined : `${year}年节假日安排尚未收录，按周末推算`;
}
