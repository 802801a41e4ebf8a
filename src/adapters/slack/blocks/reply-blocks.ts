// Block Kit for chat replies: text sections, a context line, and buttons under a logged activity.
import type { Reply } from '../../../core/chat/handle-message.js';

// Block Kit objects are plain JSON; this loose type keeps the builders short.
export type Block = Record<string, unknown>;

/** Slack's mrkdwn needs &, < and > escaped. */
export const escapeMrkdwn = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sections of at most 2,900 characters, split at line ends. */
export function textSections(text: string): Block[] {
  const sections: Block[] = [];
  let chunk = '';
  for (const line of text.split('\n')) {
    if (chunk.length + line.length + 1 > 2900 && chunk) {
      sections.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(chunk) } });
      chunk = '';
    }
    chunk += (chunk ? '\n' : '') + line;
  }
  if (chunk) sections.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(chunk) } });
  return sections.slice(0, 45);
}

/** The buttons under a logged activity: edit, change the plan item, undo. */
export function activityActions(activityId: string): Block {
  return {
    type: 'actions',
    block_id: `activity:${activityId}`,
    elements: [
      { type: 'button', action_id: 'activity_edit', text: { type: 'plain_text', text: '编辑' }, value: activityId },
      { type: 'button', action_id: 'activity_link', text: { type: 'plain_text', text: '更改计划条目' }, value: activityId },
      {
        type: 'button',
        action_id: 'activity_undo',
        style: 'danger',
        text: { type: 'plain_text', text: '撤销' },
        value: activityId,
        confirm: { title: { type: 'plain_text', text: '撤销这条记录？' }, text: { type: 'plain_text', text: '记录会保留在历史中，但不再计入统计。' }, confirm: { type: 'plain_text', text: '撤销' }, deny: { type: 'plain_text', text: '取消' } },
      },
    ],
  };
}

/** "这条活动对应哪一项？" as buttons, one per close plan item (at most five). */
export function choiceActions(activityId: string, choices: ReadonlyArray<{ itemId: string; label: string }>): Block {
  return {
    type: 'actions',
    block_id: `choose:${activityId}`,
    elements: choices.slice(0, 5).map((c, k) => ({
      type: 'button',
      action_id: `activity_choose_item${k === 0 ? '' : `_${k}`}`,
      text: { type: 'plain_text', text: `关联到 ${c.label}`.slice(0, 75) },
      value: `${activityId}|${c.itemId}`,
    })),
  };
}

/** A reply as a Slack message: blocks plus the plain-text fallback. */
export function replyMessage(reply: Reply): { text: string; blocks: Block[] } {
  const blocks = textSections(reply.text);
  if (reply.kind === 'activity' && !/已撤销/.test(reply.text)) {
    // Every record of the message gets its own edit/undo buttons; close plan items become one-click choices.
    const ids = (reply.activityIds ?? (reply.activityId ? [reply.activityId] : [])).slice(0, 10);
    for (const id of ids) blocks.push(activityActions(id));
    if (reply.choices && reply.choices.length > 0 && reply.activityId) blocks.push(choiceActions(reply.activityId, reply.choices));
  }
  if (reply.kind === 'summary') blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: '由 kexie 根据活动记录生成的草稿，请核对后使用。' }] });
  return { text: escapeMrkdwn(reply.text.slice(0, 3000)), blocks };
}

/** The "正在起草…" placeholder shown while a model works. */
export const DRAFTING: { text: string; blocks: Block[] } = {
  text: '正在起草…',
  blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: ':hourglass_flowing_sand: 正在起草，稍候会更新这条消息…' }] }],
};
