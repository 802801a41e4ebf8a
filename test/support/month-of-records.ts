// A busy month for load tests: `count` activities in May 2026 against a plan's items, stored in one batch.
import type { ActivityEvent } from '../../src/core/activities/activity-schema.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import type { Store } from '../../src/core/ports.js';

const TITLES = ['科普讲座进社区', '防灾减灾日应急科普宣传', '专家服务团下乡', '科技工作者日走访慰问', '科技馆接待参观', '青少年科技创新大赛', '企业科协座谈会'];

/** Create events for `count` activities in May 2026, spread over the plan's items, with headcounts and figures. */
export function monthOfRecords(count: number, plan: Plan, prefix = 'load'): ActivityEvent[] {
  const events: ActivityEvent[] = [];
  for (let i = 0; i < count; i++) {
    const item = plan.items[i % plan.items.length];
    events.push({
      type: 'create',
      activity: {
        id: `${prefix}${i.toString(36)}`,
        date: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`,
        dateEnd: null,
        title: `${TITLES[i % TITLES.length]}第${i + 1}场`,
        headcount: 20 + ((i * 7919) % 5000),
        approximate: i % 7 === 0,
        headcountUnit: i % 2 ? '人次' : '人',
        metrics: i % 3 === 0 ? {} : { 份: 100 + ((i * 31) % 3000) },
        metricLabels: i % 3 === 0 ? {} : { 份: '发放资料' },
        itemId: item?.id ?? null,
        planId: plan.id,
        text: `5月${1 + (i % 28)}日 ${TITLES[i % TITLES.length]}第${i + 1}场`,
        by: 'load',
        at: '2026-05-31T12:00:00.000Z',
        source: { kind: 'cli' },
        dedupeKey: null,
        flags: [],
        undone: false,
        history: [],
      },
    });
  }
  return events;
}

/** Stores `count` activities of May 2026 in one batch (one event at a time on a store without batches). */
export async function storeMonthOfRecords(store: Store, count: number, prefix?: string): Promise<void> {
  const plan = (await store.listPlans())[0];
  if (!plan) throw new Error('import a plan first');
  const events = monthOfRecords(count, plan, prefix);
  if (store.appendActivityEvents) await store.appendActivityEvents(events);
  else for (const e of events) await store.appendActivityEvent(e);
}
