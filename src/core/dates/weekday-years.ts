// A year mistyped next to its weekday: "决赛时间:2024年7月27日(星期日)" in a notice copied from last year's, its
// weekday written for this year. When the weekday does not fall on the date in the year written but does in the
// year just before or after it, and that year is the document's own (its plan year, or a year it writes elsewhere), the
// writer meant that year. A weekday alone never moves a date into a year the document does not name: "请于2026年3月5日
// （星期三）前报送" in a 2026 notice is a wrong weekday, not a 2025 deadline. One pass over the line.
import { ymd } from './civil-date.js';

const DATED_WEEKDAY = /(20\d{2})(\s*年\s*)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*[日号]\s*[（(]?\s*(?:星期|周|礼拜)\s*)([一二三四五六日天])/gu;
const WEEKDAY = '日一二三四五六';

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(`${ymd(year, month, day)}T00:00:00Z`).getUTCDay();
}

/** The line with each year that its stated weekday contradicts replaced by the neighbouring year it fits. */
export function withWeekdayYears(line: string, ownYears: ReadonlySet<number>): string {
  if (!/(?:星期|周|礼拜)/u.test(line)) return line;
  return line.replace(DATED_WEEKDAY, (whole: string, y: string, a: string, m: string, b: string, d: string, c: string, w: string) => {
    const [year, month, day] = [Number(y), Number(m), Number(d)];
    if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
    const stated = WEEKDAY.indexOf(w === '天' ? '日' : w);
    if (weekdayOf(year, month, day) === stated) return whole;
    const fits = [year + 1, year - 1].filter((n) => weekdayOf(n, month, day) === stated && ownYears.has(n));
    return fits.length === 1 ? `${fits[0]}${a}${m}${b}${d}${c}${w}` : whole;
  });
}
