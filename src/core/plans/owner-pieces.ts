// A task list run into one paragraph (a search excerpt, a flattened table) where each task ends with its owners in
// brackets: "1.完善…,(责任单位:市科协)7.强化…,(责任单位:市科技局)…". Each bracket closes a task.
import { parseOwners } from './parse-owners.js';
import type { OutlineNode } from './parse-outline.js';

const OWNER_GROUP = /[（(](?:责任单位|牵头单位|责任部门|牵头部门|责任处室)\s*[:：][^（）()]{2,60}[)）]/gu;
/** A task's own number at its start: "7.", "16、". */
const OWN_NUMBER = /^(\d{1,2})\s*[.．、](?!\d)/u;
/** The first task's number glued to the heading before it: "建立健全科普工作体系1.完善…". */
const GLUED_FIRST = /(?<=[\p{Script=Han}）),，])1\s*[.．、](?=\p{Script=Han})/u;

/** The tasks of such a paragraph as children of `node` (at least two brackets), else none. */
export function ownerPieces(node: OutlineNode): OutlineNode[] {
  const groups = [...node.text.matchAll(OWNER_GROUP)];
  if (groups.length < 2) return [];
  const glued = GLUED_FIRST.exec(node.text.slice(0, groups[0]?.index ?? 0));
  let from = glued ? glued.index : 0;
  const pieces: Array<{ text: string; owners: string[] }> = [];
  for (const g of groups) {
    const end = g.index ?? 0;
    pieces.push({ text: node.text.slice(from, end), owners: parseOwners(g[0]) });
    from = end + g[0].length;
  }
  const tail = node.text.slice(from);
  if (tail.replace(/[，,。；;\s]/gu, '').length >= 6) pieces.push({ text: tail, owners: [] });
  node.ownText = glued ? node.text.slice(0, glued.index) : '';
  return pieces.map((p, k) => {
    const text = p.text.replace(/^[，,。；;\s]+|[，,。；;\s]+$/gu, '');
    const own = OWN_NUMBER.exec(text);
    return { labels: [...node.labels, own?.[1] ?? `(${k + 1})`], rank: node.rank + 0.5, text: own ? text.slice(own[0].length).trim() : text, line: node.line, isGroup: false, owners: p.owners };
  });
}
