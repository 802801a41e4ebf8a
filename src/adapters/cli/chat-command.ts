// `kexie chat "<text>"` and the question `kexie log` may ask: one conversation per --user and --workspace,
// kept in the workspace's data folder, so consecutive calls see the records just made and the question asked.
import type { LogResult } from '../../core/activities/record-activity.js';
import { handleMessage } from '../../core/chat/handle-message.js';
import { openSession } from '../../core/chat/conversation-session.js';
import { renderLog } from '../../core/chat/render-log.js';
import { conversationKey, type ConversationRef } from '../../core/conversation/conversation.js';
import type { RequestContext } from '../../core/context.js';
import type { Kexie } from '../../core/kexie.js';

interface Out {
  emit(data: unknown, text: string): void;
  fail(code: string, message: string, exit?: number): number;
  json: boolean;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/** The CLI's conversation: one per user and workspace. */
export function cliConversation(ctx: RequestContext): ConversationRef {
  return { key: conversationKey({ workspace: ctx.workspace, user: ctx.user, where: 'cli' }) };
}

/** Exit code of a question: nothing was stored, an answer is expected (`chat 记录`, `chat 不是活动`, or a fix). */
export const ASKED_EXIT = 3;

/** One chat line through the same router as Slack and the console. */
export async function runChatCommand(kexie: Kexie, ctx: RequestContext, text: string, out: Out): Promise<number> {
  if (!text) return out.fail('bad_input', '请写出要说的话，例如：chat "刚才那条人数应为85人"', 2);
  const reply = await handleMessage(kexie, ctx, text, { conversation: cliConversation(ctx) });
  out.emit({ reply: { text: reply.text, kind: reply.kind, activityIds: reply.activityIds ?? (reply.activityId ? [reply.activityId] : []) } }, reply.text);
  return reply.kind === 'error' ? 1 : reply.kind === 'ask' ? ASKED_EXIT : 0;
}

/** `log`: stores the records (and remembers them), or asks and keeps the reading until `chat` answers. */
export async function runLogCommand(kexie: Kexie, ctx: RequestContext, message: string, out: Out): Promise<number> {
  const result: LogResult = await kexie.log(ctx, message);
  const session = await openSession(kexie, ctx, cliConversation(ctx));
  if (!result.ok && result.reason === 'ask') {
    session.ask(result.pending, result.message, result.doubts);
    await session.save();
    const hint = '没有记录。回答：chat 记录 ｜ chat 不是活动 ｜ chat "日期是11月5日"';
    if (out.json) out.stdout.write(`${JSON.stringify({ error: { code: 'ask', message: result.message }, ask: { question: result.message, doubts: result.doubts } })}\n`);
    else out.stdout.write(`${result.message}\n`);
    out.stderr.write(`${result.message}\n${hint}\n`);
    return ASKED_EXIT;
  }
  if (!result.ok) return out.fail('bad_input', result.message);
  session.remember(result.records.map((r) => r.activity.id));
  await session.save();
  // The same text as the chat's reply: each record, the lines of a pasted list not stored, how to fix.
  out.emit(
    { activity: result.activity, duplicate: result.duplicate, item: result.itemTitle, activities: result.records.map((r) => r.activity), choices: result.choices },
    renderLog(result, result.skipped ?? []).text,
  );
  return 0;
}
