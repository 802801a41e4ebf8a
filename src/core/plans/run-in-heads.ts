// "一、科创赋能强引擎" over paragraphs that each open with a short run-in head ("智赋交通筑赛道。依托…"): each such
// paragraph is a task of its own. Lines between them that open with no head (an image, a photo caption of a past
// event) stay in the heading's text only, so their dates and counts date no task.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';

/** A run-in head: 4 to 12 characters of words closed by a full stop, then the paragraph. */
const RUN_IN = /^[\p{Script=Han}“”"]{4,12}[。．！!]\s*\S/u;

/** The run-in paragraphs of a heading's text as children, or none when fewer than two lines open with a head. */
export function runInChildren(node: OutlineNode): OutlineNode[] {
  const [head = '', ...rest] = node.text.split('\n');
  if (head.length > 40 || /[。；;]/u.test(head)) return [];
  const lines = rest.map((l, k) => ({ text: l.trim(), k })).filter((l) => RUN_IN.test(normalizeText(l.text)));
  if (lines.length < 2) return [];
  node.ownText = head;
  return lines.map((l, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.4, text: l.text, line: node.line + l.k + 1, isGroup: false }));
}
