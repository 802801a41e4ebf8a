// One paragraph of a notice that holds several tasks, each with its own date or count ("…于9月15-21日共同组织开展…。
// …择优确定20项…。请于8月8日前将方案发送至…，各学院限报1项。"): when one of them is a submission by a day, each
// sentence that carries its own date or its own count becomes an item, so the deadline dates only the submission it
// governs and the event's days stay with the event. A sentence with neither goes with the task before it.
import { parseDeadlines } from '../dates/parse-deadlines.js';
import { normalizeText } from '../text/normalize.js';
import type { OutlineNode } from './parse-outline.js';
import { parseTargets } from './parse-targets.js';

/** Sending something in: the verbs a deadline governs. */
const SUBMIT = /发送|发至|发到|报送|上报|报备|提交|寄送|报给|报至|交至|反馈/u;
/** A clause that opens with a deadline: "，并于10月14日前…", "，于2022年8月24日前将…". */
const DEADLINE_CLAUSE = /[，,]\s*(?=(?:并|同时|请)?\s*(?:须|需|要|应)?\s*[于与在]\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^，,。；;]{0,6}?前)/gu;
/** A clause naming its own closing day after another's ("…截止时间为6月10日，书面材料报送截止时间为6月17日"). */
const CLOSING_CLAUSE = /[，,]\s*(?=[^，,。；;]{0,20}?截止(?:日期|时间)?\s*(?:为|是|至)?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)/gu;

interface Piece {
  at: number;
  end: number;
  dated: boolean;
  counted: boolean;
  submits: boolean;
  /** A clause cut at its own closing day after another's. */
  closes?: boolean;
}

/**
 * The pieces of a text: its sentences, and a deadline clause cut from a sentence that has a date of its own before it
 * ("于8月15日至9月28日期间登录…，并于10月14日前补充…"): such a clause is a task by its day, whatever its verb.
 */
function piecesOf(text: string, simple: string): Piece[] {
  const cuts: number[] = [0];
  for (const m of simple.matchAll(/[。；;！!？?\n]+/gu)) cuts.push((m.index ?? 0) + m[0].length);
  const sentenceEnds = new Set(cuts);
  const clauses = new Set<number>();
  for (const m of [...simple.matchAll(DEADLINE_CLAUSE), ...simple.matchAll(CLOSING_CLAUSE)]) {
    const at = (m.index ?? 0) + m[0].length;
    const start = Math.max(...cuts.filter((c) => c <= at && sentenceEnds.has(c)));
    if (explicitDates(text.slice(start, m.index)).length === 0) continue;
    cuts.push(at);
    clauses.add(at);
  }
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const out: Piece[] = [];
  sorted.forEach((at, k) => {
    const end = sorted[k + 1] ?? text.length;
    const words = text.slice(at, end);
    if (!/\p{Script=Han}{2}/u.test(words)) return;
    const own = explicitDates(words);
    const closing = /截止/u.test(words) && own.length > 0;
    out.push({ at, end, dated: own.length > 0, counted: parseTargets(words).length > 0, submits: (closing || own.some((d) => d.kind === 'deadline')) && (clauses.has(at) || SUBMIT.test(normalizeText(words))), closes: closing && clauses.has(at) });
  });
  return out;
}

/** "请于2020年9月12日前报送。", "并于6月底前上报": a deadline and a verb of sending, with no object of its own. */
const BARE_SUBMIT = new RegExp(`^\\s*(?:请|并|须|需)?\\s*[于在]?\\s*(?:\\d{4}\\s*年\\s*)?\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日|底)?\\s*(?:以)?前\\s*(?:${SUBMIT.source})\\s*[。；;！!]*\\s*$`, 'u');

const explicitDates = (text: string) => parseDeadlines(text, 2000).filter((d) => !d.implied);

/** The tasks of such a paragraph as children; none when it holds no submission by a day beside other dated or counted work. */
export function ownSentenceChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  if (simple.length !== text.length || simple.length > 2000) return [];
  const pieces = piecesOf(text, simple);
  const goal = closingGoal(node, pieces, text);
  if (goal.length > 0) return goal;
  const groups: Piece[] = [];
  for (const p of pieces) {
    const last = groups[groups.length - 1];
    // "请于9月12日前报送。": a day to send by that names nothing of its own to send is the deadline of the task before it.
    if (last && p.submits && !p.counted && BARE_SUBMIT.test(normalizeText(text.slice(p.at, p.end)))) {
      Object.assign(last, { end: p.end, dated: true, submits: true });
      continue;
    }
    if (!last || p.dated || p.counted) groups.push({ ...p });
    else last.end = p.end;
  }
  // Words before the first dated or counted sentence ("根据…通知要求，") go with it.
  const first = groups[0];
  if (first && !first.dated && !first.counted && groups[1]) {
    groups[1].at = first.at;
    groups.shift();
  }
  // Only a paragraph with a submission by a day and another task of its own date or count is so split.
  // Closing days of their own, one per step, split too.
  if (groups.length < 2 || !groups.some((g) => g.submits) || (groups.every((g) => g.submits) && !groups.some((g) => g.closes))) return [];
  return spansAsChildren(node, groups.map((g) => text.slice(g.at, g.end)));
}

/** A count of people reached ("培训人数2000人", "受益群众500人次"): the reach of the work before it, not a task. */
const HEADCOUNT = /^(?:人|人次|万人|万人次|名)$/u;

/**
 * "…改造…传统产业。培育…新兴产业。做好…培育工作。全年力争新增…8家以上，新认定…2家。": at least three sentences of
 * work with no date and no count, closed by a sentence of counted goals. The goal is a child apart from the work; its
 * comma clauses are children of their own when each holds one count of things (not people reached).
 */
function closingGoal(node: OutlineNode, pieces: Piece[], text: string): OutlineNode[] {
  const last = pieces[pieces.length - 1];
  const body = pieces.slice(0, -1);
  if (!last || !last.counted || body.length < 3 || body.some((p) => p.dated || p.counted)) return [];
  const goal = text.slice(last.at, last.end);
  const clauses = [...goal.matchAll(/[^，,。；;]+/gu)].map((m) => ({ at: last.at + (m.index ?? 0), words: m[0] }));
  const counted = clauses.filter((c) => parseTargets(c.words).length > 0);
  const apart = counted.length >= 2 && counted.every((c) => parseTargets(c.words).length === 1 && !HEADCOUNT.test(parseTargets(c.words)[0]?.unit ?? ''));
  const tidy = (at: number, end: number): string => text.slice(at, end).replace(/^[\s，,]+|[\s，,。；;]+$/gu, '');
  const work: OutlineNode = { labels: [...node.labels, '1'], rank: node.rank + 0.5, text: tidy(0, last.at), line: node.line, isGroup: false };
  const goalNode: OutlineNode = { labels: [...node.labels, '2'], rank: node.rank + 0.5, text: tidy(last.at, last.end), line: node.line, isGroup: false };
  if (!apart) return [work, goalNode];
  // The words before the first counted clause ("全年力争", "力争2025年，") lead them all: they date the clauses after it.
  const lead = text.slice(last.at, counted[0]?.at ?? last.at);
  goalNode.ownText = lead.trim() !== '' ? lead : explicitDates(counted[0]?.words ?? '').map((d) => d.text).join('，');
  const clauseNodes = counted.map((c, k): OutlineNode => ({ labels: [...goalNode.labels, String(k + 1)], rank: goalNode.rank + 0.5, text: tidy(k === 0 ? last.at : c.at, c.at + c.words.length), line: node.line, isGroup: false }));
  return [work, goalNode, ...clauseNodes];
}

/** A sentence that starts another task after the one before it: "另外，我们还…", "此外，…". */
const ANOTHER = /^\s*(?:另外|此外)[，,]/u;

/**
 * "…今年，我们将每季度举办…。在5月份，我们将开展…。我们还与…联手，…。另外，我们还利用节假日，开展…": a paragraph
 * whose sentences set times of their own (two or more, not the same). Each timed sentence is a task with the undated
 * sentences after it; one opening with 另外/此外 starts a task of its own. The words before the first timed sentence
 * (the item's heading) stay the item's own.
 */
export function timedSentenceChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  if (simple.length !== text.length || simple.length > 2000) return [];
  const pieces = [...simple.matchAll(/[^。！!？?\n]+[。！!？?]*/gu)]
    .map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, words: m[0] }))
    .filter((p) => /\p{Script=Han}{2}/u.test(p.words));
  // Compared by month and day ("2025年5月30日" and "5月30日" are one time).
  const timed = pieces.map((p) => explicitDates(p.words).map((d) => `${d.start.slice(5)}|${d.end.slice(5)}`).join(','));
  const times = new Set(timed.filter((t) => t !== ''));
  if (times.size < 2) return [];
  const groups: Array<{ at: number; end: number }> = [];
  pieces.forEach((p, k) => {
    const last = groups[groups.length - 1];
    if (timed[k] !== '' || (last && ANOTHER.test(p.words))) groups.push({ at: p.at, end: p.end });
    else if (last) last.end = p.end;
  });
  return spansAsChildren(node, groups.map((g) => text.slice(g.at, g.end)));
}

/** A paragraph's opening period: "5-6月份，", "2018年1月至3月期间，", "4月份，". */
export const LEAD_PERIOD = /^\s*(?:(?:20\d{2}年)?\d{1,2}\s*(?:至|到|-|—|－)\s*\d{1,2}月份?|(?:20\d{2}年)?\d{1,2}月份?(?:[上中下]旬)?(?:\s*(?:至|到|-|—|－)\s*(?:20\d{2}年|次年)?\d{1,2}月份?(?:[上中下]旬)?)?)(?:期间)?[，,]/u;

/**
 * "5-6月份，…今年5月12日是…，要总结反思…。通过在城区悬挂横幅…等形式，…": a paragraph opening with its period whose
 * sentences include one with a day of its own. Each sentence is a task; the period is the item's own words and dates
 * the sentences that name no day.
 */
export function periodLedChildren(node: OutlineNode): OutlineNode[] {
  const text = node.text;
  const simple = normalizeText(text);
  const lead = LEAD_PERIOD.exec(simple);
  if (!lead || simple.length !== text.length || simple.includes('\n')) return [];
  const pieces = [...simple.slice(lead[0].length).matchAll(/[^。！!？?]+[。！!？?]*/gu)]
    .map((m) => ({ at: lead[0].length + (m.index ?? 0), words: m[0] }))
    .filter((p) => /\p{Script=Han}{2}/u.test(p.words));
  const own = explicitDates(lead[0]).map((d) => `${d.start.slice(5)}|${d.end.slice(5)}`).join(',');
  const dayOfItsOwn = pieces.some((p) => {
    const dates = explicitDates(p.words);
    return dates.length > 0 && dates.map((d) => `${d.start.slice(5)}|${d.end.slice(5)}`).join(',') !== own;
  });
  if (pieces.length < 2 || !dayOfItsOwn) return [];
  node.ownText = text.slice(0, lead[0].length);
  return spansAsChildren(node, pieces.map((p) => text.slice(p.at, p.at + p.words.length)));
}

/** Children of a node, numbered 1, 2, … under it, one per span of its text (edge commas and semicolons trimmed). */
function spansAsChildren(node: OutlineNode, spans: string[]): OutlineNode[] {
  return spans.map((span, k) => ({
    labels: [...node.labels, String(k + 1)],
    rank: node.rank + 0.5,
    text: span.replace(/^[\s，,]+|[\s，,；;]+$/gu, ''),
    line: node.line,
    isGroup: false,
  }));
}
