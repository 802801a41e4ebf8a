// Listing and removing stored plans; the bundled sample plan is a demonstration that a real import replaces.
import type { Store } from '../ports.js';
import type { Plan } from './plan-schema.js';

/** True for the sample plan shipped in data/ (loaded on the console's first start). */
export const isSamplePlan = (plan: Plan): boolean => /(?:^|[\\/])sample-plan\.md$/u.test(plan.source);

/** Plans oldest import first, as the list shows and numbers them. */
export async function plansInOrder(store: Store): Promise<Plan[]> {
  return [...(await store.listPlans())].sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

/** "1. 《…》（2026年，12 条，2026-03-01 导入）" per plan, or a hint when there are none. */
export function describePlans(plans: Plan[]): string {
  if (plans.length === 0) return '还没有导入计划。发送“导入 <文件>”或在 Slack 上传 .docx/.pdf 导入工作要点。';
  const lines = plans.map((p, k) => `${k + 1}. 《${p.title}》（${p.year === p.yearTo ? p.year : `${p.year}—${p.yearTo}`}年，${p.items.length} 条，${p.importedAt.slice(0, 10)} 导入）${isSamplePlan(p) ? '［示例］' : ''}`);
  return [`已导入 ${plans.length} 份计划：`, ...lines, '删除一份：删除计划 <序号或名称>'].join('\n');
}

/** The plans a reference names: a list number, "示例", or words of a title; none when unclear. */
export function plansNamed(plans: Plan[], ref: string): Plan[] {
  const r = ref.trim().replace(/^[《「“]|[》」”]$/gu, '');
  const n = /^(\d{1,3})$/u.exec(r);
  if (n) return plans.slice(Number(n[1]) - 1, Number(n[1]));
  if (/^(示例|示例计划|样例|sample)$/iu.test(r)) return plans.filter(isSamplePlan);
  if (r.length < 2) return [];
  return plans.filter((p) => p.title.includes(r) || p.id === r);
}

/** After a real plan is imported: removes the sample plan so fictional and real tasks do not mix. */
export async function dropSamplePlans(store: Store, kept: Plan): Promise<Plan[]> {
  if (isSamplePlan(kept) || !store.deletePlan) return [];
  const removed: Plan[] = [];
  for (const p of (await store.listPlans()).filter(isSamplePlan)) {
    const gone = await store.deletePlan(p.id);
    if (gone) removed.push(gone);
  }
  return removed;
}
