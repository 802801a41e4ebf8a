// Subscribing a channel to proactive posts, and the posts a workspace is due: shared by chat, the CLI and the scheduler.
import type { RequestContext } from '../context.js';
import { AppError } from '../errors.js';
import { formatMonthDay } from '../dates/civil-date.js';
import type { Store } from '../ports.js';
import { stableId } from '../text/hash.js';
import { type DuePost, duePosts, MAX_RANGE_DAYS, signupReminders } from './due-posts.js';
import { DEFAULT_TIMES, KIND_NAMES, type Subscription, type SubscriptionKind } from './subscription-schema.js';
import { createWorkdays, type HolidayCalendar } from './work-calendar.js';

/** What computing posts needs besides the store. */
export interface ScheduleDeps {
  holidays?: HolidayCalendar;
  timeZone: string;
}

const MAX_SUBSCRIPTIONS = 200;

/** Adds a subscription, or changes the time/days of the channel's existing one of that kind. */
export async function addSubscription(store: Store, ctx: RequestContext, input: { kind: SubscriptionKind; channel: string; at?: string; days?: number }): Promise<{ subscription: Subscription; created: boolean }> {
  if (input.days !== undefined && (!Number.isInteger(input.days) || input.days < 0 || input.days > 30)) throw new AppError('bad_input', '提前的工作日数应在 0 到 30 之间。');
  return store.updateSubscriptions((subs) => {
    const existing = subs.find((s) => s.kind === input.kind && s.channel === input.channel);
    if (existing) {
      if (input.at) existing.at = input.at;
      if (input.days !== undefined) existing.days = input.days;
      return { subscription: structuredClone(existing), created: false };
    }
    if (subs.length >= MAX_SUBSCRIPTIONS) throw new AppError('bad_input', `这个工作区的订阅已达 ${MAX_SUBSCRIPTIONS} 个上限，请先取消不用的订阅。`);
    const subscription: Subscription = {
      id: `s${stableId(`${input.kind}|${input.channel}|${ctx.now}`).slice(0, 6)}`,
      kind: input.kind,
      channel: input.channel,
      at: input.at ?? DEFAULT_TIMES[input.kind],
      days: input.days ?? 3,
      createdBy: ctx.user,
      createdAt: ctx.now,
    };
    subs.push(subscription);
    return { subscription, created: true };
  });
}

/** Removes subscriptions by id, or by kind within a channel; returns those removed. */
export async function removeSubscriptions(store: Store, match: { id?: string; kind?: SubscriptionKind; channel?: string }): Promise<Subscription[]> {
  return store.updateSubscriptions((subs) => {
    const gone = subs.filter((s) => (match.id ? s.id === match.id : (!match.kind || s.kind === match.kind) && s.channel === match.channel));
    for (const s of gone) subs.splice(subs.indexOf(s), 1);
    return gone;
  });
}

/** Every post due in [from, to] for a workspace, with today's data: the scheduler and `remind preview` both call this. */
export async function postsDue(store: Store, deps: ScheduleDeps, range: { from: Date; to: Date }, options: { lazy?: boolean } = {}): Promise<{ posts: DuePost[]; subscriptions: Subscription[] }> {
  if (range.to.getTime() - range.from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new AppError('bad_input', `一次最多预览 ${MAX_RANGE_DAYS} 天。`);
  const [subscriptions, plans, activities, directory, signups, statuses] = await Promise.all([store.listSubscriptions(), store.listPlans(), store.listActivities(), store.readDirectory(), store.listSignups(), store.listItemStatuses()]);
  const workdays = createWorkdays(deps.holidays);
  const reminders = signupReminders(signups, { ...range, timeZone: deps.timeZone, workdays });
  // A 接龙 reminder answers to the sheet's organiser, as if they had subscribed when they started it.
  const owners: Subscription[] = signups.map((s) => ({ id: `signup:${s.id}`, kind: 'deadline', channel: s.message?.channel ?? '', at: '09:00', days: 1, createdBy: s.organiser, createdAt: s.createdAt }));
  if (subscriptions.length === 0) return { posts: reminders, subscriptions: owners };
  const posts = duePosts({ subscriptions, ...range, timeZone: deps.timeZone, workdays, plans, activities, directory, statuses, lazy: options.lazy });
  return { posts: [...posts, ...reminders].sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key)), subscriptions: [...subscriptions, ...owners] };
}

/** "本月待办（每月第一个工作日 09:00）". */
export function describeSubscription(s: Subscription): string {
  const when: Record<SubscriptionKind, string> = {
    monthly: '每月第一个工作日',
    weekly: '每周最后一个工作日',
    deadline: `截止前 ${s.days} 个工作日`,
    overdue: '每周第一个工作日',
    unreported: '每月25日（遇节假日顺延）',
  };
  return `${KIND_NAMES[s.kind]}（${when[s.kind]} ${s.at}）`;
}

/** "下一次：10月8日 09:00" from the first post due after now, or a reason there is none. */
export async function nextPostLine(store: Store, deps: ScheduleDeps, subscription: Subscription, now: Date): Promise<string> {
  const { posts } = await postsDue(store, deps, { from: now, to: new Date(now.getTime() + 62 * 86_400_000) });
  const next = posts.find((p) => p.subscriptionId === subscription.id);
  if (!next) return subscription.kind === 'deadline' ? '未来两个月计划中没有需要提醒的截止日期。' : '未来两个月没有需要发送的内容（没有逾期或未报送时不打扰）。';
  return `下一次：${formatMonthDay(next.date)} ${next.at.slice(11, 16)}`;
}
