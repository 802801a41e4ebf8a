import { describe, expect, it } from 'vitest';
import { createWorkdays, uncoveredYearNote } from '../../src/core/schedules/work-calendar.js';
import { isoInZone, parseClockTime, zonedInstant } from '../../src/core/schedules/zoned-time.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';

const wd = createWorkdays(chineseHolidayCalendar);

describe('working days on the Chinese calendar (chinese-days 1.5.7)', () => {
  it('knows the 2026 Spring Festival holiday and its 调休 Saturdays', () => {
    expect(wd.isWorkday('2026-02-14')).toBe(true); // Saturday made a working day
    expect(wd.isWorkday('2026-02-16')).toBe(false);
    expect(wd.isWorkday('2026-02-23')).toBe(false); // Monday, still off
    expect(wd.isWorkday('2026-02-28')).toBe(true); // Saturday made a working day
    expect(wd.lastOfWeek('2026-02-10')).toBe('2026-02-14');
    expect(wd.firstOfWeek('2026-02-18')).toBeUndefined(); // the whole week is off
    expect(wd.firstOfWeek('2026-02-25')).toBe('2026-02-24');
    expect(wd.lastOfWeek('2026-02-25')).toBe('2026-02-28');
  });

  it('knows National Day 2026 and counts working days back across it', () => {
    expect(wd.firstOfMonth(2026, 10)).toBe('2026-10-08');
    expect(wd.lastOfWeek('2026-09-29')).toBe('2026-09-30');
    expect(wd.lastOfWeek('2026-10-08')).toBe('2026-10-10');
    expect(wd.before('2026-10-09', 3)).toBe('2026-09-29');
    expect(wd.onOrAfter('2026-10-03')).toBe('2026-10-08');
  });

  it('falls back to weekends for a year chinese-days does not hold, and says so', () => {
    expect(wd.covers(2026)).toBe(true);
    expect(wd.covers(2027)).toBe(false);
    expect(wd.isWorkday('2027-01-01')).toBe(true); // a Friday; the real holiday is unknown
    expect(wd.isWorkday('2027-01-02')).toBe(false);
    expect(uncoveredYearNote(wd, '2027-01-01')).toBe('2027年节假日安排尚未收录，按周末推算');
    expect(uncoveredYearNote(wd, '2026-06-01')).toBeUndefined();
  });
});

describe('times in KEXIE_TZ', () => {
  it('turns a date and HH:MM into an instant and back', () => {
    expect(zonedInstant('2026-10-08', '09:00', 'Asia/Shanghai').toISOString()).toBe('2026-10-08T01:00:00.000Z');
    expect(isoInZone(new Date('2026-10-08T01:00:00Z'), 'Asia/Shanghai')).toBe('2026-10-08T09:00:00+08:00');
    expect(zonedInstant('2026-07-01', '09:00', 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(isoInZone(new Date('2026-01-15T14:00:00Z'), 'America/New_York')).toBe('2026-01-15T09:00:00-05:00');
  });
  it('reads clock times strictly', () => {
    expect(parseClockTime('9:30')).toBe('09:30');
    expect(parseClockTime('９：３０')).toBe('09:30');
    expect(parseClockTime('24:00')).toBeUndefined();
    expect(parseClockTime('9:3')).toBeUndefined();
  });
});
