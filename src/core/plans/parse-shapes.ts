// Plans without outline markers: the shapes a plan can take, and the loose reading of one with no table either
// (bare-number lists, 首先/其次 lines, plain paragraphs). Each task becomes an outline node; what is not a task is
// handed back as skipped. Task tables are read in read-table.ts.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { isTaskParagraph } from './task-sentences.js';

export type PlanShape = 'outline' | 'table' | 'list' | 'paragraphs';

export interface ShapeResult {
  shape: PlanShape;
  nodes: OutlineNode[];
  /** Lines before the body (title, notice), for the title and the year. */
  preamble: string[];
  /** Paragraphs of the body that are not tasks, as written. */
  skipped: string[];
}

/** A news lead's first sentence ("3月10日,…在…启动。") before a sentence that sets the year's work ("2026年,…将…", "今年…将…"). */
const NEWS_LEAD_THEN_PLAN = /^\d{1,2}月\d{1,2}日[^。！!]{4,80}[。！!]\s*(?=(?:20\d{2}年|今年)[^。]{0,30}?(?:将|预计|计划|拟))/u;

/** A headline's subtitle: two or three phrases of Han characters with spaces between them and no punctuation. */
const SUBTITLE = /^\p{Script=Han}{4,12}(?:[ \t　]+\p{Script=Han}{4,12}){1,2}$/u;

const SEQUENCE_START = /^(首先|其次|再次|再者|然后|最后|此外|另外|第[一二三四五六七八九十]{1,2})[，,、：:]?/u;

/**
 * A document with no outline markers and no table: bare-number lists ("1" alone on a line, or "1 开展…"),
 * 首先/其次 lines, and plain paragraphs; `bodyFrom` is the first line after the title.
 */
export function readLoose(lines: string[], bodyFrom: number, planYear?: number): ShapeResult {
  const preamble = lines.slice(0, bodyFrom);
  const body = lines.slice(bodyFrom);
  const nodes: OutlineNode[] = [];
  const skipped: string[] = [];

  // Bare numbers 1, 2, 3 … in order, alone on a line or before the text.
  const numbered = body.map((l, i) => ({ i, m: /^(\d{1,2})(?:\s+(.*))?$/u.exec(l.trim()) })).filter((x) => x.m);
  const sequential = numbered.filter((x, k) => Number(x.m?.[1]) === k + 1);
  if (sequential.length >= 2 && sequential.length === numbered.length) {
    let current: OutlineNode | undefined;
    body.forEach((line, i) => {
      const hit = sequential.find((x) => x.i === i);
      if (hit) {
        current = { labels: [hit.m?.[1] ?? ''], rank: 3, text: (hit.m?.[2] ?? '').trim(), line: bodyFrom + i + 1, isGroup: false };
        nodes.push(current);
        return;
      }
      if (line.trim() === '') return;
      if (current) current.text = current.text ? `${current.text}\n${line.trim()}` : line.trim();
      else skipped.push(line.trim());
    });
    return { shape: 'list', nodes: nodes.filter((n) => n.text !== ''), preamble, skipped };
  }

  let count = 0;
  const first = body.findIndex((l) => l.trim() !== '');
  body.forEach((line, i) => {
    const text = line.trim();
    if (text === '') return;
    // The headline's second line ("部署全年重点任务 共绘科普工作新蓝图"): short phrases apart, no punctuation.
    if (i === first && bodyFrom > 0 && SUBTITLE.test(normalizeText(text))) {
      skipped.push(text);
      return;
    }
    // "3月10日,…启动。2026年,…将…": a news lead's past day, then the plan; the plan after it is read.
    const lead = NEWS_LEAD_THEN_PLAN.exec(normalizeText(text));
    if (lead && !isTaskParagraph(text, planYear) && isTaskParagraph(text.slice(lead[0].length), planYear)) {
      count++;
      nodes.push({ labels: [String(count)], rank: 1, text: text.slice(lead[0].length).trim(), line: bodyFrom + i + 1, isGroup: false });
      return;
    }
    if (isTaskParagraph(text, planYear)) {
      count++;
      const seq = SEQUENCE_START.exec(normalizeText(text));
      const label = String(count);
      nodes.push({ labels: [label], rank: 1, text: seq ? text.slice(seq[0].length).trim() : text, line: bodyFrom + i + 1, isGroup: false });
    } else skipped.push(text);
  });
  return { shape: 'paragraphs', nodes, preamble, skipped };
}
