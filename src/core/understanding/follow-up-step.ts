// "成立大会到会38人，备案材料下周一交上去", "参与 32 人，收集 ideas 41 条，明天整理出来发群里": a report of an event
// done, then a step still to come. The step is about what follows the event, not the event: it is blanked out
// (same length, so offsets hold) before the reader looks for dates and plans, and the event is read as done.
import { daysBetween, type CivilDate } from '../dates/civil-date.js';
import { findMessageDates } from './message-dates.js';
import { findFigures } from './message-figures.js';

/** Words that say the event itself is over, before the step to come. */
/** English verbs of a thing done count too ("15 students went", "we have collected 812份"). */
const DONE_BEFORE = /(了|已经?|结束|完毕|圆满|顺利|实到|到会|\b(?:was|were|held|done|went|came|joined|attended|took part|showed up|collected|finished|completed|wrapped up)\b)/u;
/** Words that say it is over even when nothing counts people ("8.25-8.26两天布展完成，新上展品14件，明天开放"). */
const SURELY_DONE = /(完成|完毕|结束|圆满|顺利|已经|已于|到位|到货了|\b(?:collected|finished|completed|wrapped up|done)\b)/u;
/** "…812份 valid responses 🎊 Summary coming next week": in chat an emoji ends a sentence too, as an English full stop does. */
const CLAUSE_END = /[，,。；;！!\n～~]|\p{Extended_Pictographic}|\.(?=\s)/u;
/** A step of one's own that opens its sentence: "下一步拟于9月上旬…再组织2场", "- Next steps: …" (a bullet of a summary). */
const NEXT_STEP = /^[\s，,。；;！!\-*•·]*(?:下一步|下步|下阶段|下一阶段|接下来|后续|今后|next\s*steps?\b)/u;
/** "下周继续", "明天还有一场…到时候再报": the series goes on at a time to come. */
const GOES_ON = /^[\s，,。；;！!]*(?:明天|后天|下周[一二三四五六日天]?|下星期[一二三四五六日天]?|下礼拜[一二三四五六日天]?|下次|下回|改天|过几天)[^，,。；;！!\n]{0,2}(?:继续|接着|还有|再)/u;
/** "过年前应该还要再跑一趟", "过几天还得再去": going again, still to come. */
const GOING_AGAIN = /(?:还要|还得|还会|应该还|准备|打算|计划|拟)[^，,。；;！!\n]{0,4}再/u;

/** The text with a trailing step to come blanked, or the text itself when there is none. */
/** `today`: the day sent, so a head whose every written day is past counts as done though no word says so. */
export function withoutFollowUp(text: string, future: RegExp, today?: CivilDate): string {
  const { figures, unread, loose } = findFigures(text);
  const last = figures[figures.length - 1];
  if (!last) return text;
  const after = last.index + last.length;
  const rest = text.slice(after);
  const cut = rest.search(CLAUSE_END);
  if (cut < 0) return nextStep(text, figures, today);
  const at = after + cut;
  const head = text.slice(0, at);
  const tail = text.slice(at);
  // The head must say the event happened and hold a count (of people, or any with a sure "done"); the tail must be a plan with no count.
  const counted = figures.some((f) => f.people) ? DONE_BEFORE.test(head) : SURELY_DONE.test(head);
  // "…来了五十多人～ 节目这周六播出": a tail naming a day still to come this week is a step to come too.
  const ahead = today !== undefined && !future.test(tail) && findMessageDates(tail, today).hits.some((h) => h.future);
  if (!counted || future.test(head) || !(future.test(tail) || ahead)) return nextStep(text, figures, today);
  // A count the reader could not place in the tail is asked about, never blanked with the step to come.
  if ([...unread.map((u) => u.index), ...loose].some((i) => i >= at)) return text;
  if (/(?:活动|讲座|培训|比赛|竞赛|展览|会议?)(?:将|会)?(?:在|于)/u.test(tail)) return text;
  return head + ' '.repeat(tail.length);
}

/**
 * "…到会群众130余人，发放技术资料260份。下一步拟于9月上旬…再组织2场。", "…来了四十五六个人 … 过年前应该还要再跑一趟":
 * the last sentence (or spoken clause) says what the sender will do next, counts and all: blanked, when what
 * comes before it is an event done with people counted.
 */
function nextStep(text: string, figures: ReadonlyArray<{ index: number; people: boolean }>, today?: CivilDate): string {
  const sentence = Math.max(...['。', '！', '!', '；', ';', '\n'].map((c) => text.lastIndexOf(c, text.length - 2)));
  const clause = Math.max(sentence, ...[' ', '，', ','].map((c) => text.lastIndexOf(c, text.length - 2)));
  for (const at of [sentence, clause]) {
    if (at <= 0) continue;
    const head = text.slice(0, at);
    const tail = text.slice(at);
    if (!(NEXT_STEP.test(tail) || GOING_AGAIN.test(tail) || GOES_ON.test(tail))) continue;
    if (!figures.some((f) => f.people && f.index < at) || !(DONE_BEFORE.test(head) || (today !== undefined && datedPast(head, today)))) continue;
    return head + ' '.repeat(tail.length);
  }
  return text;
}

/** "这周…记录\n周二 3/10 …18人\n周四 3/12 …24人": every day written is past, one of them before today, none to come. */
function datedPast(head: string, today: CivilDate): boolean {
  const { hits } = findMessageDates(head, today);
  return hits.length > 0 && hits.every((h) => !h.future && daysBetween(today, h.date) <= 0) && hits.some((h) => daysBetween(today, h.date) < 0);
}
