// Logging a message from chat: store and remember the records, or ask the one question and remember the reading.
import type { LogResult } from '../activities/record-activity.js';
import type { RequestContext } from '../context.js';
import type { Kexie } from '../kexie.js';
import { matchKey } from '../text/normalize.js';
import type { Session } from './conversation-session.js';
import type { Reply } from './handle-message.js';
import { askReply, renderLog } from './render-log.js';
import { Unreadable } from '../unreadable.js';

/** The reply to a log result; records are remembered, a question keeps its reading until answered. */
export async function logResultReply(kexie: Kexie, ctx: RequestContext, session: Session, message: string, result: LogResult): Promise<Reply> {
  if (result.ok) {
    session.remember(result.records.map((r) => r.activity.id));
    // A pasted list: the lines that were not events are said, not silently dropped.
    return renderLog(result, result.skipped ?? []);
  }
  if (result.reason === 'ask') {
    session.ask(result.pending, result.message, result.doubts);
    return askReply(session, result.message, result.pending);
  }
  if (result.reason === 'future') return futureReply(kexie, ctx, message, result.message);
  return { text: result.message, kind: 'error' };
}

export async function logReply(kexie: Kexie, ctx: RequestContext, session: Session, message: string, explicit: boolean): Promise<Reply> {
  return logResultReply(kexie, ctx, session, message, await kexie.log(ctx, message, { explicit }));
}

/** "还没举办？举办后再发给我", with a hint to register sign-ups when the event has a sign-up list. */
export async function futureReply(kexie: Kexie, ctx: RequestContext, text: string, message: string): Promise<Reply> {
  const signups = await new Unreadable().or(kexie.deps.storeFor(ctx.workspace).listSignups(), []);
  const key = matchKey(text);
  const open = signups.find((s) => !s.closed && key.includes(matchKey(s.event)));
  const hint = open ? `\n“${open.event}”正在报名，可以先登记：报名 ${open.event} 5人 单位名称` : '';
  return { text: `${message}${hint}`, kind: 'answer' };
}
