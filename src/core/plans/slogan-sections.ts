// An article-style plan without numbers: short slogan headings ("强化政治引领", "凝聚高端智力") over paragraphs,
// photo captions between them. Each heading is a section; each sentence of its paragraphs that asks for work
// is a task of its own, so one sentence's year does not date the next.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import type { ShapeResult } from './parse-shapes.js';
import { isTaskSentence } from './task-sentences.js';

/** A slogan heading: 4 to 12 characters of words, no clause marks. */
const SLOGAN = /^[\p{Script=Han}“”"‘’]{4,12}$/u;
/** A paragraph: a long line of sentences. */
const isParagraph = (l: string): boolean => l.length >= 40 && /[，,。]/u.test(l);

/** The sections of a slogan-headed article, or undefined when the lines are not one (fewer than two headings over paragraphs). */
export function readSloganSections(lines: string[], planYear?: number): ShapeResult | undefined {
  const body = lines.map((l) => l.trim()).filter(Boolean);
  const first = body.findIndex((l) => SLOGAN.test(normalizeText(l)));
  if (first < 0) return undefined;
  const nodes: OutlineNode[] = [];
  let section: OutlineNode | undefined;
  let headings = 0;
  let sentences = 0;
  let heads: string[] = [];
  for (const [k, line] of body.slice(first).entries()) {
    if (SLOGAN.test(normalizeText(line))) {
      heads.push(line);
      continue;
    }
    if (heads.length > 0) {
      headings++;
      section = { labels: [String(headings)], rank: 1, text: heads.join('　'), line: first + k, isGroup: true };
      nodes.push(section);
      heads = [];
      sentences = 0;
    }
    // A short line without sentence marks between heading and paragraph is a photo caption (left unread, not a task).
    if (!isParagraph(line) || !section) continue;
    for (const s of line.match(/[^。；;！!？?]+[。；;！!？?]?/gu) ?? []) {
      if (!isTaskSentence(s, planYear)) continue;
      sentences++;
      nodes.push({ labels: [...section.labels, String(sentences)], rank: 3, text: s.trim(), line: first + k + 1, isGroup: false });
    }
  }
  if (headings < 2 || nodes.filter((n) => !n.isGroup).length < 2) return undefined;
  return { shape: 'outline', nodes, preamble: body.slice(0, first), skipped: [] };
}
