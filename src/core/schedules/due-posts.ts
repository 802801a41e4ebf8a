// What is due to be posted when: one pure function that both the running scheduler and `remind preview` call.
import type { Activity } from '../activities/activity-schema.js';
import { dateIn } from '../clock.js';
import { addDays, type CivilDate, daysBetween, formatMonthDay, monthRange, partsOf, weekRange } from '../dates/civil-date.js';
import type { Signup } from '../headcounts/signup-schema.js';
import { sheetText } from '../headcounts/signup-sheet.js';
import type { Plan } from '../plans/plan-schema.js';
import type { ItemStatus } from '../questions/item-status.js';
import { datedItems, doneCheck, itemsDueIn, overdueItems, unreportedUnits } from './plan-facts.js';
import { deadlineText, monthlyText, overdueText, unreportedText, weeklyText } from './post-text.js';
import type { Directory, Subscription, SubscriptionKind } from './subscription-schema.js';
import { uncoveredYearNote, type Workdays } from './work-calendar.js';
import { isoInZone, zonedInstant } from './zoned-time.js';

/** One post the scheduler owes a channel. */
export interface DuePost {
  /** Unique per post: subscription, date and (for reminders) item. */
  key: string;
  subscriptionId: string;
  kind: SubscriptionKind | 'signup';
  channel: string;
  /** When it is due, ISO 8601 with the zone's offset. */
  at: string;
  date: CivilDate;
  text: string;
  /** The plan item ids it is about. */
  items: string[];
}

export interface ScheduleInput {
  subscriptions: readonly Subscription[];
  /** Instants, both ends included. */
  from: Date;
  to: Date;
  timeZone: string;
  workdays: Workdays;
  plans: readonly Plan[];
  activities: readonly Activity[];
  directory: Directory;
  /** Items marked done / in progress / open (完成 三/1). */
  statuses?: readonly ItemStatus[];
  /**
   * Leave texts to be built when first read, and keep posts whose text turns out empty (an overdue
   * list with nothing overdue reads ''): the scheduler reads only the posts it has not settled.
   */
  lazy?: boolean;
}

/** The longest range computed at once (a preview of more is refused by its callers). */
export const MAX_RANGE_DAYS = 400;

/** Every post due in [from, to], in time order, with the text it would carry given today's data. */
export function duePosts(input: ScheduleInput): DuePost[] {
  const { workdays, timeZone, directory } = input;
  const first = dateIn(input.from, timeZone);
  const last = dateIn(input.to, timeZone);
  const span = Math.min(daysBetween(first, last), MAX_RANGE_DAYS);
  const out: DuePost[] = [];
  // Channels subscribed to the same kind share the work: each list is computed once per call.
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as T;
  };
  const done = doneCheck(input.activities, input.statuses);
  const push = (sub: Subscription, date: CivilDate, content: () => { text: string; items: string[] }, suffix = ''): void => {
    const instant = zonedInstant(date, sub.at, timeZone);
    if (instant < input.from || instant > input.to) return;
    let built: { text: string; items: string[] } | undefined;
    const get = () => (built ??= content());
    out.push({ key: `${sub.id}/${date}${suffix}`, subscriptionId: sub.id, kind: sub.kind, channel: sub.channel, at: isoInZone(instant, timeZone), date, get text() { return get().text; }, get items() { return get().items; } });
  };

  for (const sub of input.subscriptions) {
    if (sub.kind === 'deadline') {
      const years = [partsOf(first).year, partsOf(addDays(last, 62)).year];
      for (const entry of once(`dated`, () => datedItems(input.plans, years[0] ?? 0, years[1] ?? 0))) {
        const date = workdays.before(entry.date, sub.days);
        if (date < first || date > last || done(entry.item)) continue;
        push(sub, date, () => ({ text: deadlineText(entry, sub.days, date, directory), items: [entry.item.id] }), `/${entry.item.id}@${entry.date}`);
      }
      continue;
    }
    for (let i = 0; i <= span; i++) {
      const date = addDays(first, i);
      const { year, month, day } = partsOf(date);
      if (sub.kind === 'monthly' && date === workdays.firstOfMonth(year, month)) {
        push(sub, date, () => {
          const list = once(`month:${date}`, () => itemsDueIn(input.plans, monthRange(year, month)));
          const note = month === 1 || sub.createdAt.slice(0, 7) === date.slice(0, 7) ? uncoveredYearNote(workdays, date) : undefined;
          return { text: monthlyText(date, list, directory, note, input.plans.length > 0), items: list.map((d) => d.item.id) };
        });
      } else if (sub.kind === 'weekly' && date === workdays.lastOfWeek(date)) {
        const week = weekRange(addDays(weekRange(date).start, 7));
        push(sub, date, () => {
          const list = once(`week:${week.start}`, () => itemsDueIn(input.plans, week));
          const open = Array.from({ length: 7 }, (_, k) => addDays(week.start, k)).filter(workdays.isWorkday).length;
          return { text: weeklyText(week, list, directory, undefined, open), items: list.map((d) => d.item.id) };
        });
      } else if (sub.kind === 'overdue' && date === workdays.firstOfWeek(date)) {
        push(sub, date, () => {
          const list = once(`overdue:${date}`, () => overdueItems(input.plans, input.activities, date, once(`dated:${year}`, () => datedItems(input.plans, year, year)), input.statuses));
          return { text: list.length > 0 ? overdueText(date, list, directory) : '', items: list.map((d) => d.item.id) };
        });
      } else if (sub.kind === 'unreported' && date === workdays.onOrAfter(`${date.slice(0, 8)}25`) && day >= 25) {
        push(sub, date, () => {
          const units = once(`unreported:${date}`, () => unreportedUnits(input.plans, input.activities, directory, { start: monthRange(year, month).start, end: date }));
          return { text: units.length > 0 ? unreportedText(date, units, directory.units.length === 0) : '', items: [] };
        });
      }
    }
  }
  const sorted = out.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
  return input.lazy ? sorted : sorted.filter((p) => p.text !== '');
}

/** 接龙 sheets still open: a reminder to their channel at 09:00 one working day before the deadline. */
export function signupReminders(signups: readonly Signup[], input: { from: Date; to: Date; timeZone: string; workdays: Workdays }): DuePost[] {
  const out: DuePost[] = [];
  for (const s of signups) {
    if (!s.deadline || !s.message || s.closed) continue;
    const date = input.workdays.before(s.deadline, 1);
    const instant = zonedInstant(date, '09:00', input.timeZone);
    if (instant < input.from || instant > input.to) continue;
    const text = `【报名提醒】“${s.event}”报名将于${formatMonthDay(s.deadline)}截止，还没报名的单位请抓紧。\n${sheetText(s)}`;
    out.push({ key: `signup/${s.id}/${s.deadline}`, subscriptionId: `signup:${s.id}`, kind: 'signup', channel: s.message.channel, at: isoInZone(instant, input.timeZone), date, text, items: [] });
  }
  return out;
}
