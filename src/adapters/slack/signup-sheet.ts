// Keeps a 接龙 message in step with the store: posted once to the channel, then updated in place after each change.
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../core/chat/handle-message.js';
import type { RequestContext } from '../../core/context.js';
import { setSheetMessage } from '../../core/headcounts/signup-sheet.js';
import type { Signup } from '../../core/headcounts/signup-schema.js';
import type { Kexie } from '../../core/kexie.js';
import { signupSheetMessage } from './blocks/signup-blocks.js';

type WebClient = webApi.WebClient;

/** Rewrites the sheet's message with the current totals (no-op when it has none). */
export async function refreshSignupSheet(client: WebClient, s: Signup): Promise<void> {
  if (!s.message) return;
  await client.chat.update({ channel: s.message.channel, ts: s.message.ts, ...signupSheetMessage(s) } as never);
}

/** After a reply that started or changed a sign-up: post the sheet, or update it. */
export async function syncSignupSheet(kexie: Kexie, client: WebClient, ctx: RequestContext, reply: Reply): Promise<void> {
  if (!reply.signupId) return;
  const store = kexie.deps.storeFor(ctx.workspace);
  const s = (await store.listSignups()).find((x) => x.id === reply.signupId);
  if (!s) return;
  if (reply.signupSheet && ctx.source.channel) {
    const posted = (await client.chat.postMessage({ channel: ctx.source.channel, ...signupSheetMessage(s) } as never)) as { ts?: string; channel?: string };
    if (posted.ts) await setSheetMessage(store, s.id, { channel: posted.channel ?? ctx.source.channel, ts: posted.ts });
    return;
  }
  await refreshSignupSheet(client, s);
}
