// The buttons offered when an activity's plan item was too close to call: one click links it.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { describeActivity } from '../../../../core/activities/record-activity.js';
import { textSections } from '../../blocks/reply-blocks.js';
import type { SlackDeps } from '../../slack-deps.js';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction>({ action_id: /^activity_choose_item(_\d+)?$/ }, async ({ ack, body, client, respond }) => {
    await ack();
    try {
      const [id = '', itemId = ''] = ((body.actions[0] as ButtonAction).value ?? '').split('|');
      const ctx = await deps.context(client, { team: body.team?.id ?? 'local', user: body.user.id });
      const { activity, itemTitle } = await deps.kexie.link(ctx, id, itemId);
      const text = `已将 ${activity.id} 关联到 ${itemTitle}。\n${describeActivity(activity, itemTitle)}`;
      await respond({ replace_original: false, response_type: 'ephemeral', text, blocks: textSections(text) as never });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: deps.failure(error, 'activity_choose_item') });
    }
  });
}
