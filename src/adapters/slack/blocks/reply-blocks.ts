// Block Kit for chat replies: lists of plan items with buttons, text sections, and pages that fit one message each.
import type { Reply } from '../../../core/chat/handle-message.js';
import type { PlanItem } from '../../../core/plans/plan-schema.js';
import { describeDue } from '../../../core/questions/due-in-period.js';
import { type Block, BUDGET, clip, escapeMrkdwn, paginate, SLACK_LIMITS, textSections } from './limits.js';

export { type Block, escapeMrkdwn, textSections } from './limits.js';

/** One message: blocks plus the plain-text fallback (notifications, screen readers). */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

const LIST_INTENTS = new Set(['due', 'overdue', 'owner', 'keyword']);

const button = (actionId: string, text: string, value: string, extra: Block = {}): Block => ({ type: 'button', action_id: actionId, text: { type: 'plain_text', text: clip(text, SLACK_LIMITS.buttonText) }, value: clip(value, SLACK_LIMITS.buttonValue), ...extra });

/** The buttons under a logged activity: edit, change the plan item, undo. */
export function activityActions(activityId: string): Block {
  return {
    type: 'actions',
    block_id: `activity:${activityId}`,
    elements: [
      button('activity_edit', '编辑', activityId),
      button('activity_link', '更改计划条目', activityId),
      button('activity_undo', '撤销', activityId, {
        style: 'danger',
        confirm: { title: { type: 'plain_text', text: '撤销这条记录？' }, text: { type: 'plain_text', text: '记录会保留在历史中，但不再计入统计。' }, confirm: { type: 'plain_text', text: '撤销' }, deny: { type: 'plain_text', text: '取消' } },
      }),
    ],
  };
}

/** The answers to a question about a report, as buttons: 记录 / 修改 / 不是活动 (the value is the conversation). */
export function askActions(conversation: string): Block {
  return {
    type: 'actions',
    block_id: 'pending_answer',
    elements: [
      button('pending_confirm', '记录', conversation, { style: 'primary' }),
      button('pending_edit', '修改', conversation),
      button('pending_drop', '不是活动', conversation),
    ],
  };
}

/** "这条活动对应哪一项？" as buttons, one per close plan item (at most five). */
export function choiceActions(activityId: string, choices: ReadonlyArray<{ itemId: string; label: string }>): Block {
  return {
    type: 'actions',
    block_id: `choose:${activityId}`.slice(0, 255),
    elements: choices.slice(0, 5).map((c, k) => ({
      type: 'button',
      action_id: `activity_choose_item${k === 0 ? '' : `_${k}`}`,
      text: { type: 'plain_text', text: clip(`关联到 ${c.label}`, SLACK_LIMITS.buttonText) },
      value: clip(`${activityId}|${c.itemId}`, SLACK_LIMITS.buttonValue),
    })),
  };
}

/** One plan item: title, deadline and owners as fields, and its three buttons. */
export function itemBlocks(item: PlanItem, index: number): Block[] {
  const due = [...new Set(item.due.map(describeDue))].slice(0, 3).join('\n') || '未写明';
  const owners = item.owners.join('、') || '未写明';
  return [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${escapeMrkdwn(clip(`${item.path} ${item.title}`, 300))}*` },
      fields: [
        { type: 'mrkdwn', text: `*期限*\n${escapeMrkdwn(clip(due, 1500))}` },
        { type: 'mrkdwn', text: `*牵头*\n${escapeMrkdwn(clip(owners, 1500))}` },
      ],
    },
    {
      type: 'actions',
      block_id: `item:${index}:${item.id}`.slice(0, 255),
      elements: [button('item_log', '记录活动', item.id, { style: 'primary' }), button('item_done', '标记完成', item.id), button('item_full', '查看全文', item.id)],
    },
  ];
}

const USER_ID = /\b([UW][A-Z0-9]{8,11})\b/g;

/** Slack user ids in a section become mentions, which Slack shows as display names (within the section limit). */
function withMentions(section: Block): Block {
  const text = (section.text as { text: string }).text;
  let room = SLACK_LIMITS.sectionText - text.length;
  const named = text.replace(USER_ID, (id: string) => {
    if (room < 3) return id;
    room -= 3;
    return `<@${id}>`;
  });
  return { ...section, text: { type: 'mrkdwn', text: named } };
}

/** A reply as pages of blocks, each within one message's limits (the caller adds navigation). */
export function replyPages(reply: Reply): SlackMessage[] {
  // The fallback text is mrkdwn too: a user's "<!channel>" must not ping anyone.
  const fallback = escapeMrkdwn(clip(reply.text, 3000));
  let header: Block[] = [];
  let groups: Block[][];
  if (reply.intent && LIST_INTENTS.has(reply.intent) && reply.items && reply.items.length > 0) {
    const lines = reply.text.split('\n');
    const headIndex = lines.findIndex((l) => /共 \d+ 项/u.test(l));
    const head = lines[headIndex] ?? lines[0] ?? '';
    const note = headIndex > 0 ? lines.slice(0, headIndex).join('\n') : '';
    header = [{ type: 'header', text: { type: 'plain_text', text: clip(head.replace(/[：:]$/u, ''), SLACK_LIMITS.headerText) } }];
    if (note) header.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(clip(note, 2000)) }] });
    groups = reply.items.map((item, i) => itemBlocks(item, i));
  } else {
    groups = textSections(reply.text).map((s) => [withMentions(s)]);
    if (reply.kind === 'activity' && reply.activityId && !/已撤销/.test(reply.text)) {
      // Every record of the message gets its own edit/undo buttons; close plan items become one-click choices.
      for (const id of reply.activityIds && reply.activityIds.length > 0 ? reply.activityIds.slice(0, 20) : [reply.activityId]) groups.push([activityActions(id)]);
      if (reply.choices && reply.choices.length > 0) groups.push([choiceActions(reply.activityId, reply.choices)]);
    }
    if (reply.kind === 'ask' && reply.conversation && reply.conversation.length <= SLACK_LIMITS.buttonValue) groups.push([askActions(reply.conversation)]);
    if (reply.kind === 'summary') groups.push([{ type: 'context', elements: [{ type: 'mrkdwn', text: '由 kexie 根据活动记录生成的草稿，请核对后使用。' }] }]);
  }
  const pages = paginate(header.length > 0 ? [header, ...groups] : groups, { blocks: BUDGET.messageBlocks, text: BUDGET.messageText });
  return pages.map((blocks, i) => ({ text: i === 0 ? fallback : `${fallback.slice(0, 200)}（续 ${i + 1}/${pages.length}）`, blocks: blocks.length > 0 ? blocks : textSections('（空）') }));
}

/** A reply as one message: its first page (callers that can show more use replyPages). */
export function replyMessage(reply: Reply): SlackMessage {
  return replyPages(reply)[0] as SlackMessage;
}

/** The footer of a page: "第 1/3 页" and the buttons to show more and to share in the channel. */
export function withFooter(page: SlackMessage, options: { key?: string; index: number; count: number; share?: boolean }): SlackMessage {
  const blocks = [...page.blocks];
  const elements: Block[] = [];
  if (options.key && options.index + 1 < options.count) elements.push(button('show_more', `显示更多（${options.index + 2}/${options.count}）`, `${options.key}:${options.index + 1}`));
  if (options.key && options.share) elements.push(button('share_to_channel', '发到频道', `${options.key}:${options.index}`));
  if (options.count > 1) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `第 ${options.index + 1}/${options.count} 页` }] });
  if (elements.length > 0) blocks.push({ type: 'actions', block_id: 'reply_nav', elements });
  return { text: page.text, blocks };
}

/** The "正在起草…" placeholder shown while a model works. */
export const DRAFTING: SlackMessage = {
  text: '正在起草…',
  blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: ':hourglass_flowing_sand: 正在起草，稍候会更新这条消息…' }] }],
};
