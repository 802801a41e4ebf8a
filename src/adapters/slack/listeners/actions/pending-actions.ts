// The buttons under a question about a report: 记录 stores it, 不是活动 drops it, 修改 says how to fix it in words.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { answerPendingButton } from '../../../../core/chat/pending-answer.js';
import { ASK_HINT } from '../../../../core/chat/render-log.js';
import { escapeMrkdwn, replyMessage } from '../../blocks/reply-blocks.js';
import type { SlackDeps } from '../../slack-deps.js';

/** The conversation key a button carries (workspace|user|where|thread): only that sender may answer. */
function ownKey(body: BlockAction): string | undefined {
  const key = (body.actions[0] as ButtonAction).value ?? '';
  const [workspace, user] = key.split('|');
  return user === body.user.id && (!body.team?.id || workspace === body.team.id) ? key : undefined;
}

export function registerPendingActions(app: App, deps: SlackDeps): void {
  for (const [action, answer] of [['pending_confirm', 'confirm'], ['pending_drop', 'drop']] as const) {
    app.action<BlockAction>(action, async ({ ack, body, client, respond }) => {
      await ack();
      try {
        const key = ownKey(body);
        if (!key) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: '这是问发送人的，只有发送人可以回答。' });
          return;
        }
        const ctx = await deps.context(client, { team: body.team?.id ?? 'local', user: body.user.id, ...(body.channel?.id ? { channel: body.channel.id } : {}) });
        const reply = await answerPendingButton(deps.kexie, ctx, { key }, answer);
        await respond({ replace_original: true, ...replyMessage(reply) });
      } catch (error) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, action) });
      }
    });
  }

  app.action<BlockAction>('pending_edit', async ({ ack, body, respond }) => {
    await ack();
    const text = ownKey(body) ? `请直接回复要改的内容。${ASK_HINT}` : '这是问发送人的，只有发送人可以回答。';
    await respond({ response_type: 'ephemeral', replace_original: false, text: escapeMrkdwn(text) });
  });
}
