// Logs, edits, re-links and undoes activities; only the author or an admin may change a record.
import { AppError, NotFoundError, StoreError } from '../errors.js';
import type { RequestContext } from '../context.js';
import type { Observance } from '../plans/observances.js';
import type { Plan } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { plansInForce } from '../questions/due-in-period.js';
import { matchKey } from '../text/normalize.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import { suggestItem } from './link-activity.js';
import { parseActivityMessage } from './parse-activity-message.js';

export interface ActivityDeps {
  store: Store;
  observances: readonly Observance[];
}

export type LogResult =
  | { ok: true; activity: Activity; duplicate: boolean; itemTitle: string | null; /** Something the user should know, e.g. the plan could not be read. */ notice?: string }
  | { ok: false; message: string };

/** A random activity id: 'a' and 12 base-36 characters (about 62 bits), so ids do not collide by chance. */
export function newActivityId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return `a${n.toString(36).padStart(13, '0').slice(-12)}`;
}

/** The plans, or none with a notice when the plan file is damaged: logging never depends on it. */
async function plansForLinking(store: Store): Promise<{ plans: Plan[]; notice?: string }> {
  try {
    return { plans: await store.listPlans() };
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'store_corrupt') throw error;
    return { plans: [], notice: '工作计划文件无法读取，这条活动已记录但没有关联计划条目。请管理员运行“kexie doctor”检查，或重新导入工作计划后用“关联 编号 三/2”补上。' };
  }
}

/** Records an activity from a chat message; bad input stores nothing and says what to write. */
export async function logActivity(deps: ActivityDeps, ctx: RequestContext, message: string): Promise<LogResult> {
  const parsed = parseActivityMessage(message, ctx.today);
  if (!parsed.ok) return parsed;
  const u = parsed.activity;
  const { plans, notice } = await plansForLinking(deps.store);
  const inForce = plansInForce(plans, Number(u.date.slice(0, 4))).map((p) => p.plan);
  const link = suggestItem(`${u.title} ${message}`, inForce, deps.observances, [...Object.keys(u.metrics), u.headcountUnit ?? '']);
  // A Slack message id identifies a delivery; elsewhere the same text from the same person within a minute is a double send.
  const dedupeKey = ctx.source.message
    ? `${ctx.source.kind}:${ctx.source.channel ?? ''}:${ctx.source.message}`
    : `${ctx.user}|${matchKey(message)}|${ctx.now.slice(0, 16)}`;
  const activity: Activity = {
    id: newActivityId(),
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
  let stored: Awaited<ReturnType<Store['appendActivityEvent']>>;
  try {
    stored = await deps.store.appendActivityEvent({ type: 'create', activity });
  } catch (error) {
    // An id already taken (the store checks on create): once more with a fresh one, never a silent overwrite.
    if (!(error instanceof StoreError) || error.code !== 'record_clash') throw error;
    stored = await deps.store.appendActivityEvent({ type: 'create', activity: { ...activity, id: newActivityId() } });
  }
  const result = stored.activity ?? activity;
  return { ok: true, activity: result, duplicate: stored.duplicate, itemTitle: itemLabel(plans, result.itemId), ...(notice ? { notice } : {}) };
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
  const activity = await deps.store.findActivity(id);
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
  const all = await deps.store.listActivities(range);
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
