// chinese-days builds its tables as it loads: the calendar loads it on the first date asked about, not at import.
import { describe, expect, it } from 'vitest';
import { chineseDaysLoaded, chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';

describe('the Chinese holiday calendar', () => {
  it('loads chinese-days only when a date is asked about, and answers from it then', () => {
    expect(chineseDaysLoaded()).toBe(false);
    expect(chineseHolidayCalendar.isWorkday('2026-10-01')).toBe(false); // 国庆节
    expect(chineseDaysLoaded()).toBe(true);
    expect(chineseHolidayCalendar.isWorkday('2026-10-12')).toBe(true); // an ordinary Monday
    expect(chineseHolidayCalendar.isWorkday('1990-05-01')).toBeUndefined(); // a year chinese-days does not hold
  });
});
