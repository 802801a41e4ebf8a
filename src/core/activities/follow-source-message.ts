// A logged chat message that is edited or deleted where it was written: the record follows (edit, or undo).
import type { RequestContext } from '../context.js';
import type { CivilDate } from '../dates/civil-date.js';
import type { Activity, ActivityPatch } from './activity-schema.js';
import { parseActivityMessage } from './parse-activity-message.js';
import { type ActivityDeps, editActivity, undoActivity } from './record-activity.js';

/** Where a message lives: the same fields logActivity puts in the dedupe key. */
export interface SourceMessage {
  kind: 'slack';
  channel: string;
  message: string;
}

/** The live activity logged from a message, if any. */
export async function activityOfMessage(deps: Pick<ActivityDeps, 'store'>, source: SourceMessage): Promise<Activity | undefined> {
  const key = `${source.kind}:${source.channel}:${source.message}`;
  return (await deps.store.listActivities()).find((a) => a.dedupeKey === key && !a.undone);
}

export type FollowResult = { kind: 'none' } | { kind: 'updated' | 'undone'; activity: Activity } | { kind: 'unreadable'; activity: Activity; message: string };

/**
 * The message now reads `text` (dates relative to `sentOn`, the day it was first written). The change
 * is made in the name of the record's author, so the history says who it was for; `editor` is noted.
 */
export async function followEditedMessage(deps: ActivityDeps, ctx: RequestContext, source: SourceMessage, text: string, sentOn: CivilDate): Promise<FollowResult> {
  const activity = await activityOfMessage(deps, source);
  if (!activity) return { kind: 'none' };
  const parsed = parseActivityMessage(text.replace(/^\s*(记录|登记|log)\s*[:：]?\s*/iu, ''), sentOn);
  if (!parsed.ok) return { kind: 'unreadable', activity, message: parsed.message };
  const u = parsed.activity;
  const patch: ActivityPatch = { date: u.date, title: u.title, headcount: u.headcount, approximate: u.approximate, metrics: u.metrics };
  // Slack also sends message_changed for unfurls and thread replies: nothing to do when nothing changed.
  if (Object.entries(patch).every(([k, v]) => JSON.stringify(activity[k as keyof Activity]) === JSON.stringify(v))) return { kind: 'none' };
  const updated = await editActivity(deps, { ...ctx, user: activity.by, isAdmin: true }, activity.id, patch);
  return { kind: 'updated', activity: updated };
}

/** The message was deleted: its record is undone (kept in history). */
export async function followDeletedMessage(deps: ActivityDeps, ctx: RequestContext, source: SourceMessage): Promise<FollowResult> {
  const activity = await activityOfMessage(deps, source);
  if (!activity) return { kind: 'none' };
  return { kind: 'undone', activity: await undoActivity(deps, { ...ctx, user: activity.by, isAdmin: true }, activity.id) };
}
