// Logs, edits, re-links and undoes activities; only the author or an admin may change a record.
import { AppError, NotFoundError } from '../errors.js';
import type { RequestContext } from '../context.js';
import type { Observance } from '../plans/observances.js';
import type { Plan } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { plansInForce } from '../questions/due-in-period.js';
import { stableId } from '../text/hash.js';
import { matchKey } from '../text/normalize.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import { suggestItem } from './link-activity.js';
import { parseActivityMessage } from './parse-activity-message.js';

export interface ActivityDeps {
  store: Store;
  observances: readonly Observance[];
}

export type LogResult = { ok: true; activity: Activity; duplicate: boolean; itemTitle: string | null } | { ok: false; message: string };

let sequence = 0;

/** Records an activity from a chat message; bad input stores nothing and says what to write. */
export async function logActivity(deps: ActivityDeps, ctx: RequestContext, message: string): Promise<LogResult> {
  const parsed = parseActivityMessage(message, ctx.today);
  if (!parsed.ok) return parsed;
  const u = parsed.activity;
  const plans = await deps.store.listPlans();
  const inForce = plansInForce(plans, Number(u.date.slice(0, 4))).map((p) => p.plan);
  const link = suggestItem(`${u.title} ${message}`, inForce, deps.observances, [...Object.keys(u.metrics), u.headcountUnit ?? '']);
  // A Slack message id identifies a delivery; elsewhere the same text from the same person within a minute is a double send.
  const dedupeKey = ctx.source.message
    ? `${ctx.source.kind}:${ctx.source.channel ?? ''}:${ctx.source.message}`
    : `${ctx.user}|${matchKey(message)}|${ctx.now.slice(0, 16)}`;
  const activity: Activity = {
    id: `a${stableId(`${dedupeKey}|${ctx.now}|${++sequence}`).slice(0, 7)}`,
    date: u.date,
    title: u.title,
    headcount: u.headcount,
    approximate: u.approximate,
    headcountUnit: u.headcountUnit,
    metrics: u.metrics,
    metricLabels: u.metricLabels,
    itemId: link?.item.id ?? null,
    planId: link?.plan.id ?? null,
    text: message,
    by: ctx.user,
    at: ctx.now,
    source: ctx.source,
    dedupeKey,
    flags: u.flags,
    undone: false,
    history: [],
  };
  const stored = await deps.store.appendActivityEvent({ type: 'create', activity });
  const result = stored.activity ?? activity;
  return { ok: true, activity: result, duplicate: stored.duplicate, itemTitle: itemLabel(plans, result.itemId) };
}

/** "三/2 实施科普品牌工程" for an item id. */
export function itemLabel(plans: readonly Plan[], itemId: string | null): string | null {
  if (!itemId) return null;
  for (const p of plans) {
    const item = p.items.find((i) => i.id === itemId);
    if (item) return `${item.path} ${item.title}`;
  }
  return null;
}

async function findOwn(deps: ActivityDeps, ctx: RequestContext, id: string): Promise<Activity> {
  const all = await deps.store.listActivities();
  const activity = all.find((a) => a.id === id);
  if (!activity || activity.undone) throw new NotFoundError('活动记录', id);
  if (activity.by !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed');
  return activity;
}

/** Changes fields of an activity; every change is kept in its history. */
export async function editActivity(deps: ActivityDeps, ctx: RequestContext, id: string, patch: ActivityPatch): Promise<Activity> {
  await findOwn(deps, ctx, id);
  const { activity } = await deps.store.appendActivityEvent({ type: 'edit', id, at: ctx.now, by: ctx.user, patch });
  if (!activity) throw new NotFoundError('活动记录', id);
  return activity;
}

/** Undoes an activity (the latest of the user's own when no id is given); the record stays in history. */
export async function undoActivity(deps: ActivityDeps, ctx: RequestContext, id?: string): Promise<Activity> {
  let target = id;
  if (!target) {
    const mine = (await deps.store.listActivities()).filter((a) => a.by === ctx.user && !a.undone).sort((a, b) => a.at.localeCompare(b.at));
    target = mine[mine.length - 1]?.id;
    if (!target) throw new AppError('not_found', '你还没有可以撤销的活动记录。');
  }
  await findOwn(deps, ctx, target);
  const { activity } = await deps.store.appendActivityEvent({ type: 'undo', id: target, at: ctx.now, by: ctx.user });
  if (!activity) throw new NotFoundError('活动记录', target);
  return activity;
}

/** Activities in a date range, oldest first, without undone ones. */
export async function listActivities(deps: Pick<ActivityDeps, 'store'>, range: { from?: string; to?: string } = {}): Promise<Activity[]> {
  const all = await deps.store.listActivities();
  return all
    .filter((a) => !a.undone && (!range.from || a.date >= range.from) && (!range.to || a.date <= range.to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
}

/** What was understood, so a mistake is seen at once. */
export function describeActivity(a: Activity, itemTitle: string | null): string {
  const head = a.headcount !== null ? `${a.approximate ? '约' : ''}${a.headcount}${a.headcountUnit ?? '人'}` : '未写人数';
  const metrics = Object.entries(a.metrics).map(([u, v]) => `${v}${u}`);
  const lines = [
    `日期：${a.date}`,
    `活动：${a.title}`,
    `人数：${head}`,
    ...(metrics.length > 0 ? [`其他数量：${metrics.join('，')}`] : []),
    `对应计划：${itemTitle ?? '未匹配（可发送“关联 编号 三/2”指定）'}`,
    ...a.flags.map((f) => `注意：${f}`),
  ];
  return lines.join('\n');
}
