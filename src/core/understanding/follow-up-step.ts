// "成立大会到会38人，备案材料下周一交上去", "参与 32 人，收集 ideas 41 条，明天整理出来发群里": a report of an event
// done, then a step still to come. The step is about what follows the event, not the event: it is blanked out
// (same length, so offsets hold) before the reader looks for dates and plans, and the event is read as done.
import { findFigures } from './message-figures.js';

/** Words that say the event itself is over, before the step to come. */
const DONE_BEFORE = /(了|已经?|结束|完毕|圆满|顺利|实到|到会|\bwas\b|\bwere\b|\bheld\b|\bdone\b)/u;
const CLAUSE_END = /[，,。；;！!\n]/u;

/** The text with a trailing step to come blanked, or the text itself when there is none. */
export function withoutFollowUp(text: string, future: RegExp): string {
  const figures = findFigures(text).figures;
  const last = figures[figures.length - 1];
  if (!last) return text;
  const after = last.index + last.length;
  const rest = text.slice(after);
  const cut = rest.search(CLAUSE_END);
  if (cut < 0) return text;
  const at = after + cut;
  const head = text.slice(0, at);
  const tail = text.slice(at);
  // The head must say the event happened and hold a count of people; the tail must be a plan with no count.
  if (!figures.some((f) => f.people) || !DONE_BEFORE.test(head) || future.test(head) || !future.test(tail)) return text;
  if (/(?:活动|讲座|培训|比赛|竞赛|展览|会议?)(?:将|会)?(?:在|于)/u.test(tail)) return text;
  return head + ' '.repeat(tail.length);
}
