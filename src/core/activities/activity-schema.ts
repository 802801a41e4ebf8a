// The shapes of a logged activity and of the events that create, change and undo one.
import { z } from 'zod';

export const ActivitySourceSchema = z.object({
  kind: z.enum(['cli', 'console', 'slack']),
  channel: z.string().optional(),
  message: z.string().optional(),
});

export const ChangeSchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.enum(['create', 'edit', 'undo', 'link']),
  fields: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).default({}),
});
export type Change = z.infer<typeof ChangeSchema>;

export const ActivitySchema = z.object({
  id: z.string(),
  date: z.string(),
  /** The last day of a period report ("10月份共开展…"); null for a one-day activity. */
  dateEnd: z.string().nullable().default(null),
  title: z.string(),
  headcount: z.number().nullable(),
  /** The headcount came with 约/多/余: the figure is a floor or an estimate. */
  approximate: z.boolean(),
  headcountUnit: z.string().nullable().default(null),
  metrics: z.record(z.string(), z.number()),
  /** What each figure counted, as written ("发放资料", "回收问卷"), for summaries. */
  metricLabels: z.record(z.string(), z.string()).default({}),
  itemId: z.string().nullable(),
  planId: z.string().nullable().default(null),
  text: z.string(),
  by: z.string(),
  at: z.string(),
  source: ActivitySourceSchema,
  dedupeKey: z.string().nullable().default(null),
  /** The reporting unit (单位 添加 … @person) of whoever logged it, when they belong to one. */
  reporterUnit: z.string().optional(),
  flags: z.array(z.string()).default([]),
  /** Statistical categories (src/core/stats/returns.json keys), decided when logged or corrected; absent on older records, which are classified when read. */
  categories: z.array(z.string()).optional(),
  undone: z.boolean().default(false),
  history: z.array(ChangeSchema).default([]),
});
export type Activity = z.infer<typeof ActivitySchema>;

/**
 * Fields an author may change after logging. Without the record's defaults: a patch that leaves a field
 * out must read back without it, or replaying `{headcount: 60}` would reset headcountUnit, dateEnd,
 * planId and flags.
 */
const A = ActivitySchema.shape;
export const ActivityPatchSchema = z
  .object({
    date: A.date,
    dateEnd: A.dateEnd.unwrap(),
    title: A.title,
    headcount: A.headcount,
    headcountUnit: A.headcountUnit.unwrap(),
    approximate: A.approximate,
    metrics: A.metrics,
    itemId: A.itemId,
    planId: A.planId.unwrap(),
    flags: A.flags.unwrap(),
    categories: z.array(z.string()),
  })
  .partial();
export type ActivityPatch = z.infer<typeof ActivityPatchSchema>;

/** One line of the append-only activity log. */
export const ActivityEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('create'), activity: ActivitySchema }),
  z.object({ type: z.literal('edit'), id: z.string(), at: z.string(), by: z.string(), patch: ActivityPatchSchema }),
  z.object({ type: z.literal('undo'), id: z.string(), at: z.string(), by: z.string() }),
]);
export type ActivityEvent = z.infer<typeof ActivityEventSchema>;

/** Applies one event to the map of activities; the history records every change. Pure. */
export function applyActivityEvent(state: Map<string, Activity>, event: ActivityEvent): Activity | undefined {
  if (event.type === 'create') {
    const a = { ...event.activity, history: event.activity.history.length > 0 ? event.activity.history : [{ at: event.activity.at, by: event.activity.by, action: 'create' as const, fields: {} }] };
    state.set(a.id, a);
    return a;
  }
  const current = state.get(event.id);
  if (!current) return undefined;
  if (event.type === 'undo') {
    const next = { ...current, undone: true, history: [...current.history, { at: event.at, by: event.by, action: 'undo' as const, fields: { undone: { from: false, to: true } } }] };
    state.set(next.id, next);
    return next;
  }
  const fields: Change['fields'] = {};
  for (const [key, value] of Object.entries(event.patch)) {
    if (value === undefined) continue;
    const before = current[key as keyof Activity];
    if (JSON.stringify(before) !== JSON.stringify(value)) fields[key] = { from: before, to: value };
  }
  const action = Object.keys(fields).length === 1 && 'itemId' in fields ? 'link' : 'edit';
  const next = { ...current, ...event.patch, history: [...current.history, { at: event.at, by: event.by, action, fields } as Change] } as Activity;
  state.set(next.id, next);
  return next;
}
