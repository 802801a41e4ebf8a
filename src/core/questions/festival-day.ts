// The day a festival falls on in a year: fixed-date ones here; lunar ones (春节, 中秋…) from the cited table in dates/.
import { ymd, type CivilDate } from '../dates/civil-date.js';

/** Festivals on the same solar day every year. */
const FIXED: Record<string, [number, number]> = {
  元旦: [1, 1],
  妇女节: [3, 8],
  植树节: [3, 12],
  劳动节: [5, 1],
  青年节: [5, 4],
  儿童节: [6, 1],
  建党节: [7, 1],
  建军节: [8, 1],
  教师节: [9, 10],
  国庆节: [10, 1],
};

/** Lunar festivals by year; filled from the dates module's table (none here: one table, cited, lives there). */
export type LunarDays = (name: string, year: number) => CivilDate | undefined;
const noLunar: LunarDays = () => undefined;

/** The day of a festival (元旦, 劳动节, 国庆节, 春节, 中秋节…) in a year; undefined for a lunar one the table does not hold. */
export function festivalDayOf(name: string, year: number, lunar: LunarDays = noLunar): CivilDate | undefined {
  const fixed = FIXED[name];
  if (fixed) return ymd(year, fixed[0], fixed[1]);
  return lunar(name, year);
}
