// Loads a chat question state (the plan, logged activities, sign-ups, items marked done) into a kexie for tests and the eval.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import type { RequestContext } from '../../src/core/context.js';
import type { Kexie } from '../../src/core/kexie.js';
import { ROOT } from './kexie-for-tests.js';

export interface QuestionState {
  /** `place` is where the report said it happened; it goes into the record's text as the report would have it. */
  activities: Array<{ date: string; dateEnd?: string | null; title: string; headcount: number | null; headcountUnit?: string | null; approximate?: boolean; metrics?: Record<string, number>; item?: string | null; by?: string; place?: string }>;
  signups?: Array<{ event: string; unit: string; count: number }>;
  done?: string[];
  /** Reporting units and who reports for each (Slack ids "U3", or mentions "<@U3>"). */
  units?: Array<{ name: string; people: string[] }>;
  /** The department each user said they are in ("我是科普部"). */
  departments?: Record<string, string>;
}

const mention = (p: string): string => (/^[A-Z0-9]+$/u.test(p) ? `<@${p}>` : p);

export const SAMPLE_PLAN = join(ROOT, 'data', 'sample-plan.md');

/** Imports the sample plan and writes the state's records straight into the workspace store. */
export async function loadQuestionState(kexie: Kexie, ctx: RequestContext, state: QuestionState): Promise<void> {
  await kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample-plan.md' });
  const store = kexie.deps.storeFor(ctx.workspace);
  const plans = await store.listPlans();
  const items = plans.flatMap((p) => p.items);
  const unitOf = (user: string): string | undefined => state.units?.find((u) => u.people.some((p) => p === user || p === `<@${user}>`))?.name;
  for (const [n, a] of state.activities.entries()) {
    const item = a.item ? items.find((i) => i.path === a.item) : undefined;
    if (a.item && !item) throw new Error(`state.json: no plan item ${a.item}`);
    const activity = {
      id: `s${String(n + 1).padStart(3, '0')}`,
      date: a.date,
      dateEnd: a.dateEnd ?? null,
      title: a.title,
      headcount: a.headcount,
      approximate: a.approximate ?? false,
      headcountUnit: a.headcountUnit ?? (a.headcount === null ? null : '人'),
      metrics: a.metrics ?? {},
      metricLabels: {},
      itemId: item?.id ?? null,
      planId: item ? (plans.find((p) => p.items.includes(item))?.id ?? null) : null,
      text: a.place && !a.title.includes(a.place) ? `在${a.place}${a.title}` : a.title,
      by: a.by ?? 'U0',
      // As kexie stamps a record from someone who reports for a unit (单位 添加 … @person).
      ...(unitOf(a.by ?? 'U0') ? { reporterUnit: unitOf(a.by ?? 'U0') } : {}),
      at: `${a.date}T10:00:00+08:00`,
      source: { kind: 'cli' as const },
      dedupeKey: null,
      flags: [],
      undone: false,
      history: [],
    } as Activity;
    await store.appendActivityEvent({ type: 'create', activity });
  }
  for (const s of state.signups ?? []) {
    await store.updateSignups((list) => {
      let e = list.find((x) => x.event === s.event);
      if (!e) {
        e = { id: `e${list.length + 1}`, event: s.event, organiser: 'U0', createdAt: ctx.now, closed: false, entries: [], attendance: null, activityId: null };
        list.push(e);
      }
      e.entries.push({ unit: s.unit, count: s.count, by: 'U0', at: ctx.now });
    });
  }
  for (const ref of state.done ?? []) await kexie.markItem({ ...ctx, user: 'U0' }, ref, 'done');
  const units = state.units ?? [];
  if (units.length > 0) {
    await store.updateDirectory((d) => {
      d.units = [...d.units, ...units.map((u) => ({ name: u.name, people: u.people.map(mention) }))];
    });
  }
  for (const [user, department] of Object.entries(state.departments ?? {})) await store.setUserProfile({ user, department, at: ctx.now });
}
