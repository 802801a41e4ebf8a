// The Clock port and "today" in the office's time zone: the core never reads the system time itself.
import type { CivilDate } from './dates/civil-date.js';

/** Where the current instant comes from. */
export interface Clock {
  now(): Date;
}

/** A clock for tests and for `--today`: always the same instant. */
export class FixedClock implements Clock {
  constructor(private readonly instant: Date) {}
  now(): Date {
    return this.instant;
  }
  /** Noon of a date in Asia/Shanghai, which is that date in any nearby zone. */
  static at(date: CivilDate): FixedClock {
    return new FixedClock(new Date(`${date}T12:00:00+08:00`));
  }
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): CivilDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
