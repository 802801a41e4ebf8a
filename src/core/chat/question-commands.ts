// Chat questions about what was done, when, who and sign-ups, and marking tasks done; answered before a message could be logged.
import type { RequestContext } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { Kexie } from '../kexie.js';
import { followUpOf } from '../questions/follow-up-question.js';
import { understandQuestion } from '../questions/understand-question.js';
import { readCorrection } from '../understanding/read-correction.js';
import type { Session } from './conversation-session.js';
import type { Reply } from './handle-message.js';

const COMMAND = /^(记录|登记|log|撤销|撤回|undo|关联|link|修改|编辑|edit|活动列表|活动记录|activities|报名|signup|人数|报名情况|headcount|截止报名|关闭报名|close|实到|到场人数|attendance|导入|import|总结|summary|draft)(\s|$|[:：])/iu;
/** A request addressed to kexie ("帮我订…", "can you…"), which is never an activity report. */
const REQUEST = /^(请|麻烦你?)?(帮我|帮忙|给我|替我|能不能|能否|可不可以|你能)|^(please|can you|could you|help me)\b/iu;
const OTHER_COMMANDS = /记录|登记|总结|導入|导入|报名|撤销|修改|关联|更正|summary|log\b/iu;
/** Words only a question has (几 and 多少 alone may say "a few" in a statement). */
const ASKS = /[?？]|吗|呢|哪|啥|什么|怎么|是否|有没有|是不是|多少/u;
const readsAsFix = (text: string, today: string): boolean => {
  const c = readCorrection(text, today);
  return c !== undefined && c.field !== 'unclear' && !c.soft;
};
const MINE = new Set(['finished', 'tally', 'done_list', 'item_report', 'countdown', 'when', 'agenda', 'signups', 'mine', 'iam', 'status', 'mark', 'last', 'unreported', 'months_missing', 'who', 'detail']);

/** Answers the questions and status commands this file owns; undefined lets the other commands try. */
export async function tryQuestionCommand(kexie: Kexie, ctx: RequestContext, text: string, simple: string, session: Session): Promise<Reply | undefined> {
  if (COMMAND.test(simple) || simple.length > 300) return undefined;
  // "那参加的一共多少人", "上个月呢": a follow-up leans on the question just asked here.
  const previous = session.lastQuestion();
  const question = followUpOf(understandQuestion(text, ctx.today), text, previous, ctx.today);
  if (REQUEST.test(simple) && !OTHER_COMMANDS.test(simple) && (question.intent === 'unknown' || question.intent === 'keyword')) {
    const answer = await kexie.ask(ctx, text);
    return answer.intent === 'unknown' ? { text: answer.answer, kind: 'help' } : undefined;
  }
  if (!MINE.has(question.intent)) return undefined;
  // "这个应该是75人，后面又来了几个没签到的": a fix with a figure ("几个" says a few, not how many) is no question.
  if (!ASKS.test(simple) && readsAsFix(text, ctx.today)) return undefined;
  if (question.intent === 'mark' && !/^[一二三四五六七八九十\d（(]/u.test(question.ref)) {
    // "城关镇科普讲座已完成" names no task: it may be a report, so the other readers get it.
    try {
      return { text: (await kexie.ask(ctx, text)).answer, kind: 'answer' };
    } catch (error) {
      if (error instanceof NotFoundError) return undefined;
      throw error;
    }
  }
  const answer = await kexie.ask(ctx, text, previous);
  session.asked(answer.question);
  return { text: answer.answer, kind: 'answer' };
}
