// Runs a chat text through the core and delivers the reply; slow work (a summary) first shows "正在起草…".
import { handleMessage, isSummaryRequest, type Reply } from '../../core/chat/handle-message.js';
import type { RequestContext } from '../../core/context.js';
import { MAX_MESSAGE_CHARS } from '../../core/text/sanitize.js';
import { DRAFTING, replyMessage, type Block } from './blocks/reply-blocks.js';
import { syncSignupSheet } from './signup-sheet.js';
import type { SlackDeps } from './slack-deps.js';

/** Where a reply goes: post once, or post a placeholder and replace it. */
export interface ReplyTarget {
  post(message: { text: string; blocks: Block[] }): Promise<unknown>;
  replace?(placeholder: unknown, message: { text: string; blocks: Block[] }): Promise<unknown>;
  /** For replies that touch other messages (a 接龙 sheet). */
  client?: import('@slack/bolt').webApi.WebClient;
}

export async function deliverReply(deps: SlackDeps, ctx: RequestContext, text: string, target: ReplyTarget): Promise<Reply> {
  // Over the message cap handleMessage refuses at once; no pattern runs on such a text here either.
  const slow = text.length <= MAX_MESSAGE_CHARS && isSummaryRequest(text) && target.replace !== undefined;
  const placeholder = slow ? await target.post(DRAFTING) : undefined;
  let reply: Reply;
  try {
    reply = await handleMessage(deps.kexie, ctx, text);
  } catch (error) {
    reply = { text: deps.failure(error, 'handleMessage'), kind: 'error' };
  }
  const message = replyMessage(reply);
  // The 接龙 sheet first, so the confirmation below comes after it.
  if (reply.signupId && target.client) await syncSignupSheet(deps.kexie, target.client, ctx, reply).catch((error: unknown) => deps.logger.warn('signup sheet not updated', { error }));
  if (slow && target.replace) await target.replace(placeholder, message);
  else await target.post(message);
  return reply;
}
