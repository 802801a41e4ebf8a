// A task list run into one paragraph with a "(责任单位:…)" after each task ("1.完善…,(责任单位:市科协)7.强化…,
// (责任单位:…)"): each clause ends a task, so each task becomes a child of its heading, with the named units as its
// owners and the clause out of its text. The kind reader counts such tasks as a task table.
import type { OutlineNode } from './parse-outline.js';
import { parseOwners } from './parse-owners.js';

const OWNER_CLAUSE = /[（(]\s*(?:责任|責任|牵头|牽頭|主责|主責)(?:单位|單位|部门|部門|处室|處室)\s*[:：][^（）()]{2,80}[)）]/gu;
/** A list number run on after a heading or a task: "体系1.完善…", "7.强化…". */
const RUN_ON_NUMBER = /(?<=^|\p{Script=Han}|[，,。；;\s])\d{1,2}[.．、](?!\d)(?=\p{Script=Han})/u;

/** The tasks of a paragraph with at least two owner clauses, or none; the node becomes their heading. */
export function ownerClauseChildren(node: OutlineNode): OutlineNode[] {
  const clauses = [...node.text.matchAll(OWNER_CLAUSE)];
  if (clauses.length < 2) return [];
  const pieces: Array<{ text: string; owners: string[] }> = [];
  let from = 0;
  for (const m of clauses) {
    const end = (m.index ?? 0) + m[0].length;
    pieces.push({ text: node.text.slice(from, m.index ?? 0), owners: parseOwners(m[0]) });
    from = end;
  }
  const tail = node.text.slice(from);
  if (/\p{Script=Han}{4}/u.test(tail)) pieces.push({ text: tail, owners: [] });
  // The heading: the first piece's words before its list number ("建立健全科普工作体系1.完善…").
  let heading = '';
  const first = pieces[0];
  const number = first ? RUN_ON_NUMBER.exec(first.text) : null;
  if (first && number && (number.index ?? 0) > 0) {
    heading = first.text.slice(0, number.index).trim();
    first.text = first.text.slice(number.index);
  }
  const tidy = (s: string): string => s.replace(/^[\s，,。；;]+/u, '').replace(RUN_ON_NUMBER, (n, at: number) => (at === 0 ? '' : n)).replace(/[\s，,；;]+$/u, '').trim();
  const children = pieces
    .map((p) => ({ text: tidy(p.text), owners: p.owners }))
    .filter((p) => p.text !== '')
    .map((p, k): OutlineNode => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: p.text, line: node.line, isGroup: false, owners: p.owners }));
  if (children.length < 2) return [];
  if (heading !== '') {
    node.text = heading;
    node.isGroup = true;
    return children;
  }
  // No heading: the paragraph's first task stays the node, the others follow it.
  const [lead, ...rest] = children;
  node.text = lead?.text ?? node.text;
  node.owners = lead?.owners ?? [];
  return rest;
}
