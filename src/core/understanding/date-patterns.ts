// The pieces the date patterns of message-dates.ts are built from: weekdays, months, days, and what may follow them.
import { addDays, weekdayOf, type CivilDate } from '../dates/civil-date.js';
import { parseChineseNumber } from '../text/chinese-number.js';

export const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 0 };
export const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** An English weekday, full or short ("sat", "tues"), never the start of another word ("last month"). */
export const EN_DAY = '(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|rs|r|s)?\\.?(?![a-z])';
export const enDay = (w: string | undefined): number => EN_WEEKDAYS.findIndex((d) => d.startsWith((w ?? '').slice(0, 3)));
/** What may follow a bare day ("3号", "12日"): punctuation or a word that goes on about the day, not "3号楼". */
export const DAY_END = '(?=$|[\\s,，。;；:：、!！?？()（）]|[在去到于给跟和与同我俺咱全共又还就才把带请邀组举开搞办晚早当那]|(?![\\p{Script=Han}]{0,3}[楼床码院门窗厅房室柜箱罐井仓库站口路街巷弄栋幢坑线馆])[\\p{Script=Han}](?<![机位车台桌包元文令球种型件批期届次]))';
export const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const M = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
/** A day of the month: 12, 十二, 二十二, 廿二 (廿 = 二十, 卅 = 三十, as dates are written in letters and minutes). */
export const D = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])';
export const PERIOD_AFTER = '(?=\\s*(?:份|以来|期间|全月|中|内|里|共|累计|总共|合计|一共|先后|陆续|每周|每天|每期|,|，|:|：|\\s))';


export const num = (s: string | undefined): number => parseChineseNumber(s ?? '') ?? Number.NaN;
/** A bare day at most this many days ahead is this month's, asked about. */
export const SOON_DAYS = 7;

/** The most recent given weekday on or before today; with `lastWeek`, the one in the week before this. */
export function lastWeekday(today: CivilDate, weekday: number, lastWeek: boolean): CivilDate {
  const mondayOffset = (weekdayOf(today) + 6) % 7;
  const thisMonday = addDays(today, -mondayOffset);
  const offset = (weekday + 6) % 7;
  if (lastWeek) return addDays(thisMonday, offset - 7);
  const candidate = addDays(thisMonday, offset);
  return candidate > today ? addDays(candidate, -7) : candidate;
}
