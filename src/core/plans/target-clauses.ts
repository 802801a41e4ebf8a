// A goals paragraph that strings many counted tasks ("…，举办3-5场学术活动。…，建成示范学校2所以上、示范家庭100个。
// …，创建基地20个以上，完成…调研。"): each task becomes a child with only its own targets. A clause starts a task
// when it opens with a task verb and holds a count, or when the task before it already has its count; a 、 list
// whose every part has its own count gives a child per part. One pass over the text: linear in its length.
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { parseTargets } from './parse-targets.js';
import { TASK_VERB } from './task-sentences.js';

const STARTS_TASK = new RegExp(`^(?:(?:持续|大力|全面|积极|认真|切实|深入|继续|进一步|着力|扎实|广泛|努力|加快|力争)\\s*)?${TASK_VERB.source}`, 'u');

/** A clause that opens with its count, or a verb of two characters and it: "3项重点活动", "开设3个分会场" (not a
 * time or a total before it: "全年12场以上", "累计5000人"). */
const COUNT_FIRST = /^(?:(?![年月周季计共其全每约达])\p{Script=Han}){0,2}(?:\d+|[一二两三四五六七八九十]{1,3})\s*(?:个|项|场|次|所|家|期|名)/u;
/** The lead of a program told in the event's days: "活动期间，", "科普月期间，". */
const DURING_LEAD = /^[^。；;，,]{0,12}期间[，,]\s*/u;

interface Span {
  at: number;
  end: number;
  /** Words of the same task after a breakdown it leaves out ("（其中…），覆盖…"). */
  rest?: string;
}

/** The clauses of `simple` between `from` and its end, each with whether it opens a sentence. */
function clausesOf(simple: string, from: number): Array<Span & { opens: boolean }> {
  const out: Array<Span & { opens: boolean }> = [];
  let at = from;
  let opens = true;
  for (let i = from; i <= simple.length; i++) {
    const c = simple[i] ?? '。';
    if (!/[，,。；;！!？?]/u.test(c)) continue;
    if (simple.slice(at, i).trim() !== '') out.push({ at, end: i, opens });
    opens = /[。；;！!？?]/u.test(c);
    at = i + 1;
  }
  return out;
}

/** A clause's 、 parts when each holds its own count ("建成学校2所以上、家庭100个"), else the clause. */
function listParts(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let at = span.at;
  for (let i = span.at; i <= span.end; i++) {
    if (i < span.end && text[i] !== '、') continue;
    parts.push({ at, end: i });
    at = i + 1;
  }
  return parts.length >= 2 && parts.every((p) => parseTargets(text.slice(p.at, p.end)).length === 1) ? parts : [span];
}

/** A parenthesis that breaks a count down ("（其中年会8场、报告会22场）"), each 、 part with its own count. */
const BREAKDOWN = /[（(](?:其中|包括|含)?([^（()）]+)[）)]/gu;

/**
 * A counted clause with its breakdown apart: the words before and after the parenthesis, then each part in it
 * ("…不少于60场（其中年会8场、报告会22场），覆盖…"), or the clause's 、 parts when it has no breakdown.
 */
function breakdownParts(text: string, span: Span): Span[] {
  for (const m of text.slice(span.at, span.end).matchAll(BREAKDOWN)) {
    const open = span.at + (m.index ?? 0);
    const close = open + m[0].length;
    const inner = { at: close - 1 - (m[1]?.length ?? 0), end: close - 1 };
    const parts = listParts(text, inner);
    if (parts.length < 2 || parseTargets(text.slice(span.at, open)).length !== 1) continue;
    // The words after the parenthesis go on with the whole count's task: they stay with the words before it.
    return [{ at: span.at, end: open, rest: text.slice(close, span.end) }, ...parts];
  }
  return listParts(text, span);
}

/** The children of a paragraph of counted tasks, or none when it is not one. */
export function targetClauseChildren(node: OutlineNode): OutlineNode[] {
  const simple = normalizeText(node.text);
  if (simple.length !== node.text.length || simple.length < 60 || simple.length > 4000) return [];
  // A heading line before the paragraph ("工作目标") stays the item's own words.
  const firstLine = simple.indexOf('\n');
  const body = firstLine > 0 && firstLine <= 20 && !/[，,。；;、]/u.test(simple.slice(0, firstLine)) ? firstLine + 1 : 0;
  // So does a run-in label before the paragraph ("总体目标：…", "工作目标(2027年)：…").
  const label = /^[^，,。；;：:\n“”"]{2,16}[:：]/u.exec(simple.slice(body))?.[0] ?? '';
  const from = body + label.length;
  // A text with its own labels ("技术示范：…", "1、…2、…") is told another way.
  if (/[:：]|(?:^|[^\d.])\d{1,2}[、．](?!\d)/u.test(simple.slice(from))) return [];
  const clauses = clausesOf(simple, from);
  // One sentence may list the counted parts of a program ("活动期间，将举办1场…，开设3个…，3项…，实施9项…").
  const oneSentence = clauses.filter((c) => c.opens).length < 2;
  if (oneSentence && clauses.filter((c) => parseTargets(node.text.slice(c.at, c.end)).length > 0).length < 4) return [];
  const groups: Array<Span & { counted: boolean }> = [];
  let targets = 0;
  for (const c of clauses) {
    const counted = parseTargets(node.text.slice(c.at, c.end)).length > 0;
    if (counted) targets++;
    const last = groups[groups.length - 1];
    // "…，开设3个分会场，3项重点活动，…": a part that opens with its own count after a counted one is a part of its own.
    const task = STARTS_TASK.test(simple.slice(c.at, c.end).trim()) || (counted && COUNT_FIRST.test(simple.slice(c.at, c.end).trim()));
    // "…不少于60场（其中年会8场、报告会22场），覆盖…": words with no count after a breakdown go on with its task.
    const goesOn = !counted && last !== undefined && /[）)]$/u.test(simple.slice(last.at, last.end).trim());
    if (!last || c.opens || (task && !goesOn && (counted || last.counted))) groups.push({ at: c.at, end: c.end, counted });
    else {
      last.end = c.end;
      last.counted ||= counted;
    }
  }
  if (targets < 4 || groups.length < 3) return [];
  // "活动期间，…": the lead of the list is the item's own words (they date its parts), not a part.
  const lead = oneSentence ? DURING_LEAD.exec(simple.slice(from)) : null;
  if (lead && groups[0]) groups[0].at = from + lead[0].length;
  const spans = groups.flatMap((g) => (g.counted ? breakdownParts(node.text, g) : [g]));
  return spans.map((s, k) => ({
    labels: [...node.labels, String(k + 1)],
    rank: node.rank + 0.5,
    text: `${node.text.slice(s.at, s.end)}${s.rest ?? ''}`.trim(),
    line: node.line,
    isGroup: false,
  }));
}
