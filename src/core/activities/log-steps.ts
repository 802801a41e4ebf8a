// The steps of storing a logged activity: a fresh id, the plans to link to, an overshoot shown, a clash retried.
import { StoreError } from '../errors.js';
import type { Plan, PlanItem } from '../plans/plan-schema.js';
import type { Store } from '../ports.js';
import { randomId } from '../text/hash.js';
import type { Activity } from './activity-schema.js';
import { OVERSHOOT, targetProgress } from './target-progress.js';

/** Two parts of a message written on one line (parts of one sentence, not a log's separate days). */
export const sameLine = (message: string, a: string, b: string): boolean => {
  const lines = message.split('\n');
  const line = lines.findIndex((l) => l.includes(a.trim()));
  return line >= 0 && lines[line]!.includes(b.trim());
};

/** Stores a new activity; an id already taken (the store checks) gets a fresh one, never a silent overwrite. */
export async function createOnce(store: Store, activity: Activity): ReturnType<Store['appendActivityEvent']> {
  try {
    return await store.appendActivityEvent({ type: 'create', activity });
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'record_clash') throw error;
    return store.appendActivityEvent({ type: 'create', activity: { ...activity, id: newActivityId() } });
  }
}

/** The plans, or none with a notice when the plan file is damaged: logging never depends on it. */
export async function plansForLinking(store: Store): Promise<{ plans: Plan[]; notice?: string }> {
  try {
    return { plans: await store.listPlans() };
  } catch (error) {
    if (!(error instanceof StoreError) || error.code !== 'store_corrupt') throw error;
    return { plans: [], notice: '工作计划文件无法读取，这条活动已记录但没有关联计划条目。请管理员运行“kexie doctor”检查，或重新导入工作计划后用“关联 编号 三/2”补上。' };
  }
}

export const COMPLETES = /(完成|验收|建成|落成|竣工)/u;

/** "关联后…将达到目标的5倍": a link that would put a target far past its goal is shown, never silent. */
export function overshootFlags(item: PlanItem, activities: readonly Activity[]): string[] {
  return targetProgress(item, activities)
    .filter((p) => p.goal !== null && p.goal > 0 && p.done > p.goal * OVERSHOOT)
    .map((p) => `关联到“${item.title}”后，${p.target.unit}合计 ${p.done}，是目标 ${p.goal} 的${Math.round(p.done / (p.goal ?? 1))}倍，请核对关联是否正确（可发送：关联 编号 其他条目）`);
}

/** A fresh id: 60 random bits, so ids do not collide at any realistic number of records. */
export function newActivityId(): string {
  return `a${randomId()}`;
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
