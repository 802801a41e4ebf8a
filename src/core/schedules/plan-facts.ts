// What the posts are about: the plan items due in a period, overdue ones, who owns them, which units have not reported.
import type { Activity } from '../activities/activity-schema.js';
import { type CivilDate, type DateRange, partsOf } from '../dates/civil-date.js';
import type { Due, Plan, PlanItem } from '../plans/plan-schema.js';
import { dueIn, plansInForce, projectDue } from '../questions/due-in-period.js';
import { matchKey } from '../text/normalize.js';
import type { ItemStatus } from '../questions/item-status.js';
import type { Directory, Team } from './subscription-schema.js';

/** An item and the due entry that put it in a post. */
export interface DueItem {
  item: PlanItem;
  due: Due;
  /** The date that matters: a deadline's end, an event's first day. */
  date: CivilDate;
}

const live = (activities: readonly Activity[]): Activity[] => activities.filter((a) => !a.undone);

/**
 * Whether an item is done: marked so (完成 三/1), or, with no mark, an activity is linked to it and,
 * when it has numeric targets, the linked figures reach them. A later "未完成"/"进行中" mark wins.
 */
export function isItemDone(item: PlanItem, activities: readonly Activity[], statuses: readonly ItemStatus[] = []): boolean {
  return doneCheck(activities, statuses)(item);
}

const checks = new WeakMap<readonly Activity[], WeakMap<readonly ItemStatus[], (item: PlanItem) => boolean>>();
const NO_STATUSES: readonly ItemStatus[] = [];

/** isItemDone over one list of activities and marks, indexed once by item. */
export function doneCheck(activities: readonly Activity[], statuses: readonly ItemStatus[] = NO_STATUSES): (item: PlanItem) => boolean {
  const cached = checks.get(activities)?.get(statuses);
  if (cached) return cached;
  const byItem = new Map<string, Activity[]>();
  for (const a of live(activities)) if (a.itemId) byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), a]);
  const marks = new Map(statuses.map((s) => [s.itemId, s.status]));
  const check = (item: PlanItem): boolean => {
    const mark = marks.get(item.id);
    if (mark) return mark === 'done';
    const linked = byItem.get(item.id) ?? [];
    if (linked.length === 0) return false;
    return item.targets.every((t) => {
      const goal = t.min ?? t.value;
      if (goal === null) return true;
      const sum = linked.reduce((n, a) => n + (a.metrics[t.unit] ?? (a.headcountUnit === t.unit || (t.unit.includes('人') && a.headcount !== null) ? (a.headcount ?? 0) : 0)), 0);
      return sum >= goal;
    });
  };
  const inner = checks.get(activities) ?? new WeakMap();
  inner.set(statuses, check);
  checks.set(activities, inner);
  return check;
}

const dateOf = (due: Due): CivilDate => (due.kind === 'event' ? due.start : due.end);

/** Items with work due in a period (tasks, or sections without tasks under them), in plan order. */
export function itemsDueIn(plans: readonly Plan[], period: DateRange): DueItem[] {
  const out: DueItem[] = [];
  for (const { plan, recurringOnly } of plansInForce(plans, partsOf(period.start).year)) {
    const parents = new Set(plan.items.map((i) => i.parentId));
    for (const item of plan.items) {
      if (item.kind === 'section' && parents.has(item.id)) continue;
      const dues = dueIn(item, period).filter((d) => d.recurring !== 'monthly' && (!recurringOnly || d.recurring));
      const due = dues[0];
      if (due) out.push({ item, due, date: dateOf(due) });
    }
  }
  return out;
}

/** Dated deadlines and events of every year in [fromYear, toYear], for reminders before each. */
export function datedItems(plans: readonly Plan[], fromYear: number, toYear: number): DueItem[] {
  const out: DueItem[] = [];
  const seen = new Set<string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const { plan, recurringOnly } of plansInForce(plans, year)) {
      for (const item of plan.items) {
        for (const raw of item.due) {
          if (raw.recurring === 'monthly' || (recurringOnly && !raw.recurring) || raw.kind === 'period') continue;
          const due = projectDue(raw, year);
          const date = dateOf(due);
          const key = `${item.id}@${date}`;
          if (partsOf(date).year !== year || seen.has(key)) continue;
          seen.add(key);
          out.push({ item, due, date });
        }
      }
    }
  }
  return out;
}

/** Deadlines of this year before a date whose items are not done. */
export function overdueItems(plans: readonly Plan[], activities: readonly Activity[], today: CivilDate, dated?: readonly DueItem[], statuses: readonly ItemStatus[] = NO_STATUSES): DueItem[] {
  const { year } = partsOf(today);
  const done = doneCheck(activities, statuses);
  const late = (dated ?? datedItems(plans, year, year)).filter((d) => d.due.kind === 'deadline' && d.date < today && !done(d.item));
  // A recurring item (每季度末) is listed once, at its latest missed deadline.
  const latest = new Map<string, DueItem>();
  for (const d of late) if ((latest.get(d.item.id)?.date ?? '') < d.date) latest.set(d.item.id, d);
  return late.filter((d) => latest.get(d.item.id) === d);
}

const findTeam = (teams: readonly Team[], name: string): Team | undefined => teams.find((t) => matchKey(t.name) === matchKey(name));

/** "科普部 <@U1> <@U2>" for an item's owners, with the people set by 负责人. */
export function ownersLine(item: PlanItem, directory: Directory): string {
  return item.owners.map((o) => [o, ...(findTeam(directory.owners, o)?.people ?? [])].join(' ')).join('，');
}

/** The Slack user id in "<@U123>" or "<@U123|name>". */
export const userIdOf = (mention: string): string | undefined => /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(mention)?.[1];

/** The units (set by 单位 添加, else the plans' owners) with no activity between two dates. */
export function unreportedUnits(plans: readonly Plan[], activities: readonly Activity[], directory: Directory, range: DateRange): Team[] {
  const units: Team[] =
    directory.units.length > 0
      ? directory.units
      : [...new Set(plans.flatMap((p) => p.items.flatMap((i) => i.owners)))].map((name) => findTeam(directory.owners, name) ?? { name, people: [] });
  const logged = live(activities).filter((a) => range.start <= a.date && a.date <= range.end);
  return units.filter((unit) => {
    const ids = new Set(unit.people.map(userIdOf).filter(Boolean));
    const key = matchKey(unit.name);
    return !logged.some((a) => (a.reporterUnit !== undefined && matchKey(a.reporterUnit) === key) || ids.has(a.by) || matchKey(`${a.title}${a.text}`).includes(key));
  });
}
