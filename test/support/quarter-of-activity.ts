// A quarter of activity (April to June 2026) logged through the core against the sample plan.
import { readFileSync } from 'node:fs';
import { SAMPLE_PLAN } from '../../src/compose.js';
import type { KexieDeps } from '../../src/core/kexie.js';
import { kexieForTests } from './kexie-for-tests.js';

/** A quarter of activity, logged through the core as staff would write it. */
export async function quarterOfActivity(count = 30, extra: Partial<KexieDeps> = {}) {
  const t = kexieForTests('2026-06-28', extra);
  const ctx = t.kexie.context({ user: 'u1' });
  await t.kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  const templates = [
    (d: string, n: number) => `${d} 科技活动周科普讲座进社区，讲座${(n % 3) + 1}场，参加群众${100 + n * 10}人次`,
    (d: string, n: number) => `${d} 防灾减灾日应急科普宣传，发放资料${200 + n * 5}份，参加群众${50 + n}人次`,
    (d: string, n: number) => `${d} 专家服务团下乡，服务农户${10 + n}户，参加群众${30 + n}余人`,
    (d: string, n: number) => `${d} 科技工作者日走访慰问，慰问科技工作者${2 + (n % 4)}人次`,
    (d: string, n: number) => `${d} 科技馆接待参观，参观群众${300 + n * 7}人次`,
  ];
  for (let n = 0; n < count; n++) {
    const month = 4 + Math.floor(n / 10);
    const day = 1 + ((n * 3) % 28);
    const r = await t.kexie.log(ctx, templates[n % templates.length]!(`${month}月${day}日`, n));
    if (!r.ok) throw new Error(r.message);
  }
  return { ...t, ctx, activities: await t.kexie.activities(ctx), plans: await t.storeFor('local').listPlans() };
}

