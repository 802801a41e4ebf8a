// App Home blocks listing a workspace's subscriptions, each with a 停止 button.
import { describeSubscription } from '../../../core/schedules/manage-subscriptions.js';
import type { Subscription } from '../../../core/schedules/subscription-schema.js';
import type { Block } from './reply-blocks.js';

const MAX_SHOWN = 20;

/** A header, one section per subscription (with its stop button), and how to add more. */
export function subscriptionBlocks(subs: readonly Subscription[]): Block[] {
  const rows: Block[] = subs.slice(0, MAX_SHOWN).map((s) => ({
    type: 'section',
    block_id: `subscription:${s.id}`,
    text: { type: 'mrkdwn', text: `<#${s.channel}> ${describeSubscription(s)}` },
    accessory: {
      type: 'button',
      action_id: 'subscription_stop',
      text: { type: 'plain_text', text: '停止' },
      value: s.id,
      confirm: { title: { type: 'plain_text', text: '停止这个订阅？' }, text: { type: 'plain_text', text: describeSubscription(s).slice(0, 200) }, confirm: { type: 'plain_text', text: '停止' }, deny: { type: 'plain_text', text: '取消' } },
    },
  }));
  return [
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: '订阅的提醒' } },
    ...(rows.length > 0 ? rows : [{ type: 'section', text: { type: 'mrkdwn', text: '还没有订阅。在频道里发“订阅 本月待办”“订阅 到期提醒 提前3个工作日”等即可。' } }]),
    ...(subs.length > MAX_SHOWN ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `另有 ${subs.length - MAX_SHOWN} 个，在频道里发“订阅列表”查看。` }] }] : []),
  ];
}
