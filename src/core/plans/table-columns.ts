// A task table's columns: which header words name the task, its owner, time, place or contact, what an unheaded
// cell is from its words, and the item a row becomes.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { TASK_VERB } from './task-sentences.js';

export type Column = 'index' | 'task' | 'owner' | 'time' | 'place' | 'contact' | 'note';

const HEADER_WORD = /^(序号|编号|序|工作任务|重点任务|重点工作|任务内容|工作内容|主要任务|具体任务|工作措施|具体措施|主要措施|任务|内容|项目|工作事项|事项|责任单位|牵头单位|责任部门|牵头部门|配合单位|协办单位|责任人|负责人|责任领导|完成时限|完成时间|时间节点|时限要求|时限|进度安排|时间安排|时间|日期|活动时间|活动日期|活动地点|地点|地址|场地|学校|活动内容|联系人|联系电话|电话|联系方式|工作人员|活动工作人员|工作目标|预期目标|目标|备注)$/u;
export const CELL_SPLIT = /\t+|\s{2,}|\u3000+/u;
export const BARE_NUMBER = /^(\d{1,3})[.、．]?$/u;

export function columnOf(header: string): Column {
  const h = normalizeText(header);
  if (/^(序号|编号|序)$/u.test(h)) return 'index';
  // A schedule's columns: where (地点) and whom to call (联系人, 电话, 工作人员).
  if (/地点|地址|场地|学校/u.test(h)) return 'place';
  if (/联系|电话|工作人员/u.test(h)) return 'contact';
  if (/单位|部门|责任人|负责人|领导/u.test(h)) return 'owner';
  if (/时限|时间|日期|节点|进度/u.test(h)) return 'time';
  if (/备注/u.test(h)) return 'note';
  return 'task';
}

export const isHeaderCell = (cell: string): boolean => HEADER_WORD.test(normalizeText(cell).replace(/\s+/gu, ''));

const OWNER_NAME = /^[^，。；\s]{2,14}(科协|部|办|局|委|会|中心|政府|院|所|站|馆|室|组|团|镇|乡|街道|学校|公司)$/u;

/** What a cell of a table without a header is, from its words. */
export function guessColumn(cell: string): Column {
  const simple = normalizeText(cell);
  if (simple.length <= 16 && parseDeadlines(cell, 2000).length > 0 && !TASK_VERB.test(simple)) return 'time';
  if (/^(全年|长期|持续|常态化|每月|每季度|年内|年底前)$/u.test(simple)) return 'time';
  if (simple.length <= 30 && simple.split(/[、，,和及]/u).every((part) => OWNER_NAME.test(part))) return 'owner';
  return 'task';
}

/** An item from a table row: the cells as written, the owners from the 责任单位 column. */
export function rowNode(label: string, line: number, cells: Array<{ column: Column; text: string }>): OutlineNode | undefined {
  const kept = cells.filter((c) => c.column !== 'index' && c.text.trim() !== '');
  // A schedule row (日期 | 地点 | 内容): one visit, its cells in the table's order; whom to call comes last.
  if (kept.some((c) => c.column === 'place')) {
    const text = [...kept.filter((c) => c.column !== 'contact'), ...kept.filter((c) => c.column === 'contact')].map((c) => c.text.trim()).join('　');
    return { labels: [label], rank: 3, text, line, isGroup: false, owners: [] };
  }
  if (!kept.some((c) => c.column === 'task')) return undefined;
  // The task first, then its target, time and owner cells, in the table's order.
  const ordered = [...kept.filter((c) => c.column === 'task'), ...kept.filter((c) => c.column !== 'task' && c.column !== 'owner'), ...kept.filter((c) => c.column === 'owner')];
  const owners = kept
    .filter((c) => c.column === 'owner')
    .flatMap((c) => c.text.split(/[、，,\/]|和|及/u))
    .map((o) => o.trim())
    .filter((o) => o.length >= 2 && o.length <= 20);
  const first = ordered[0]?.text.trim() ?? '';
  const text = [/[。；;]$/u.test(first) || ordered.length === 1 ? first : `${first}。`, ...ordered.slice(1).map((c) => c.text.trim())].join('　');
  return { labels: [label], rank: 3, text, line, isGroup: false, owners };
}
