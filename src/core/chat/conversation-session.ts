// One message's view of its conversation's memory: read once, changed as the message is handled, written once.
import type { Activity } from '../activities/activity-schema.js';
import type { CorrectionScope } from '../activities/correct-activity.js';
import type { PendingReport } from '../activities/record-activity.js';
import type { RequestContext } from '../context.js';
import { type Conversation, type ConversationRef, conversationKey, liveConversation, type Pending, withListed, withRecords } from '../conversation/conversation.js';
import type { Doubt } from '../understanding/read-report.js';
import type { Kexie } from '../kexie.js';
import { recalled, rememberable } from '../questions/follow-up-question.js';
import type { Question } from '../questions/question.js';

/** The most records of a Slack thread looked up by the message that started it. */
const MAX_THREAD_RECORDS = 20;

export interface Session {
  ref: ConversationRef;
  state: Conversation;
  /** The records this conversation made (live ones, oldest first) and its thread's: what follow-ups act on. */
  scope(): Promise<CorrectionScope>;
  remember(ids: readonly string[]): void;
  /** A record this conversation just changed: last in its records (so 撤销更正 finds it first), the batch kept. */
  touched(id: string): void;
  listed(itemIds: readonly string[]): void;
  /** The latest count or list question asked here, which a follow-up leans on. */
  lastQuestion(): Question | undefined;
  /** Remembers a question just answered (only counts and lists of the log are kept). */
  asked(question: Question | undefined): void;
  ask(pending: PendingReport, question: string, doubts: readonly Doubt[]): void;
  pending(): (Pending & { reading: PendingReport['reading']; doubts: Doubt[] }) | undefined;
  clearPending(): void;
  /** Writes the memory back when it changed. */
  save(): Promise<void>;
}

/** The default conversation of a request: its channel or session, per sender. */
export function defaultRef(ctx: RequestContext): ConversationRef {
  return { key: conversationKey({ workspace: ctx.workspace, user: ctx.user, where: `${ctx.source.kind}:${ctx.source.channel ?? ''}` }) };
}

export async function openSession(kexie: Kexie, ctx: RequestContext, ref: ConversationRef = defaultRef(ctx)): Promise<Session> {
  const memory = kexie.conversations;
  let state = liveConversation(await memory.read(ctx.workspace, ref.key).catch(() => undefined), ctx.now);
  const first = JSON.stringify(state);
  const store = kexie.deps.storeFor(ctx.workspace);
  const live = async (ids: readonly string[]): Promise<Activity[]> =>
    (await Promise.all(ids.map((id) => store.findActivity(id)))).filter((a): a is Activity => a !== undefined && !a.undone);
  /** Read once per message (at most 20 records by id, and a thread's), until the records change. */
  const readScope = async (): Promise<CorrectionScope> => {
    const records = await live(state.records);
    let thread: Activity[] | undefined;
    if (ref.thread) {
      // The records made by the thread's first message (its key is the Slack delivery), or remembered for a bot reply.
      const threadMemory = liveConversation(await memory.read(ctx.workspace, `thread|${ref.thread}`).catch(() => undefined), ctx.now);
      const keyed = [];
      const base = `slack:${ref.thread}`;
      const single = await store.findByDedupeKey(base);
      if (single) keyed.push(single);
      else for (let k = 1; k <= MAX_THREAD_RECORDS; k++) {
        const part = await store.findByDedupeKey(`${base}#${k}`);
        if (!part) break;
        keyed.push(part);
      }
      const all = [...keyed.filter((a) => !a.undone), ...(await live(threadMemory.records))];
      thread = all.filter((a, k) => all.findIndex((b) => b.id === a.id) === k);
    }
    return { records, batch: state.batch, listed: state.listed, ...(thread && thread.length > 0 ? { thread } : {}) };
  };
  let cached: Promise<CorrectionScope> | undefined;
  return {
    ref,
    get state() {
      return state;
    },
    scope() {
      cached ??= readScope();
      return cached;
    },
    remember(ids) {
      state = withRecords(state, ids, ctx.now);
      cached = undefined;
    },
    touched(id) {
      state = { ...withRecords(state, [id], ctx.now), batch: state.batch };
      cached = undefined;
    },
    listed(itemIds) {
      state = withListed(state, itemIds, ctx.now);
    },
    lastQuestion() {
      return recalled(state.asked);
    },
    asked(question) {
      const kept = rememberable(question);
      if (kept) state = { ...state, at: ctx.now, asked: kept };
    },
    ask(pending, question, doubts) {
      const origin = ctx.source.kind === 'slack' && ctx.source.channel && ctx.source.message ? `${ctx.source.channel}:${ctx.source.message}` : undefined;
      state = { ...state, at: ctx.now, pending: { ...pending, question, doubts: [...doubts], at: ctx.now, ...(origin ? { origin } : {}) } };
    },
    pending() {
      const p = state.pending;
      if (!p) return undefined;
      const reading = p.reading as PendingReport['reading'];
      if (!reading || reading.kind !== 'activity' || !Array.isArray(reading.records)) return undefined;
      return { ...p, reading, doubts: p.doubts as Doubt[] };
    },
    clearPending() {
      state = { ...state, at: ctx.now, pending: undefined };
    },
    async save() {
      if (JSON.stringify(state) === first) return;
      await memory.write(ctx.workspace, ref.key, { ...state, at: ctx.now });
    },
  };
}

/** Lets the Slack thread under a bot reply know the records that reply is about. */
export async function rememberThread(kexie: Kexie, ctx: RequestContext, thread: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const key = `thread|${thread}`;
  const state = liveConversation(await kexie.conversations.read(ctx.workspace, key).catch(() => undefined), ctx.now);
  await kexie.conversations.write(ctx.workspace, key, withRecords(state, ids, ctx.now));
}
