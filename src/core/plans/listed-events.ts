// One sentence listing an event's activities, some with their own date in brackets ("…启动仪式(暂定5月20日)、…大赛、
// …研学游(暂定5月26日)、开放日等重大活动。同时，征集…"): each activity becomes an item with its own date, and the
// sentences after the list one more, so no activity is due on every date of the list.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';

/** A bracketed date beside an activity: "(暂定5月20日下午举行)", "（拟定于5月26日）". */
const BRACKET_DATE = /[（(][^（()）]{0,12}\d{1,2}\s*月\s*\d{1,2}\s*[日号][^（()）]{0,12}[)）]/u;
const OPEN = '（(“‘《「【';
const CLOSE = '）)”’》」】';

/** The top-level 、 of a sentence (not one inside quotes or brackets: “讲科学、秀科普”). */
function topLevelCommas(s: string, from: number, to: number): number[] {
  const at: number[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = s[i] ?? '';
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '、' && depth === 0) at.push(i);
  }
  return at;
}

/** The activities of a listing sentence as children, then what follows it; none when no sentence lists two dated ones. */
export function listedEventChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  if (simple.length !== text.length) return [];
  for (const m of simple.matchAll(/[^。；;！!\n]+[。；;！!]?/gu)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const commas = topLevelCommas(simple, from, to);
    if (commas.length < 2) continue;
    const bounds = [from, ...commas.map((c) => c + 1), to];
    const entries = bounds.slice(0, -1).map((at, k) => ({ at, text: text.slice(at, (bounds[k + 1] ?? to) - (k + 1 < bounds.length - 1 ? 1 : 0)).replace(/[。；;！!]$/u, '').trim() }));
    if (entries.filter((e) => BRACKET_DATE.test(normalizeText(e.text))).length < 2 || entries.some((e) => e.text.length < 2)) continue;
    const rest = text.slice(to).trim();
    const children = [...entries.map((e) => e.text), ...(/\p{Script=Han}{4}/u.test(rest) ? [rest] : [])];
    node.ownText = text.slice(0, from);
    return children.map((t, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: t, line: node.line, isGroup: false }));
  }
  return [];
}
