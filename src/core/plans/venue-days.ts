// One sentence giving several places each its own days ("神农山景区于5月24日至30日，动物园于5月30日，…，都将免门票"):
// each place becomes an item with its own days, so none is due on every date of the sentence.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';

/** A clause that is only a place and its days: "森林动物园于5月30日", "植物园于5月29日至30日". */
const PLACE_DAYS = /^[^，,、。；;：:]{2,40}?于\s*(?:\d{4}\s*年)?\d{1,2}\s*月\d{1,2}\s*[日号](?:\s*[-－–—~～至到]+\s*(?:\d{1,2}\s*月)?\d{1,2}\s*[日号])?$/u;

/** The places of a sentence listing at least two, each with its days, as children; the rest stays the item's own words. */
export function placeDayChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  if (simple.length !== text.length) return [];
  for (const m of simple.matchAll(/[^。；;！!\n]+[。；;！!]?/gu)) {
    const from = m.index ?? 0;
    const clauses = [...m[0].matchAll(/[^，,]+/gu)].map((c) => ({ at: from + (c.index ?? 0), text: c[0].replace(/[。；;！!]$/u, '').trim() }));
    const first = clauses.findIndex((c) => PLACE_DAYS.test(c.text));
    if (first < 0) continue;
    let last = first;
    while (last + 1 < clauses.length && PLACE_DAYS.test(clauses[last + 1]?.text ?? '')) last++;
    if (last === first) continue;
    const run = clauses.slice(first, last + 1);
    const runEnd = (run[run.length - 1]?.at ?? 0) + (run[run.length - 1]?.text.length ?? 0);
    node.ownText = `${text.slice(0, run[0]?.at ?? 0)}${text.slice(runEnd).replace(/^[，,]/u, '')}`;
    return run.map((c, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: c.text, line: node.line, isGroup: false }));
  }
  return [];
}
