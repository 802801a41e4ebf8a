// One schema on write and on read: an activity event that would not read back is refused when written.
import { type ActivityEvent, ActivityEventSchema } from '../../core/activities/activity-schema.js';
import { StoreError } from '../../core/errors.js';

const FIELD_NAMES: Record<string, string> = { headcount: '人数', date: '日期', title: '活动名称', metrics: '数量', id: '编号' };

/** The event as it will read back, or a StoreError (record_invalid) naming the figure that is wrong. */
export function checkEvent(event: ActivityEvent): ActivityEvent {
  const parsed = ActivityEventSchema.safeParse(event);
  if (!parsed.success) throw invalid(parsed.error.issues, event);
  // What is written is JSON: it must parse back to the same event (no Infinity, NaN or undefined figures turned into null).
  const text = JSON.stringify(parsed.data);
  const back = ActivityEventSchema.safeParse(JSON.parse(text));
  if (!back.success || JSON.stringify(back.data) !== text) throw invalid(back.success ? [] : back.error.issues, event);
  return parsed.data;
}

/** Events validated between two turns of the event loop. */
const CHECK_STEP = 200;

/** checkEvent for a batch (a ledger brings thousands), a few hundred at a time with turns of the event loop between. */
export async function checkEvents(events: readonly ActivityEvent[]): Promise<ActivityEvent[]> {
  const checked: ActivityEvent[] = [];
  for (const e of events) {
    checked.push(checkEvent(e));
    if (checked.length % CHECK_STEP === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return checked;
}

function invalid(issues: readonly { path: readonly PropertyKey[] }[], event: ActivityEvent): StoreError {
  const parts = issues.slice(0, 3).map((issue) => {
    const path = issue.path.filter((p) => p !== 'activity' && p !== 'patch').map(String);
    const value = valueAt(event, issue.path);
    const shown = typeof value === 'number' ? `（${String(value)}）` : '';
    if (path[0] === 'metrics' && path[1]) return `“${path[1]}”的数量${shown}`;
    return `${FIELD_NAMES[path[0] ?? ''] ?? path.join('.')}${shown}`;
  });
  const detail = parts.length > 0 ? `${[...new Set(parts)].join('、')}不是有效的值。` : '记录中有无法保存的值。';
  return new StoreError('record_invalid', 'activities', detail);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}
