// Edits, undoes and lists activities; only the author or an admin may change a record.
import { AppError, NotFoundError } from '../errors.js';
import type { RequestContext } from '../context.js';
import type { Plan } from '../plans/plan-schema.js';
import { stripControls } from '../text/sanitize.js';
import { categoriesOf, classifyActivity } from '../stats/classify-activity.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import type { ActivityDeps } from './record-activity.js';

async function findOwn(deps: ActivityDeps, ctx: RequestContext, id: string): Promise<Activity> {
  const activity = await deps.store.findActivity(id);
  if (!activity || activity.undone) throw new NotFoundError('活动记录', id);
  if (activity.by !== ctx.user && !ctx.isAdmin) throw new AppError('not_allowed');
  return activity;
}

/** Changes fields of an activity; every change is kept in its history. */
export async function editActivity(deps: ActivityDeps, ctx: RequestContext, id: string, raw: ActivityPatch): Promise<Activity> {
  const before = await findOwn(deps, ctx, id);
  const patch = raw.title === undefined ? raw : { ...raw, title: stripControls(raw.title).trim() };
  const { activity } = await deps.store.appendActivityEvent({ type: 'edit', id, at: ctx.now, by: ctx.user, patch: await withCategories(deps, before, patch) });
  if (!activity) throw new NotFoundError('活动记录', id);
  return activity;
}

/**
 * A change of the words, headcount or plan item re-decides categories that were decided by the classifier (not set by a
 * person: "这条算竞赛", --category); categories a person set stay as they are.
 */
/** The title of the plan item with this id, for the statistical category (null without one). */
export function itemTitleOf(plans: readonly Plan[], itemId: string | null): string | null {
  return itemId ? (plans.flatMap((p) => p.items).find((i) => i.id === itemId)?.title ?? null) : null;
}

async function withCategories(deps: ActivityDeps, before: Activity, patch: ActivityPatch): Promise<ActivityPatch> {
  if (patch.categories || !('title' in patch || 'headcount' in patch || 'itemId' in patch)) return patch;
  const plans = await deps.store.listPlans();
  const auto = classifyActivity({ ...before, itemTitle: itemTitleOf(plans, before.itemId) });
  if (before.categories && JSON.stringify(before.categories) !== JSON.stringify(auto)) return patch;
  const after = { ...before, ...patch };
  const next = classifyActivity({ ...after, itemTitle: itemTitleOf(plans, after.itemId) });
  return JSON.stringify(next) === JSON.stringify(categoriesOf(before)) ? patch : { ...patch, categories: next };
}

/** Undoes an activity (the latest of the user's own when no id is given); the record stays in history. */
export async function undoActivity(deps: ActivityDeps, ctx: RequestContext, id?: string): Promise<Activity> {
  let target = id;
  if (!target) {
    const mine = (await deps.store.recentActivities({ by: ctx.user, limit: 20 })).reverse().sort((a, b) => a.at.localeCompare(b.at));
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
    .filter((a) => !a.undone && (!range.from || (a.dateEnd ?? a.date) >= range.from) && (!range.to || a.date <= range.to))
    .sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
}
