// A logged chat message that is edited or deleted where it was written: the record follows (edit, or undo).
import type { RequestContext } from '../context.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import { readReport } from '../understanding/read-report.js';
import { type ActivityDeps, editActivity, undoActivity } from './record-activity.js';

/** Where a message lives: the same fields logActivity puts in the dedupe key. */
export interface SourceMessage {
  kind: 'slack';
  channel: string;
  message: string;
}

/** The live activities logged from a message (several when it reported several events: key#1, key#2…). */
export async function activitiesOfMessage(deps: Pick<ActivityDeps, 'store'>, source: SourceMessage): Promise<Activity[]> {
  const key = `${source.kind}:${source.channel}:${source.message}`;
  // Looked up by key, not by reading the history: Slack sends message_changed for every unfurl.
  const single = await deps.store.findByDedupeKey(key);
  if (single) return single.undone ? [] : [single];
  const found: Activity[] = [];
  for (let k = 1; ; k++) {
    const part = await deps.store.findByDedupeKey(`${key}#${k}`);
    if (!part) break;
    if (!part.undone) found.push(part);
  }
  return found;
}

export type FollowResult = { kind: 'none' } | { kind: 'updated'; activity: Activity } | { kind: 'undone'; activity: Activity; count: number } | { kind: 'unreadable'; activity: Activity; message: string };

/**
 * The message now reads `text` (dates relative to `sentOn`, the day it was first written). The change
 * is made in the name of the record's author, so the history says who it was for; `editor` is noted.
 */
export async function followEditedMessage(deps: ActivityDeps, ctx: RequestContext, source: SourceMessage, text: string, sentOn: CivilDate): Promise<FollowResult> {
  const found = await activitiesOfMessage(deps, source);
  const activity = found[0];
  if (!activity) return { kind: 'none' };
  const reading = readReport(text, sentOn, { explicit: true });
  if (reading.kind !== 'activity') return { kind: 'unreadable', activity, message: reading.message };
  if (found.length > 1 || reading.records.length > 1) {
    return { kind: 'unreadable', activity, message: '这条消息记了多项活动，无法自动对应。请用“修改 <编号> 人数 150”逐条更正。' };
  }
  const u = reading.records[0];
  if (!u) return { kind: 'none' };
  const patch: ActivityPatch = { date: u.date, dateEnd: u.dateEnd, title: u.title, headcount: u.headcount, approximate: u.approximate, metrics: u.metrics };
  // Slack also sends message_changed for unfurls and thread replies: nothing to do when nothing changed.
  if (Object.entries(patch).every(([k, v]) => JSON.stringify(activity[k as keyof Activity]) === JSON.stringify(v))) return { kind: 'none' };
  const updated = await editActivity(deps, { ...ctx, user: activity.by, isAdmin: true }, activity.id, patch);
  return { kind: 'updated', activity: updated };
}

/** The message was deleted: its record is undone (kept in history). */
export async function followDeletedMessage(deps: ActivityDeps, ctx: RequestContext, source: SourceMessage): Promise<FollowResult> {
  const found = await activitiesOfMessage(deps, source);
  if (found.length === 0) return { kind: 'none' };
  let last: Activity | undefined;
  for (const a of found) last = await undoActivity(deps, { ...ctx, user: a.by, isAdmin: true }, a.id);
  return { kind: 'undone', activity: last as Activity, count: found.length };
}
