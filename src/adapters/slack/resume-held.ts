// After a restart: the requests that were told "正在整理记录…不用重发" and kept on disk (deliver-reply.ts) but not
// answered before the bot stopped are answered now, where they were asked (the thread, the DM, or the /kx response
// URL while it is valid, else privately in its channel). A log write's dedupe key is the Slack message's, so a
// request the bot had stored just before it stopped is not stored twice.
import type { ConversationRef } from '../../core/conversation/conversation.js';
import type { SlackMessage } from './blocks/reply-blocks.js';
import { deliverReply, type ReplyTarget } from './deliver-reply.js';
import type { SlackDeps } from './slack-deps.js';

type WebClient = import('@slack/bolt').webApi.WebClient;

/** Where a kept request's answer goes, from what was written down when it was kept. */
function keptTarget(client: WebClient, user: string, reply: Record<string, string>): ReplyTarget {
  const channel = reply.channel ?? '';
  const threadTs = reply.threadTs;
  const privately = (m: SlackMessage) => client.chat.postEphemeral({ channel, user, ...m });
  const post = reply.responseUrl
    ? async (m: SlackMessage) => {
        const res = await fetch(reply.responseUrl!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ response_type: 'ephemeral', ...m }) }).catch(() => undefined);
        if (!res?.ok) return privately(m);
        return undefined;
      }
    : (m: SlackMessage) => client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), ...m });
  return { post, upload: { client, channel, ...(threadTs ? { threadTs } : {}) }, client, share: Boolean(reply.responseUrl) };
}

/** Answers the kept requests no live holder will answer, in `workspaces`; returns how many were answered. */
export async function resumeHeldRequests(deps: SlackDeps, client: WebClient, workspaces: readonly string[]): Promise<number> {
  let answered = 0;
  for (const workspace of workspaces) {
    const store = deps.kexie.deps.storeFor(workspace);
    for (const { id, request } of (await store.orphanedRequests?.()) ?? []) {
      deps.logger.info('answering a request kept while the records were filed', { workspace, id });
      const target = { ...keptTarget(client, request.ctx.user, request.reply), ...(request.conversation ? { conversation: request.conversation as ConversationRef } : {}) };
      await deliverReply(deps, request.ctx, request.text, target, { held: id });
      answered++;
    }
  }
  return answered;
}
