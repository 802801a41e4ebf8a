// Block Kit for a 接龙 sheet: the running totals, a 报名 button, the organiser's 截止 button, and the sign-up modal.
import type { Signup } from '../../../core/headcounts/signup-schema.js';
import { sheetText } from '../../../core/headcounts/signup-sheet.js';
import { type Block, textSections } from './reply-blocks.js';

/** The sheet message; buttons only while sign-up is open. */
export function signupSheetMessage(s: Signup): { text: string; blocks: Block[] } {
  const text = sheetText(s);
  const blocks = textSections(text);
  if (!s.closed) {
    blocks.push({
      type: 'actions',
      block_id: `signup:${s.id}`,
      elements: [
        { type: 'button', action_id: 'signup_open', style: 'primary', text: { type: 'plain_text', text: '报名' }, value: s.id },
        {
          type: 'button',
          action_id: 'signup_close',
          text: { type: 'plain_text', text: '截止报名' },
          value: s.id,
          confirm: { title: { type: 'plain_text', text: '截止报名？' }, text: { type: 'plain_text', text: '截止后各单位不能再报名或修改人数（仅组织者可操作）。' }, confirm: { type: 'plain_text', text: '截止' }, deny: { type: 'plain_text', text: '取消' } },
        },
      ],
    });
  }
  return { text: text.slice(0, 3000), blocks };
}

const input = (blockId: string, label: string, element: Block, optional = false): Block => ({ type: 'input', block_id: blockId, optional, label: { type: 'plain_text', text: label }, element: { action_id: 'value', ...element } });

/** The 报名 modal, pre-filled with the unit's current entry when there is one. */
export function signupModal(s: Signup, metadata: string, unit = ''): Block {
  const current = s.entries.find((e) => e.unit === unit);
  return {
    type: 'modal',
    callback_id: 'signup_modal',
    private_metadata: metadata,
    title: { type: 'plain_text', text: '报名' },
    submit: { type: 'plain_text', text: '提交' },
    close: { type: 'plain_text', text: '取消' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${s.event}*${s.limitPerUnit ? `（每单位限${s.limitPerUnit}人）` : ''}` } },
      input('unit', '单位', { type: 'plain_text_input', max_length: 40, ...(unit ? { initial_value: unit } : {}) }),
      input('count', '人数', { type: 'plain_text_input', max_length: 8, ...(current ? { initial_value: String(current.count) } : {}) }),
      input('names', '姓名（每行一个或用顿号分隔）', { type: 'plain_text_input', multiline: true, max_length: 1000, ...(current?.names ? { initial_value: current.names.join('\n') } : {}) }, true),
      input('contact', '联系人及电话', { type: 'plain_text_input', max_length: 60, ...(current?.contact ? { initial_value: current.contact } : {}) }, true),
    ],
  };
}
