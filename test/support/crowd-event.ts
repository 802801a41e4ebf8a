// Activity create events numbered 0…n for tests of many writers: distinct ids, dedupe keys and months.
import type { Activity, ActivityEvent } from '../../src/core/activities/activity-schema.js';

const base: Activity = {
  id: '', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};

/** The create event of activity `i`: id a000…i, dedupe key k<i>, dated in month 1 + i % 12 of 2026. */
export function crowdEvent(i: number): Extract<ActivityEvent, { type: 'create' }> {
  return { type: 'create', activity: { ...base, id: `a${String(i).padStart(12, '0')}`, dedupeKey: `k${i}`, date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-10` } };
}
