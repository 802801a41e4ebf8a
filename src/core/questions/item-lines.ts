// The lines an answer lists items in: one line an item, the full text of one, capped lists, owner matching.
import type { Due, PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { describeDue } from './due-in-period.js';

/** How far an item's targets have got; supplied by the activity log when there is one. */
export type ProgressOf = (item: PlanItem) => string[];

const MAX_LINES = 15;

/** An item led by this owner ("科普部" also finds "科普部、各乡镇科协"). */
export function ownedBy(item: PlanItem, owner: string): boolean {
  const key = matchKey(owner);
  return item.owners.some((o) => matchKey(o).includes(key) || key.includes(matchKey(o)));
}

/** The lines, cut at the most an answer lists, with a note of how many were left out. */
export function listLines(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `……另有 ${lines.length - MAX_LINES} 项，请缩小范围提问。`];
}

/** One item on one line: its path, title, dates and owners. */
export function line(item: PlanItem, due: Due[]): string {
  const when = due.length > 0 ? ` — ${[...new Set(due.map(describeDue))].slice(0, 3).join('；')}` : '';
  const owners = item.owners.length > 0 ? `（牵头：${item.owners.join('、')}）` : '';
  return `• ${item.path} ${item.title}${when}${owners}`;
}

/** The whole item: text, dates, targets, progress and owners. */
export function fullText(item: PlanItem, progressOf?: ProgressOf): string {
  const parts = [`${item.path} ${item.title}`, item.text];
  if (item.due.length > 0) parts.push(`时间：${[...new Set(item.due.map(describeDue))].join('；')}`);
  if (item.targets.length > 0) parts.push(`目标：${item.targets.map((t) => t.text).join('；')}`);
  const progress = progressOf?.(item) ?? [];
  if (progress.length > 0) parts.push(`进度：${progress.map((p) => p.trim()).join('；')}`);
  if (item.owners.length > 0) parts.push(`牵头：${item.owners.join('、')}`);
  return parts.join('\n');
}
