// The message shortcut "记录为活动": any message in a channel becomes an activity, stored once per message, dated by the message.
import type { App, MessageShortcut } from '@slack/bolt';
import { handleMessage } from '../../../../core/chat/handle-message.js';
import { replyMessage } from '../../blocks/reply-blocks.js';
import type { SlackDeps } from '../../slack-deps.js';

export function register(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>('log_as_activity', async ({ ack, shortcut, client, respond }) => {
    await ack();
    try {
      // "今天"/"昨天" in the message mean the day it was written, not the day of the click.
      const ctx = await deps.context(client, { team: shortcut.team?.id, user: shortcut.user.id, channel: shortcut.channel.id, message: shortcut.message.ts, today: deps.dayOfTs(shortcut.message.ts) });
      const reply = await handleMessage(deps.kexie, ctx, `记录 ${shortcut.message.text ?? ''}`);
      await respond({ response_type: 'ephemeral', ...replyMessage(reply) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', text: deps.failure(error, 'log_as_activity') });
    }
  });
}
