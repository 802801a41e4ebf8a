// Splits a message that asks two different things ("作品征集哪天截止？各学校报名总共多少人？") into its two questions.
import type { CivilDate } from '../dates/civil-date.js';
import type { Intent } from './question.js';
import { periodInWords } from './period-words.js';
import { understandQuestion } from './understand-question.js';

/** The kinds of question that stand on their own, so two of them in one message are two questions. */
const STANDALONE = new Set<Intent>(['mine', 'when', 'countdown', 'signups', 'tally', 'done_list', 'due', 'who', 'detail', 'last', 'status', 'targets', 'item_report']);

/**
 * The two questions of a message, when it has two clauses each ended by a question mark that read as different
 * kinds of question ("when" then "signups"); undefined otherwise. Two clauses of one kind ("几场？多少人？") are one
 * question, read whole.
 */
export function questionParts(text: string, today: CivilDate, owners: readonly string[] = []): [string, string] | undefined {
  // "任务完成了吗 问卷收了多少份": a space after a word that ends a question parts two questions as a question mark does.
  const marked = text.trim().replace(/(?<=[吗呢啊呀吧啥么])\s+(?=\p{Script=Han})/u, '？');
  const m = /^([^?？]{4,}[?？])\s*([^?？]{4,}[?？]?)\s*$/u.exec(marked);
  if (!m?.[1] || !m[2]) return undefined;
  const first = understandQuestion(m[1], today, owners);
  const second = understandQuestion(m[2], today, owners);
  // A count with its own period ("上半年报了哪些活动 寒假那次多少人次") asks about that period, not about the first clause's work.
  const ownPeriod = second.intent === 'tally' && second.period.start !== (first.intent === 'tally' || first.intent === 'done_list' ? first.period.start : '') && periodInWords(m[2], today) !== undefined;
  if (!STANDALONE.has(first.intent) || !STANDALONE.has(second.intent) || (first.intent === second.intent && !ownPeriod)) return undefined;
  // "全委会开了没？来了多少人", "…？各报了几个人": a count that names no work counts what the first clause names, so it is one question.
  if ((second.intent === 'tally' || second.intent === 'done_list') && (second.topic ?? '').length < 2 && !ownPeriod) return undefined;
  // A count with its target or gap, or a date with its progress, is read whole already.
  const whole = understandQuestion(text, today, owners);
  if (whole.intent === 'countdown' && whole.progress) return undefined;
  if (whole.intent === 'tally' && whole.remaining) return undefined;
  return [m[1], m[2]];
}
