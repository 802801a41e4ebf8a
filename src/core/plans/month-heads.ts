// A plan flattened into one paragraph with its month headings inline ("三月: 1.…; 2.… 四月: … 七月。开展…"):
// each month becomes a section of its own words, so its tasks are dated by their month, not by every month.
import type { OutlineNode } from './parse-outline.js';

const MONTH = /(?<=^|[\s。；;：:])(十[一二]|[一二三四五六七八九十])月\s*[:：。]/gu;
const ORDER = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The month sections of a paragraph, or none when fewer than three month headings follow each other in order. */
export function monthChildren(node: OutlineNode): OutlineNode[] {
  const hits: Array<{ at: number; month: string }> = [];
  for (const m of node.text.matchAll(MONTH)) {
    const n = ORDER.indexOf(m[1] ?? '');
    const last = hits[hits.length - 1];
    if (!last || n > ORDER.indexOf(last.month)) hits.push({ at: m.index ?? 0, month: m[1] ?? '' });
  }
  if (hits.length < 3) return [];
  node.ownText = node.text.slice(0, hits[0]?.at ?? 0);
  return hits.map((h, k) => ({
    labels: [...node.labels, `${h.month}月`],
    rank: node.rank + 0.3,
    text: node.text.slice(h.at, hits[k + 1]?.at ?? node.text.length).trim(),
    line: node.line,
    isGroup: false,
  }));
}

/** A clause that opens with its quarter: "，第二季度培训…", "；第三季度，…" (after a stop, a comma or a short lead). */
const QUARTER = /(?<=^|[，,。；;：:\s])(?:[^，,。；;：:\s]{0,6}?)(第([一二三四])季度)/gu;

/**
 * "每个季度,我们都…,本年度计划第一季度培训…,第二季度培训…,第三季度…,第四季度…": at least two clauses, in order, that
 * each open with their quarter. Each is a task of its quarter; the words before the first are the item's own.
 */
export function quarterChildren(node: OutlineNode): OutlineNode[] {
  const hits: Array<{ at: number; q: number }> = [];
  for (const m of node.text.matchAll(QUARTER)) {
    const q = ORDER.indexOf(m[2] ?? '') + 1;
    const last = hits[hits.length - 1];
    const at = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    if (!last || q > last.q) hits.push({ at, q });
  }
  if (hits.length < 2 || node.text.includes('\n')) return [];
  node.ownText = node.text.slice(0, hits[0]?.at ?? 0);
  return hits.map((h, k) => ({
    labels: [...node.labels, `${h.q}季度`],
    rank: node.rank + 0.3,
    text: node.text.slice(h.at, hits[k + 1]?.at ?? node.text.length).replace(/[，,；;。\s]+$/u, '').trim(),
    line: node.line,
    isGroup: false,
  }));
}
