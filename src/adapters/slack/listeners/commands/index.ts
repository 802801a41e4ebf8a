// /kx <text>: the same texts as the console; acknowledged at once, answered through response_url.
import type { App } from '@slack/bolt';
import { deliverReply } from '../../deliver-reply.js';
import type { SlackDeps } from '../../slack-deps.js';
import { slackConversation } from '../events/index.js';

export function register(app: App, deps: SlackDeps): void {
  app.command('/kx', async ({ command, ack, respond, client }) => {
    await ack();
    // Requests that arrived with this one (a burst after a restart) are acknowledged first, not after this one's
    // store reads and answer (ack-gate.ts).
    await deps.acksSettled();
    try {
      // The trigger id is this invocation's own id: a replay of the same signed request is stored once.
      const ctx = await deps.context(client, { team: command.team_id, user: command.user_id, channel: command.channel_id, ...(command.trigger_id ? { message: `cmd:${command.trigger_id}` } : {}) });
      await deliverReply(deps, ctx, command.text, {
        share: true,
        // Kept while the records are filed, the answer goes to the same response URL (valid 30 minutes) after a restart.
        resume: { channel: command.channel_id, responseUrl: command.response_url },
        upload: { client, channel: command.channel_id },
        client,
        conversation: slackConversation(ctx.workspace, command.user_id, command.channel_id),
        post: (m) => respond({ response_type: 'ephemeral', ...m }),
        replace: (_p, m) => respond({ response_type: 'ephemeral', replace_original: true, ...m }),
      });
    } catch (error) {
      await respond({ response_type: 'ephemeral', text: deps.failure(error, '/kx') });
    }
  });
}
