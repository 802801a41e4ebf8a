// "显示更多" pages through a long reply; "发到频道" posts a private /kx answer in the channel for everyone.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { type SlackMessage, withFooter } from '../../blocks/reply-blocks.js';
import type { SlackDeps } from '../../slack-deps.js';

const EXPIRED = '这条回复已过期（机器人重启或超过一天），请重新提问。';

export function registerReplyActions(app: App, deps: SlackDeps): void {
  const cached = (body: BlockAction) => {
    const [key = '', index = '0'] = ((body.actions[0] as ButtonAction).value ?? '').split(':');
    return { key, index: Number(index), reply: deps.replies.get(key) };
  };

  app.action<BlockAction>('show_more', async ({ ack, body, respond }) => {
    await ack();
    const { key, index, reply } = cached(body);
    const page = reply?.pages[index];
    if (!reply || !page) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED });
      return;
    }
    await respond({ replace_original: true, ...withFooter(page, { key, index, count: reply.pages.length, share: reply.share }) });
  });

  app.action<BlockAction>('share_to_channel', async ({ ack, body, client, respond }) => {
    await ack();
    const { reply } = cached(body);
    const channel = body.channel?.id;
    if (!reply || !channel) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED });
      return;
    }
    try {
      const intro = { type: 'context', elements: [{ type: 'mrkdwn', text: `<@${body.user.id}> 分享了 kexie 的回答` }] };
      const [first, ...rest] = reply.pages as [SlackMessage, ...SlackMessage[]];
      const posted = (await client.chat.postMessage({ channel, text: first.text, blocks: [intro, ...first.blocks] as never })) as { ts?: string };
      // The other pages go into the thread of the first, in order.
      for (const page of rest) await client.chat.postMessage({ channel, thread_ts: posted.ts, text: page.text, blocks: page.blocks as never });
      await respond({ response_type: 'ephemeral', replace_original: false, text: '已发到频道。' });
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      const text = code === 'not_in_channel' || code === 'channel_not_found' ? 'kexie 不在这个频道里，请先邀请它（/invite @kexie）再发送。' : deps.failure(error, 'share_to_channel');
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    }
  });
}
