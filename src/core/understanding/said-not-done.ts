// Figures that are not of a thing done in the period: heard from someone ("老王说…来了一百多人"), of an
// earlier year ("去年重阳节那次"), or wished for ("今年要争取翻一番", "计划…", "准备…"). A message whose every
// figure is one of these, with nothing said to be done this time, is not stored as an activity; it is asked about.
import type { Figure } from './message-figures.js';
import { DONE } from './message-kind.js';

/** Heard, not seen: 听说, 据说, 听小李说, "老王说去年…". */
const HEARSAY = /听说|据说|听[\p{Script=Han}]{1,4}说|[\p{Script=Han}]{1,3}说(?=[^，,。；;\n]{0,6}(?:去年|前年|往年|上次|那次|以前|之前))/u;
/** An earlier year named on its own ("去年那次"), not as a report's date ("去年12月"，"去年底"). */
const EARLIER_YEAR = /(?:去年|前年|往年|往届|上一?届|以往|历年)(?![\d一二三四五六七八九十]{1,2}\s*月|底|末|年底|全年|一年)/u;
/** What one wants or means to do: 要争取, 力争, 计划, 准备, 打算, 将于, 目标. */
const INTENT = /要争取|争取|力争|(?<!按|照|年度|工作)计划(?!内|中)|准备(?![了的好])|打算|将于|拟于|目标(?:是|为)|希望(?:能)?达到/u;
/** Words that say something was done this time, outside the clauses above. */
const DONE_NOW = /(今天|昨天|前天|上周|本周|这周|刚才|刚刚|已经|已于|这次|本次|今年(?!要|争取|力争|计划|准备|打算|目标))/u;

/** The sentence (up to the figure) a figure is said in. */
function sentenceBefore(text: string, index: number): string {
  const from = Math.max(text.lastIndexOf('。', index), text.lastIndexOf('！', index), text.lastIndexOf('；', index), text.lastIndexOf(';', index), text.lastIndexOf('\n', index)) + 1;
  return text.slice(from, index);
}

/** Whether every figure is heard, of an earlier year or wished for, and nothing says it was done this time. */
export function saidNotDone(text: string, figures: readonly Figure[]): boolean {
  if (figures.length === 0 || text.length > 300) return false;
  const said = (f: Figure): boolean => {
    // The clause of the figure only: "往年同期五十几个，今年来了82位" counts this year's 82.
    const before = sentenceBefore(text, f.index);
    const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), -1) + 1);
    return HEARSAY.test(clause) || EARLIER_YEAR.test(clause) || INTENT.test(clause);
  };
  if (!figures.every(said)) return false;
  // The clauses with no figure: one saying it was done now makes it a report after all.
  const rest = text.split(/[，,。；;！!\n]/u).filter((c) => !figures.some((f) => c.length > 0 && text.indexOf(c) <= f.index && f.index < text.indexOf(c) + c.length));
  return !rest.some((c) => DONE_NOW.test(c)) && (HEARSAY.test(text) || INTENT.test(text) || EARLIER_YEAR.test(text));
}

/** An event one means to hold: 要搞, 要办, 将举办, 预计, 准备, 打算, 届时, 拟于. */
const WILL_HOLD = /要(?:搞|办|开|举办|举行|组织|开展|进行)|将(?:于|在|要|会|举办|举行|组织|开展|进行)|预计|准备(?![了的好])|打算|届时|拟(?:于|在|定|举办|开展|组织)/u;
/** Asking someone for help with it: 能不能派, 能否支持, 请科协派. */
const ASKS_HELP = /能不能|能否|可否|可不可以|麻烦(?:你们|您|科协)?|(?<![邀申聘延提])请[^，,。；;？?！!\n]{0,12}(?:派|支持|帮|安排|提供|协助)/u;
/** Words that say something was done, or done already. */
const DONE_BEFORE = /已经|已于|刚才|刚刚|昨天|前天|上周|上个月|上星期/u;

/**
 * "元旦那天文化馆要搞…游园会，预计来个一两千人，科协能不能派几个志愿者过来？": an event still to come and a request
 * for help with it, with nothing said to be done: its figures are expected, not counted.
 */
export function futureRequest(text: string, figures: readonly Figure[]): boolean {
  if (figures.length === 0 || text.length > 300) return false;
  return WILL_HOLD.test(text) && ASKS_HELP.test(text) && !DONE.test(text) && !DONE_BEFORE.test(text);
}

/** The question asked about such a message. */
export const NOT_DONE_QUESTION = '这是已经办了的活动吗？办了的话请写明哪天办的、来了多少人；不是活动就回复“不是活动”。';
