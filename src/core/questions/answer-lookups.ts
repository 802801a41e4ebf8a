// Answers questions looked up in the plan alone: whose items (科普部牵头哪些), by keyword, by number (三/2), the targets.
import type { PlanItem } from '../plans/plan-schema.js';
import { matchKey } from '../text/normalize.js';
import { findItemsByTopic } from './find-items.js';
import { fullText, line, listLines } from './item-lines.js';
import { STATUS_WORDS } from './item-status.js';
import { findByRef, searchItems } from './search-items.js';
import { notUnderstood } from './suggest.js';
import type { Answer, AnswerContext } from './answer-question.js';
import type { Question } from './question.js';

type Ask<I extends Question['intent']> = Extract<Question, { intent: I }>;

/** The items an owner leads. */
export function answerOwner(question: Ask<'owner'>, items: readonly PlanItem[]): Answer {
  const key = matchKey(question.owner);
  const hits = items.filter((i) => i.owners.some((o) => matchKey(o).includes(key) || key.includes(matchKey(o))));
  const head = hits.length > 0 ? `${question.owner}牵头的任务共 ${hits.length} 项：` : `没有找到由“${question.owner}”牵头的任务。`;
  return { intent: 'owner', answer: [head, ...listLines(hits.map((i) => line(i, i.due)))].join('\n'), items: hits };
}

/** The items that hold a keyword; an unasked keyword nothing holds is not understood. */
export function answerKeyword(question: Ask<'keyword'>, items: readonly PlanItem[], ctx: AnswerContext): Answer {
  const hits = searchItems(items, question.keyword, ctx.observances);
  if (hits.length === 0 && !question.explicit) return { intent: 'unknown', answer: notUnderstood(question.keyword), items: [] };
  const head = hits.length > 0 ? `与“${question.keyword}”有关的任务共 ${hits.length} 项：` : `没有找到与“${question.keyword}”有关的任务。可以换个关键词，或发送“帮助”。`;
  // "关于科技馆的任务有哪些": a few items found say what each must reach, as their titles may not ("展品更新" holds no
  // "3万人次").
  const aims = (i: PlanItem): string => {
    const untold = hits.length <= 5 ? i.targets.filter((t) => !matchKey(i.title).includes(matchKey(t.text))) : [];
    return untold.length > 0 ? `\n  目标：${untold.map((t) => t.text).join('；')}` : '';
  };
  return { intent: 'keyword', answer: [head, ...listLines(hits.map((i) => line(i, i.due) + aims(i)))].join('\n'), items: hits };
}

/** The items at a numbered path, in full, with their status. */
export function answerItem(question: Ask<'item'>, items: readonly PlanItem[], ctx: AnswerContext): Answer {
  const statusOf = ctx.statusOf ?? (() => undefined);
  const hits = findByRef(items, question.ref);
  if (hits.length === 0) return { intent: 'item', answer: `没有找到编号为“${question.ref.join('/')}”的条目。`, items: [] };
  const withStatus = (i: PlanItem): string => {
    const st = statusOf(i);
    return fullText(i, ctx.progressOf) + (st && st.status !== 'open' ? `\n状态：${STATUS_WORDS[st.status]}（${st.by}，${st.date}）` : '');
  };
  return { intent: 'item', answer: hits.map(withStatus).join('\n\n'), items: hits };
}

/** The quantified targets of the items (of a keyword), with their progress when known. */
export function answerTargets(question: Ask<'targets'>, items: readonly PlanItem[], ctx: AnswerContext): Answer {
  // Words of the title in another order ("选树最美科技工作者" for 选树宣传“最美科技工作者”) find the item too.
  const named = question.keyword ? searchItems(items, question.keyword, ctx.observances) : items;
  const pool = named.some((i) => i.targets.length > 0) || !question.keyword ? named : findItemsByTopic(items, question.keyword, ctx.observances);
  const hits = pool.filter((i) => i.targets.length > 0);
  if (hits.length === 0) {
    return { intent: 'targets', answer: question.keyword ? `“${question.keyword}”相关的任务没有量化目标。` : '计划中没有找到量化目标。', items: [] };
  }
  const lines = hits.flatMap((i) => {
    const progress = ctx.progressOf?.(i) ?? [];
    return [`• ${i.path} ${i.title}`, ...(progress.length > 0 ? progress : i.targets.map((t) => `  目标：${t.text}（${t.subject}）`)).map((p) => (p.startsWith('  ') ? p : `  ${p}`))];
  });
  return { intent: 'targets', answer: [`${question.keyword ? `“${question.keyword}”` : ''}相关任务的目标：`, ...lines].join('\n'), items: hits };
}
