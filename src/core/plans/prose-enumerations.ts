// Lists inside one paragraph: "一是…二是…", "首先…其次…最后", "1.…2.…" and long sentences that string tasks with
// commas; each becomes a child of the item it is in, so each task keeps only its own dates and targets.
import { parseChineseNumber } from '../text/chinese-number.js';
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { ownerClauseChildren } from './owner-clauses.js';
import { ownSentenceChildren, periodLedChildren, timedSentenceChildren } from './own-sentences.js';
import { parseTargets } from './parse-targets.js';
import { isTaskSentence, TASK_VERB } from './task-sentences.js';
import { targetClauseChildren } from './target-clauses.js';
import { goalClauseChildren } from './goal-clauses.js';
import { runInChildren } from './run-in-heads.js';
import { monthChildren, quarterChildren } from './month-heads.js';
import { listedEventChildren } from './listed-events.js';
import { placeDayChildren } from './venue-days.js';
import { openingChildren, reportClauseChildren } from './event-clauses.js';

const SHI = /([一二三四五六七八九十]{1,3})是(?=[^，,。；;])/gu;
const ORDER = '一二三四五六七八九十';
/** 首先…其次…再次…最后, 第一，…第二，…: the same as 一是/二是 when at least two follow each other. */
const WORDS = /(?<=^|[。；;，,\n])\s*(首先|其次|再次|再者|然后|最后|第[一二三四五六七八九十]{1,2}(?=[，,、：:]))[，,、：:]?/gu;

interface Hit {
  index: number;
  length: number;
  label: string;
}

/** The 一是/二是 (or 首先/其次) hits in order, when at least two follow each other. */
function enumerationIn(simple: string): Hit[] {
  const shi = [...simple.matchAll(SHI)].filter((m) => (m.index ?? 0) > 0 && !/[统唯总但就还要于只而正若凡即]/u.test(simple[(m.index ?? 1) - 1] ?? ''));
  const sequence: Hit[] = [];
  // 一是 … 十是, 十一是, 十二是: each the next number.
  for (const h of shi) if (parseChineseNumber(h[1] ?? '') === sequence.length + 1) sequence.push({ index: h.index ?? 0, length: h[0].length, label: `${h[1]}是` });
  if (sequence.length >= 2) return sequence;
  const words: Hit[] = [];
  let ordinal = 0;
  for (const m of simple.matchAll(WORDS)) {
    const w = m[1] ?? '';
    const next = w.startsWith('第') ? w === `第${ORDER[ordinal]}` : words.length === 0 ? w === '首先' : w !== '首先';
    if (!next) continue;
    if (w.startsWith('第')) ordinal++;
    words.push({ index: (m.index ?? 0) + m[0].indexOf(w), length: m[0].length - m[0].indexOf(w), label: w });
  }
  if (words.length >= 2) return words;
  const numbered = numberedIn(simple);
  return numbered.every((h, k) => TITLE_ONLY.test(simple.slice(h.index + h.length, numbered[k + 1]?.index ?? simple.length).trim())) ? [] : numbered;
}

/** A list entry that is only a document's title ("《科普法》。", "…纲要(2021-2035年)》等。"): what a task covers, no task. */
const TITLE_ONLY = /^[^，,；;。《》]{0,4}《?[^《》，,；;。]{1,40}》\s*等?[。；;，,]?$/u;

/** The 二是, 三是 … after a sentence's end inside an 一是 item's own paragraph: its siblings, run on. */
function siblingShi(node: OutlineNode, simple: string): Hit[] {
  const own = /^([一二三四五六七八九十]{1,3})是$/u.exec(node.labels[node.labels.length - 1] ?? '')?.[1];
  if (own === undefined || simple.length !== node.text.length) return [];
  const hits: Hit[] = [];
  for (const m of simple.matchAll(SHI)) {
    const at = m.index ?? 0;
    if (at === 0 || !/[。；;!！]/u.test(simple[at - 1] ?? '') || parseChineseNumber(m[1] ?? '') !== (parseChineseNumber(own) ?? 0) + hits.length + 1) continue;
    hits.push({ index: at, length: m[0].length, label: `${m[1]}是` });
  }
  return hits;
}

/** "1.开展…；2.发放…；3.建立…" (or （1）…（2）…) inside one paragraph: numbers from 1 in order after a clause mark. */
const INLINE_NUMBER = /(?<=^|[。；;，,：:\s])(?:(\d{1,2})(?:[、．]|\.(?!\d))|[（(](\d{1,2})[)）])/gu;
function numberedIn(simple: string, from = 1, least = 2): Hit[] {
  const hits: Hit[] = [];
  for (const m of simple.matchAll(INLINE_NUMBER)) {
    const n = Number(m[1] ?? m[2]);
    const paren = m[2] !== undefined;
    if (n !== hits.length + from || (from > 1 && !/\p{Script=Han}/u.test(simple[(m.index ?? 0) + m[0].length] ?? '')) || (hits.length > 0 && paren !== hits[0]?.label.startsWith('('))) continue;
    hits.push({ index: m.index ?? 0, length: m[0].length, label: paren ? `(${n})` : String(n) });
  }
  if (hits.length < least && from === 1) {
    const ran = runOnList(simple);
    if (ran.length >= least) return ran;
  }
  return hits.length >= least ? hits : [];
}

/**
 * "…主要活动安排1.科普讲座…。2.科学实验秀…": a page that ran a heading into its list puts "1." right after the heading's
 * words; it opens the list when it is the only such "1." and the "2." after it follows a sentence's end.
 */
function runOnList(simple: string): Hit[] {
  const ran = [...simple.matchAll(/(?<=\p{Script=Han})1\.(?!\d)(?=\p{Script=Han})/gu)];
  const at = ran.length === 1 ? ran[0]?.index : undefined;
  if (at === undefined) return [];
  const rest = numberedIn(simple.slice(at + 2), 2, 1).map((h) => ({ ...h, index: h.index + at + 2 }));
  if (rest.length === 0 || !/[。；;]/u.test(simple[(rest[0]?.index ?? 0) - 1] ?? '')) return [];
  return [{ index: at, length: 2, label: '1' }, ...rest];
}

/** A clause that starts a task of its own: "持续搞好…", "大力实施…", "全面开展…", "组织好…". */
const TASK_START = /(?:(?:持续|大力|全面|积极|认真|切实|深入|继续|进一步|着力|扎实|广泛|努力|加快)\s*)?(?:搞好|抓好|做好|办好|开展|组织|实施|推进|推动|举办|召开|加强|强化|完善|建立|健全|培育|打造|深化|落实)/uy;
/** A date, a period or an observance in a clause. */
const DATED = /\d{1,2}\s*月|[一二三四五六七八九十]{1,2}月|季度|上半年|下半年|年底|年内|全年|节|日|周|月/u;

/** True when a task starts at `at` (a sticky match: no copy of the rest of the text). */
const taskStartsAt = (text: string, at: number): boolean => {
  TASK_START.lastIndex = at;
  return TASK_START.test(text);
};

/**
 * A long sentence that strings several tasks with commas ("持续搞好…，大力实施…，全面开展…建设，组织好…"):
 * at least three clauses that each start a task become children, so each keeps only its own dates.
 * Only prose without figures: a clause with a count belongs with its task.
 */
function clauseChildren(node: OutlineNode): OutlineNode[] {
  const simple = normalizeText(node.text);
  if (simple.length < 100 || parseTargets(node.text).length > 0) return [];
  // The lead sentence ("三是谋划好科协工作。") is not split; a text that is all one sentence has none.
  const firstStop = simple.search(/[。：:]/u);
  const headEnd = firstStop >= simple.length - 1 ? -1 : firstStop;
  const starts: number[] = [];
  for (const m of simple.matchAll(/[，,；;。]/gu)) {
    const at = (m.index ?? 0) + 1;
    if (at > headEnd && at < simple.length && taskStartsAt(simple, at)) starts.push(at);
  }
  if (starts.length < 3) return [];
  // Clauses that name no date are one task told at length ("组织实施“…专项”。突出…，实施…，深化…"): not split.
  if (!DATED.test(simple.slice(starts[0] ?? 0))) return [];
  return starts.map((at, k) => ({
    labels: [...node.labels, String(k + 1)],
    rank: node.rank + 0.5,
    text: node.text.slice(at, starts[k + 1] ?? node.text.length).replace(/[，,；;]$/u, '').trim(),
    line: node.line,
    isGroup: false,
  }));
}

/** A clause that opens with its own date or range: "5月16日-17日召开…", "10月12日至18日，…", or its month ("3月份结合…"). */
const DATE_START = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*(?:[-－–—~～至到]+)\s*(?:\d{1,2}月)?\d{1,2}日)?|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份/uy;

/**
 * A schedule told in one paragraph ("5月16日-17日召开…；5月18日-20日，…；5月21日-22日…"): at least two clauses
 * after a ；/。 that each open with a date become children, so each keeps only its own dates.
 */
function datedClauses(node: OutlineNode): OutlineNode[] {
  const simple = normalizeText(node.text);
  const starts: number[] = [];
  for (const m of simple.matchAll(/(?:^|[。；;\n])\s*/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    DATE_START.lastIndex = at;
    if (at < simple.length && DATE_START.test(simple)) starts.push(at);
  }
  // A lone date sentence before the clauses ("2009年5月16日-5月22日。") is the whole span, not a task.
  const tasks = starts.filter((at, k) => simple.slice(at, starts[k + 1] ?? simple.length).replace(DATE_SPAN_ONLY, '').length > 0);
  if (tasks.length < 2) return [];
  return tasks.map((at, k) => ({
    labels: [...node.labels, String(k + 1)],
    rank: node.rank + 0.5,
    // A lone date after the last clause ("…宣传;\n6月份", a page cut off) is no part of it.
    text: node.text.slice(at, k + 1 < tasks.length ? tasks[k + 1] : (starts.find((s) => s > at) ?? node.text.length)).replace(/[，,；;。]\s*$/u, '').trim(),
    line: node.line,
    isGroup: false,
  }));
}
/**
 * "全年计划举办培训班4期，受益500人次。并聘请专家深入农村…": a paragraph opening with the year's work (全年, 年内) and
 * going on with undated sentences. Each sentence becomes a child, so the year and the figures stay with their own.
 */
function yearSentences(node: OutlineNode): OutlineNode[] {
  // The paragraph, alone or under its heading's line ("（二）重视农民技术培训" over it).
  const lines = node.text.split('\n');
  const head = lines.length === 2 && (lines[0] ?? '').length <= 30 && !/[。；;]/u.test(lines[0] ?? '') ? `${lines[0]}\n` : '';
  const body = node.text.slice(head.length);
  const simple = normalizeText(body);
  if (simple.length !== body.length || simple.includes('\n') || !/^(?:全年|年内)/u.test(simple.trim())) return [];
  const sentences = [...body.matchAll(/[^。！!？?]+[。！!？?]?/gu)].map((m) => ({ at: m.index ?? 0, text: m[0].trim() })).filter((s) => s.text.length >= 6);
  if (sentences.length < 2 || !sentences.slice(1).every((s) => isTaskSentence(s.text) && !/(?:全年|年内|年底|\d月)/u.test(normalizeText(s.text)))) return [];
  return sentences.map((s, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: s.text.replace(/[。]$/u, ''), line: node.line, isGroup: false }));
}

const DATE_SPAN_ONLY = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:\s*[-－–—~～至到]+\s*(?:\d{1,2}月)?\d{1,2}日)?|(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份)[。；;，,\s]*$/u;

/**
 * A plain paragraph that strings its tasks with semicolons ("2018年，学会将…开展…；在科普日举办…；继续推进…；举办…"):
 * at least three clauses that each ask for something become children, each with its own dates and counts.
 * Only for paragraphs read loose (no outline over them): an outline item's semicolons tell one task at length.
 */
function semicolonClauses(node: OutlineNode): OutlineNode[] {
  const simple = normalizeText(node.text);
  if (simple.length !== node.text.length) return [];
  // The lead sentence ("…工作安排如下。") is not a clause when a semicolon list follows it.
  const firstSemi = simple.search(/[；;]/u);
  if (firstSemi < 0) return [];
  const lead = simple.slice(0, firstSemi).search(/[。：:](?=.)/u);
  const starts = [lead < 0 ? 0 : lead + 1];
  for (const m of simple.matchAll(/[；;]/gu)) if ((m.index ?? 0) + 1 < simple.length) starts.push((m.index ?? 0) + 1);
  const parts = starts.map((at, k) => ({ at, text: node.text.slice(at, starts[k + 1] ?? node.text.length).replace(/[，,；;。]\s*$/u, '').trim() }));
  if (parts.length < 3 || !parts.every((p) => p.text.length >= 6 && isTaskSentence(p.text))) return [];
  return parts.map((p, k) => ({ labels: [...node.labels, String(k + 1)], rank: node.rank + 0.5, text: p.text, line: node.line, isGroup: false }));
}

/**
 * "1、完善机制。一是建立…；二是开展…" gives the item children 一是 and 二是; with `semicolons` (paragraphs read
 * loose), a paragraph of semicolon clauses gives each clause as a child.
 */
export function withProseEnumerations(nodes: OutlineNode[], semicolons = false): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const node of nodes) {
    out.push(node);
    if (node.isGroup || node.ownText !== undefined) continue;
    const months = monthChildren(node);
    if (months.length > 0) {
      out.push(...withProseEnumerations(months, semicolons));
      continue;
    }
    const quarters = quarterChildren(node);
    if (quarters.length > 0) {
      out.push(...quarters);
      continue;
    }
    const listed = listedEventChildren(node);
    if (listed.length > 0) {
      out.push(...listed);
      continue;
    }
    const places = placeDayChildren(node);
    if (places.length > 0) {
      out.push(...places);
      continue;
    }
    const reported = reportClauseChildren(node);
    if (reported.length > 0) {
      out.push(...reported);
      continue;
    }
    const runIn = runInChildren(node);
    if (runIn.length > 0) {
      out.push(...withProseEnumerations(runIn, semicolons));
      continue;
    }
    const owned = ownerClauseChildren(node);
    if (owned.length > 0) {
      out.push(...owned);
      continue;
    }
    const simple = normalizeText(node.text);
    // An 一是 item is itself one of a list: its own 一是 hits would be noise; its commas may still string tasks.
    const sequence = node.rank >= 1.5 && node.rank < 2 ? [] : enumerationIn(simple);
    // "2、发展果菜…。3、花椒…，4、土地流转…": the list ran on inside item 2 (a PDF's wrap); 3 and 4 are its siblings.
    const own = /^\d{1,2}$/u.exec(node.labels[node.labels.length - 1] ?? '')?.[0];
    const next = sequence.length < 2 && own !== undefined ? numberedIn(simple, Number(own) + 1, 1) : [];
    // "一是加强领导。…二是丰富内容。…": a paragraph opening the list runs on into its siblings.
    const shiNext = next.length === 0 && sequence.length === 0 ? siblingShi(node, simple) : [];
    if (shiNext.length > 0) {
      const text = node.text;
      node.text = text.slice(0, shiNext[0]?.index ?? 0).trim();
      out.push(...openingChildren(node));
      shiNext.forEach((h, k) => out.push(...withProseEnumerations([{ ...node, ownText: undefined, labels: [...node.labels.slice(0, -1), h.label], text: text.slice(h.index + h.length, shiNext[k + 1]?.index ?? text.length).trim() }], semicolons)));
      continue;
    }
    if (next.length > 0 && simple.length === node.text.length) {
      const text = node.text;
      node.text = text.slice(0, next[0]?.index ?? 0).replace(/[，,；;]\s*$/u, '').trim();
      next.forEach((h, k) => out.push({ ...node, labels: [...node.labels.slice(0, -1), h.label], text: text.slice(h.index + h.length, next[k + 1]?.index ?? text.length).replace(/[，,；;]\s*$/u, '').trim() }));
      continue;
    }
    if (sequence.length < 2) {
      const opened = openingChildren(node);
      if (opened.length > 0) {
        out.push(...opened);
        continue;
      }
      const led = periodLedChildren(node);
      if (led.length > 0) {
        out.push(...led);
        continue;
      }
      const goals = goalClauseChildren(node);
      if (goals.length > 0) {
        // A news page's dateline and meeting before the goals ("本报讯…会议昨天召开，") are no task: the paragraph heads its goals.
        const before = node.text.slice(0, Math.max(0, node.text.indexOf(goals[0]?.text ?? '')));
        if (TASK_VERB.test(normalizeText(before))) node.ownText = before;
        out.push(...goals);
        continue;
      }
      const dated = datedClauses(node).length > 0 ? datedClauses(node) : yearSentences(node);
      const semi = dated.length === 0 && semicolons ? semicolonClauses(node) : [];
      const loose = dated.length > 0 ? dated : semi.length > 0 ? semi : clauseChildren(node);
      const counted = loose.length > 0 ? loose : targetClauseChildren(node);
      const bySentence = counted.length > 0 ? counted : ownSentenceChildren(node);
      const clauses = bySentence.length > 0 ? bySentence : timedSentenceChildren(node);
      if (clauses.length > 0) {
        // The words before the first task ("…科技活动周将…开展系列活动，包括…") date the tasks after them.
        const first = clauses[0]?.text ?? '';
        node.ownText = node.text.slice(0, Math.max(0, node.text.indexOf(first)));
        out.push(...clauses);
      }
      continue;
    }
    node.ownText = node.text.slice(0, sequence[0]?.index ?? 0);
    sequence.forEach((h, k) => {
      const end = sequence[k + 1]?.index ?? node.text.length;
      const child: OutlineNode = {
        labels: [...node.labels, h.label],
        rank: node.rank + 0.5,
        text: node.text.slice(h.index + h.length, end).trim(),
        line: node.line,
        isGroup: false,
      };
      // "二是丰富活动内容。活动将在5月19日…启动。科普周期间，…": the opening day and the week's work apart.
      out.push(child, ...openingChildren(child));
    });
  }
  return out;
}
