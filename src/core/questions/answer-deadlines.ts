// Answers what is due in a period (本月要做什么) and what is past its dates (哪些任务逾期了).
import { addDays, partsOf } from '../dates/civil-date.js';
import type { PlanItem } from '../plans/plan-schema.js';
import { deadlinesOnly, dueClauses, dueIn, projectDue } from './due-in-period.js';
import { line, listLines, ownedBy } from './item-lines.js';
import type { Answer, AnswerContext } from './answer-question.js';
import type { Question } from './question.js';

type Ask<I extends Question['intent']> = Extract<Question, { intent: I }>;

/** The items due in the question's period, soonest first; `note` says when only recurring items apply. */
export function answerDue(question: Ask<'due'>, items: readonly PlanItem[], ctx: AnswerContext, note: string): Answer {
  const statusOf = ctx.statusOf ?? (() => undefined);
  const isDone = (i: PlanItem): boolean => statusOf(i)?.status === 'done';
  const found = items
    .map((item) => ({ item, due: dueIn(item, question.period) }))
    .filter((h) => h.due.length > 0 && (!question.owner || ownedBy(h.item, question.owner)))
    .sort((a, b) => (a.due[0]?.end ?? '').localeCompare(b.due[0]?.end ?? ''));
  // "年底前还有什么要完成": the items marked done are left out, and counted.
  const all = question.open ? found.filter((h) => !isDone(h.item)) : found;
  const doneCount = found.length - all.length;
  // "后天截止的是哪项工作": the deadlines, each with what is due by then ("9月20日前完成作品征集").
  const deadlines = question.deadline ? deadlinesOnly(all, question.period) : [];
  const hits = deadlines.length > 0 ? deadlines : all;
  const whose = question.owner ? `${question.owner}牵头的任务中，` : '';
  const head = hits.length > 0 ? `${whose}${question.label}要做的任务共 ${hits.length} 项：` : `${whose}${question.label}没有到期的任务。`;
  // "青少年科技教育中心10月份要干什么": an item of several steps names the step due then (10月中旬举办县级评审).
  const lines = hits.map((h) => line(h.item, h.due) + (deadlines.length > 0 || h.due.length < h.item.due.length ? dueClauses(h.item, h.due) : ''));
  const tail = doneCount > 0 ? [`另有${doneCount}项已完成，未列出。`] : [];
  // "年底前还有哪些没完成的": what is still open by then includes the items whose dates have passed, not done nor reached.
  if (question.open && question.period.start >= ctx.today) {
    const late = lateItems(items, ctx).filter((h) => !isDone(h.item) && (!question.owner || ownedBy(h.item, question.owner)) && !all.some((a) => a.item.id === h.item.id));
    if (late.length > 0) tail.push(`另有期限已过、仍未完成的 ${late.length} 项：`, ...listLines(late.map((h) => [line(h.item, h.due), ...(ctx.progressOf?.(h.item) ?? []).map((p) => `  ${p.trim()}`)].join('\n'))));
    hits.push(...late);
  }
  // "最近有什么要截止的": nothing in a near window ahead, so the next dates after it (within 60 days) are named.
  const near = hits.length === 0 && question.period.start >= ctx.today && addDays(question.period.start, 31) >= question.period.end;
  const later = near ? nextDue(question, items, isDone) : [];
  if (later.length > 0) tail.push('再往后最近要到期的：', ...listLines(later.map((h) => line(h.item, h.due) + dueClauses(h.item, h.due))));
  return { intent: 'due', answer: note + [head, ...listLines(lines), ...tail].join('\n'), items: hits.map((h) => h.item) };
}

/** The not-done items (of the question's owner) due soonest in the 60 days after its period. */
function nextDue(question: Ask<'due'>, items: readonly PlanItem[], isDone: (i: PlanItem) => boolean): Array<{ item: PlanItem; due: ReturnType<typeof dueIn> }> {
  const after = { start: addDays(question.period.end, 1), end: addDays(question.period.end, 60) };
  const found = items
    .filter((item) => !isDone(item) && (!question.owner || ownedBy(item, question.owner)))
    .map((item) => ({ item, due: dueIn(item, after) }))
    .filter((h) => h.due.length > 0);
  const first = found.map((h) => h.due[0]?.end ?? '').sort()[0];
  return found.filter((h) => h.due[0]?.end === first);
}

/** The items of this year whose dates have passed and are not done or reached, latest first. */
export function answerOverdue(question: Ask<'overdue'>, items: readonly PlanItem[], ctx: AnswerContext, note: string): Answer {
  const statusOf = ctx.statusOf ?? (() => undefined);
  const isDone = (i: PlanItem): boolean => statusOf(i)?.status === 'done';
  const hits = lateItems(items, ctx);
  const mineOnly = question.owner ? hits.filter((h) => ownedBy(h.item, question.owner ?? '')) : hits;
  const open = mineOnly.filter((h) => !isDone(h.item));
  const doneCount = mineOnly.length - open.length;
  const whose = question.owner ? `${question.owner}牵头的任务中，` : '';
  const head = open.length > 0 ? `截至${ctx.today}，${whose}期限已过的任务共 ${open.length} 项（请核对是否已完成；完成了可发“<编号> 已完成”）：` : `截至${ctx.today}，${whose}没有期限已过的任务。`;
  const tail = doneCount > 0 ? [`另有${doneCount}项已完成，未列出。`] : [];
  return { intent: 'overdue', answer: note + [head, ...listLines(open.map((h) => line(h.item, h.due))), ...tail].join('\n'), items: open.map((h) => h.item) };
}

/** The items of this year whose dates have passed and whose targets are not all reached, latest first. */
function lateItems(items: readonly PlanItem[], ctx: AnswerContext): Array<{ item: PlanItem; due: ReturnType<typeof projectDue>[] }> {
  const year = partsOf(ctx.today).year;
  return items
    .map((item) => ({ item, due: item.due.map((d) => projectDue(d, year)).filter((d) => d.recurring !== 'monthly' && d.end < ctx.today && partsOf(d.end).year === year) }))
    // Overdue when every date has passed, or a deadline has ("12月15日前完成" though "次年1月底前报送" is ahead).
    .filter((h) => h.due.length > 0 && (h.due.length === h.item.due.filter((d) => d.recurring !== 'monthly').length || h.due.some((d) => d.kind === 'deadline' && !d.recurring)))
    // Every target reached counts as done; one reached target of several does not.
    .filter((h) => {
      const progress = ctx.progressOf?.(h.item) ?? [];
      return progress.length === 0 || !progress.every((p) => p.includes('已达标'));
    })
    .sort((a, b) => (b.due[0]?.end ?? '').localeCompare(a.due[0]?.end ?? ''));
}
