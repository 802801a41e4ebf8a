// The short memory kept per sender and conversation: the records just made, the question just asked, the items just listed.
import { z } from 'zod';

/** How many of the latest records a conversation remembers ("刚才那条", "第二条"). */
export const MAX_REMEMBERED_RECORDS = 20;
/** How many plan items just listed are remembered ("这条算到科普日那项下面"). */
export const MAX_REMEMBERED_ITEMS = 20;
/** A conversation idle longer than this is forgotten: follow-ups belong to what was just said. */
export const CONVERSATION_IDLE_MS = 12 * 3_600_000;
/** A question left unanswered this long no longer catches answers. */
export const PENDING_IDLE_MS = 2 * 3_600_000;

/** A report kexie asked about and stored nothing of yet: the message, how it was sent, and its reading (plain JSON). */
export const PendingSchema = z.object({
  message: z.string(),
  explicit: z.boolean(),
  reading: z.unknown(),
  /** The question asked, and what the reader was unsure of. */
  question: z.string(),
  doubts: z.array(z.unknown()).default([]),
  at: z.string(),
  /** The Slack message asked about (`channel:ts`): its thread is about the records stored from it. */
  origin: z.string().optional(),
});
export type Pending = z.infer<typeof PendingSchema>;

export const ConversationSchema = z.object({
  at: z.string(),
  /** Ids of the records made in this conversation, oldest first. */
  records: z.array(z.string()).default([]),
  /** The records of the latest message ("第二条" counts in it). */
  batch: z.array(z.string()).default([]),
  pending: PendingSchema.optional(),
  /** Plan item ids of the latest list, in the order shown. */
  listed: z.array(z.string()).default([]),
  /** The latest count or list question asked of the log (plain JSON), which "那参加的一共多少人" follows. */
  asked: z.unknown().optional(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** Where a message was said: the memory's key, and the key of the thread it replies in (Slack), if any. */
export interface ConversationRef {
  key: string;
  /** A Slack thread: `channel:ts` of its parent message; the records made by that message are "this one". */
  thread?: string;
}

/** The key for a sender in one conversation (workspace, channel or session, thread). */
export function conversationKey(parts: { workspace: string; user: string; where: string; thread?: string }): string {
  return [parts.workspace, parts.user, parts.where, parts.thread ?? ''].join('|').slice(0, 500);
}

/** A fresh or still-live conversation read from memory (an idle one is forgotten; an old question is dropped). */
export function liveConversation(found: unknown, now: string): Conversation {
  const parsed = ConversationSchema.safeParse(found);
  const empty: Conversation = { at: now, records: [], batch: [], listed: [] };
  if (!parsed.success) return empty;
  const c = parsed.data;
  const idle = Date.parse(now) - Date.parse(c.at);
  if (!(idle <= CONVERSATION_IDLE_MS)) return empty;
  const pendingIdle = c.pending ? Date.parse(now) - Date.parse(c.pending.at) : 0;
  if (c.pending && !(pendingIdle <= PENDING_IDLE_MS)) return { ...c, pending: undefined };
  return c;
}

/** The conversation after records were made: they are the latest batch, and the memory stays capped. */
export function withRecords(c: Conversation, ids: readonly string[], now: string): Conversation {
  if (ids.length === 0) return { ...c, at: now };
  const records = [...c.records.filter((id) => !ids.includes(id)), ...ids].slice(-MAX_REMEMBERED_RECORDS);
  return { ...c, at: now, records, batch: ids.slice(-MAX_REMEMBERED_RECORDS) };
}

/** The conversation after a plan list was shown. */
export function withListed(c: Conversation, itemIds: readonly string[], now: string): Conversation {
  return { ...c, at: now, listed: itemIds.slice(0, MAX_REMEMBERED_ITEMS) };
}
