// Modals: edit an activity's fields; change the plan item it counts toward.
import type { Activity } from '../../../core/activities/activity-schema.js';
import type { PlanItem } from '../../../core/plans/plan-schema.js';
import type { Block } from './reply-blocks.js';

const input = (blockId: string, label: string, element: Block, optional = false): Block => ({ type: 'input', block_id: blockId, optional, label: { type: 'plain_text', text: label }, element: { action_id: 'value', ...element } });

const modal = (callbackId: string, title: string, metadata: string, blocks: Block[]): Block => ({
  type: 'modal',
  callback_id: callbackId,
  private_metadata: metadata,
  title: { type: 'plain_text', text: title },
  submit: { type: 'plain_text', text: '保存' },
  close: { type: 'plain_text', text: '取消' },
  blocks,
});

/** The edit modal, pre-filled; private_metadata carries the activity id and workspace. */
export function editModal(activity: Activity, metadata: string): Block {
  const metrics = Object.entries(activity.metrics).map(([u, v]) => `${u}=${v}`).join('，');
  return modal('activity_edit_modal', '编辑活动记录', metadata, [
    input('date', '日期', { type: 'datepicker', initial_date: activity.date }),
    input('title', '活动名称', { type: 'plain_text_input', initial_value: activity.title, max_length: 60 }),
    input('headcount', '人数', { type: 'plain_text_input', initial_value: activity.headcount === null ? '' : String(activity.headcount) }, true),
    input('metrics', '其他数量（如 份=300，场=2）', { type: 'plain_text_input', initial_value: metrics }, true),
  ]);
}

/** The modal to pick the plan item an activity counts toward (tasks of the plans in force, 100 at most). */
export function linkModal(activity: Activity, items: PlanItem[], metadata: string): Block {
  const option = (i: PlanItem): Block => ({ text: { type: 'plain_text', text: `${i.path} ${i.title}`.slice(0, 75) }, value: i.id });
  const options = items.slice(0, 100).map(option);
  const current = items.find((i) => i.id === activity.itemId);
  return modal('activity_link_modal', '更改计划条目', metadata, [
    input('item', `“${activity.title}”对应的计划条目`, { type: 'static_select', options, ...(current ? { initial_option: option(current) } : {}) }),
  ]);
}
