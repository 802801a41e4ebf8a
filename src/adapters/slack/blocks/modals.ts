// Modals: log an activity, edit one, change the plan item it counts toward; large plans use a searchable select.
import type { Activity } from '../../../core/activities/activity-schema.js';
import type { PlanItem } from '../../../core/plans/plan-schema.js';
import { type Block, clip, SLACK_LIMITS } from './limits.js';

const input = (blockId: string, label: string, element: Block, optional = false): Block => ({ type: 'input', block_id: blockId, optional, label: { type: 'plain_text', text: clip(label, 2000) }, element: { action_id: 'value', ...element } });

const modal = (callbackId: string, title: string, metadata: string, blocks: Block[]): Block => ({
  type: 'modal',
  callback_id: callbackId,
  private_metadata: metadata,
  title: { type: 'plain_text', text: clip(title, SLACK_LIMITS.viewTitle) },
  submit: { type: 'plain_text', text: '保存' },
  close: { type: 'plain_text', text: '取消' },
  blocks,
});

/** An item as a select option (text within Slack's 75 characters). */
export const itemOption = (i: PlanItem): Block => ({ text: { type: 'plain_text', text: clip(`${i.path} ${i.title}`, SLACK_LIMITS.optionText) }, value: i.id });

/** The action id of the searchable item select; its options come from app.options. */
export const ITEM_SEARCH = 'item_search';

/**
 * A select among plan items: static for up to 100, otherwise an external_select whose options are
 * searched as the user types (Slack refuses a static list of more than 100 options).
 */
export function itemSelect(items: readonly PlanItem[], current: PlanItem | undefined): Block {
  const initial = current ? { initial_option: itemOption(current) } : {};
  if (items.length <= SLACK_LIMITS.staticOptions) return { type: 'static_select', placeholder: { type: 'plain_text', text: '选择计划条目' }, options: items.map(itemOption), ...initial };
  return { type: 'external_select', action_id: ITEM_SEARCH, min_query_length: 0, placeholder: { type: 'plain_text', text: '输入编号或关键词搜索，如 三/2 或 科普日' }, ...initial };
}

/** The options for a typed query: items whose path or title holds it, at most 100. */
export function searchItemOptions(items: readonly PlanItem[], query: string): Block[] {
  const q = query.trim().toLowerCase();
  const hits = q ? items.filter((i) => `${i.path} ${i.title}`.toLowerCase().includes(q)) : items;
  return hits.slice(0, SLACK_LIMITS.staticOptions).map(itemOption);
}

/** The edit modal, pre-filled; private_metadata carries the activity id and workspace. */
export function editModal(activity: Activity, metadata: string): Block {
  const metrics = Object.entries(activity.metrics).map(([u, v]) => `${u}=${v}`).join('，');
  return modal('activity_edit_modal', '编辑活动记录', metadata, [
    input('date', '日期', { type: 'datepicker', initial_date: activity.date }),
    input('title', '活动名称', { type: 'plain_text_input', initial_value: clip(activity.title, 60), max_length: 60 }),
    input('headcount', '人数', { type: 'plain_text_input', initial_value: activity.headcount === null ? '' : String(activity.headcount) }, true),
    input('metrics', '其他数量（如 份=300，场=2）', { type: 'plain_text_input', initial_value: clip(metrics, 2900) }, true),
  ]);
}

/** The modal to pick the plan item an activity counts toward. */
export function linkModal(activity: Activity, items: readonly PlanItem[], metadata: string): Block {
  const current = items.find((i) => i.id === activity.itemId);
  return modal('activity_link_modal', '更改计划条目', metadata, [input('item', `“${clip(activity.title, 60)}”对应的计划条目`, itemSelect(items, current))]);
}

/** The modal opened by 记录活动 under a plan item: the message to log, and the item already chosen. */
export function logModal(item: PlanItem, items: readonly PlanItem[], metadata: string): Block {
  return modal('activity_log_modal', '记录活动', metadata, [
    input('message', '活动情况', { type: 'plain_text_input', multiline: true, max_length: 2000, placeholder: { type: 'plain_text', text: '例：5月17日 科普周开幕式，参加群众800人次，发放资料5000份' } }),
    input('item', '对应的计划条目', itemSelect(items, item)),
  ]);
}
