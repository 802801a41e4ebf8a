// Tasks without numbers: an item marked done or in progress by someone on a day, and who said which department they are in.
import { z } from 'zod';
import type { RequestContext } from '../context.js';
import { AppError, NotFoundError } from '../errors.js';
import type { Observance } from '../plans/observances.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { plansInForce } from './due-in-period.js';
import { findByRef } from './search-items.js';
import { findItemsByTopic } from './find-items.js';

export const ItemStatusValueSchema = z.enum(['done', 'in_progress', 'open']);
export type ItemStatusValue = z.infer<typeof ItemStatusValueSchema>;

/** The latest status of one plan item; `open` is what an undo ("未完成") leaves. */
export const ItemStatusSchema = z.object({
  itemId: z.string(),
  path: z.string(),
  title: z.string(),
  status: ItemStatusValueSchema,
  by: z.string(),
  at: z.string(),
  /** The day (Asia/Shanghai) it was marked. */
  date: z.string(),
});
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

/** What a user told kexie about themselves ("我是科普部"). */
export const UserProfileSchema = z.object({
  user: z.string(),
  department: z.string().min(1).max(40),
  at: z.string(),
});
export type UserProfile = z.infer<typeof UserProfileSchema>;

export const STATUS_WORDS: Record<ItemStatusValue, string> = { done: '已完成', in_progress: '进行中', open: '未完成' };

/** The items of the plans in force on a day (or every item when none is in force). */
export function itemsInForce(plans: readonly Plan[], today: string): PlanItem[] {
  const inForce = plansInForce(plans, Number(today.slice(0, 4))).map((p) => p.plan.items).flat();
  return inForce.length > 0 ? inForce : plans.flatMap((p) => p.items);
}

/** An item named by its path ("三/1", "3.1", "（一）/2") or by words of its title ("企业科协建设"); one match or none. */
export function resolveItem(items: readonly PlanItem[], ref: string, observances: readonly Observance[]): PlanItem | undefined {
  const trimmed = ref.trim();
  const exact = items.find((i) => i.id === trimmed || i.path === trimmed);
  if (exact) return exact;
  const labels = trimmed.split(/\s*[/.、\-之>]\s*/u).filter(Boolean);
  if (labels.length >= 2) {
    const byRef = findByRef(items, labels);
    if (byRef.length === 1) return byRef[0];
  }
  const tasks = findItemsByTopic(items, trimmed, observances);
  return tasks.length === 1 ? tasks[0] : undefined;
}

/** The status of an item, found by id or, after a re-import, by path. */
export function statusOf(statuses: readonly ItemStatus[], item: PlanItem): ItemStatus | undefined {
  return statuses.find((s) => s.itemId === item.id) ?? statuses.find((s) => s.path === item.path && s.title === item.title);
}

/** Marks an item done, in progress or (undo) open, recording who and when; returns the stored status. */
export async function markItem(deps: { store: Store; observances: readonly Observance[] }, ctx: RequestContext, ref: string, status: ItemStatusValue): Promise<ItemStatus> {
  const plans = await deps.store.listPlans();
  const item = resolveItem(itemsInForce(plans, ctx.today), ref, deps.observances);
  if (!item) throw new NotFoundError('计划条目', ref);
  const value: ItemStatus = { itemId: item.id, path: item.path, title: item.title, status, by: ctx.user, at: ctx.now, date: ctx.today };
  await deps.store.setItemStatus(value);
  const back = (await deps.store.listItemStatuses()).find((s) => s.itemId === item.id);
  if (!back || back.status !== status || back.at !== value.at) throw new AppError('internal', `“${item.path}”的状态没能保存。`);
  return back;
}

/** "四/1 县科协全委会：已完成（U1，2026-07-03）". */
export function describeStatus(s: ItemStatus): string {
  return `${s.path} ${s.title}：${STATUS_WORDS[s.status]}（${s.by}，${s.date}）`;
}
