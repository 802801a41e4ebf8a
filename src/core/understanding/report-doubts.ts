// What the reader is unsure of in one record (a date still ahead, a loose period, an implausible or unclear
// figure), and the small date helpers its choices rest on.
import { addDays, daysBetween, partsOf, type CivilDate } from '../dates/civil-date.js';
import { parseChineseNumber } from '../text/chinese-number.js';
import { toSimplified } from '../text/normalize.js';
import type { DateHit } from './message-dates.js';
import type { Figure } from './message-figures.js';
import type { Doubt } from './read-report.js';

/** Above these a figure is stored only with a flag the author sees, and summaries leave it out. */
export const PLAUSIBLE = { headcount: 100_000, periodHeadcount: 2_000_000, metric: 10_000_000 };

/**
 * "两天共评审作品128件" on the day it ended ("今天结束", "收官"): the days before it; "11月16日起连续三天": the
 * days from it. A day written alone stays a day. `from`: where `words` start in the text the hit indexes.
 */
export function daysSpan(hit: DateHit | undefined, words: string, today: CivilDate, from = 0): DateHit | undefined {
  if (!hit || hit.end) return hit;
  // "7月8日…开营，为期7天": the days from the day written (from its end when it says the last day: "今天闭营，为期5天").
  // "三天培训", "两天的培训", "培训了三天", "5天营期": the event's own length (not a series' "每期三天").
  // "两天一晚": a trip's days and nights.
  const lasting = /为期\s*([两二三四五六七八九十]|\d{1,2})\s*天|([两二三四五六七八九十]|\d{1,2})天[一二两三\d](?:晚|夜)(?![两二三四五六七八九十\d])|(?<![每期次])([两二三四五六七八九十]|\d{1,2})天(?:的)?(?:(?![后前内里])\p{Script=Han}){0,4}?(?:培训|集训|研修|研学|夏令营|冬令营|训练营)|(?:培训|集训|研修)了?([两二三四五六七八九十]|\d{1,2})天|(?<![每期次])([两二三四五六七八九十]|\d{1,2})天(?:的)?(?:营期|会期)|(?:营期|会期)\s*([两二三四五六七八九十]|\d{1,2})\s*天|(?<![每分共\d两二三四五六七八九十]\p{Script=Han}{0,6})(?:培训|集训|研修|班)\s*一期\s*([两二三四五六七八九十]|\d{1,2})\s*天/u.exec(words);
  const days = lasting ? (parseChineseNumber((lasting[1] ?? lasting[2] ?? lasting[3] ?? lasting[4] ?? lasting[5] ?? lasting[6] ?? lasting[7] ?? '').replace('两', '二')) ?? 0) : 0;
  // "上周一开始的两天培训结束了": the day written is the first, whatever it says of the end.
  const opens = /^[^，,。；;\d]{0,3}(?:开始|开班|开营|开幕|起)/u.test(words.slice(Math.max(0, hit.index + hit.length - from)));
  if (days >= 2 && days <= 31) {
    // "两天一晚，昨天10号回来的": the day written is the last.
    if (/(结束|收官|结营|闭营|闭幕|落幕|最后一天|回来|返回|返程)/u.test(words) && !opens) return { ...hit, date: addDays(hit.date, -(days - 1)), end: hit.date };
    const end = addDays(hit.date, days - 1);
    // "本周一…开班啦…培训一期3天" sent on its second day: the class opened and its days are said; the span is the whole class.
    if (end > today && today > hit.date && (opens || /开班|开营|开课|开训/u.test(words)) && daysBetween(today, end) <= 3) return { ...hit, end };
    return end > today ? (today > hit.date ? { ...hit, end: today } : hit) : { ...hit, end };
  }
  const m = /([两二三四五六七八九十]|\d{1,2})天(?:来|下来|里|中|内|时间|的)?[^，,。;；]{0,4}(?:共|累计|合计|一共|总共|共计)/u.exec(words);
  const n = m ? (parseChineseNumber((m[1] ?? '').replace('两', '二')) ?? 0) : 0;
  if (n < 2 || n > 31) return hit;
  const ended = /(结束|收官|结营|闭幕|落幕|闭营|最后一天|圆满)/u.test(words) || hit.source === 'relative';
  if (ended) return { ...hit, date: addDays(hit.date, -(n - 1)), end: hit.date };
  const end = addDays(hit.date, n - 1);
  return { ...hit, end: end > today ? today : end };
}

/** Whether two positions are in one clause (no comma, stop or line break between them). */
export function sameClause(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return !/[,，:：。！!？?；;\n]/u.test(text.slice(from, to));
}

/** What the reader is unsure of in one record: a date still ahead, a loose period, an implausible or unclear figure. */
export function recordDoubts(hit: DateHit | undefined, today: CivilDate, figures: { chosen: Figure | undefined; unclear: Figure[]; limit: number; metrics: Record<string, number>; conflict?: [Figure, Figure] }): Doubt[] {
  const out: Doubt[] = [];
  if (hit?.doubt && daysBetween(today, hit.date) > 0) out.push({ field: 'date', question: hit.doubt });
  else if (hit && daysBetween(today, hit.date) > 0) {
    const { month, day } = partsOf(hit.date);
    out.push({ field: 'date', question: `是今年${month}月${day}日吗？还没到这一天。` });
  } else if (hit?.doubt) out.push({ field: 'date', question: hit.doubt });
  const { chosen, unclear, conflict } = figures;
  const said = (f: Figure): string => `${f.value}${f.unit === '人次' ? '人次' : '人'}（${(f.context || f.written).slice(-12)}）`;
  if (conflict) out.push({ field: 'headcount', question: `参加人数记哪个：${said(conflict[0])}，还是${said(conflict[1])}？` });
  else if (chosen && unclear.length > 1) {
    const sum = unclear.reduce((n, f) => n + f.value, 0);
    out.push({ field: 'headcount', question: `参加人数记${chosen.value}${chosen.unit === '人次' ? '人次' : '人'}（${chosen.context || chosen.written}），还是合计${sum}人？` });
  }
  else if (chosen && unclear.length === 1 && unclear[0] === chosen) {
    // The only people counted ran it ("参与评审的专家11人"): are they the participants?
    out.push({ field: 'headcount', question: `参加人数记${chosen.value}${chosen.unit === '人次' ? '人次' : '人'}（${chosen.context.replace(/(?:一共|总共|共计|合计|共|有)\s*$/u, '') || chosen.written}）吗？还是只是工作人员、没有统计参加人数？` });
  }
  // "来了好几百人": no figure at all, only its order; how many is asked, never stored as 100.
  if (chosen && /^几[十百千万]/u.test(chosen.written)) out.push({ field: 'headcount', question: `“${/好$/u.test(chosen.context) ? '好' : ''}${chosen.written}”大概是多少${chosen.unit === '人次' ? '人次' : '人'}？请回复一个数，例如“300人”。` });
  if (chosen && chosen.value > figures.limit) out.push({ field: 'headcount', question: `人数是${chosen.value}${chosen.unit === '人次' ? '人次' : '人'}吗？比一般活动多很多。` });
  for (const [k, v] of Object.entries(figures.metrics)) if (v > PLAUSIBLE.metric) out.push({ field: 'metrics', question: `${k}的数量是${v}吗？比一般活动多很多。` });
  return out;
}

/**
 * "不确定有没有重复算", "搞不清哪个对", "headcount 报哪个？", "不知道要不要算进去", "报48还是把观摩的也算上？",
 * "先按报名的报可以吗？", "你看报那个" (那个 for 哪个), "以签到人数还是实到人数为准？": the author is unsure of the count,
 * so it is asked.
 */
export const UNSURE_COUNT = /(?:不确定|不清楚|搞不清|弄不清|分不清|拿不准|说不准|不知道)[^。！!？?\n]{0,10}?(?:重复|(?:哪个|哪一个|哪边)(?:数)?(?:是对的|对|准|为准|更准)|对不对|准不准)|(?:报|记|填|写|算|用)哪个(?=\s*(?:数|人数|number|count|figure|[?？,，。!！~]|还是|比较|合适|$))|按哪一?个(?:数)?(?:报|记|填|算|为准)|按哪一?个数|以哪个(?:数字?|人数)?为准|(?:报|记|填|算)多少人?(?:合适|比较好|好)|你看(?:报|记|填|算)[哪那]个|(?<![就先])(?:报|记|填)那个\s*[?？呢]?\s*$|以[^。！!？?\n]{1,16}?还是[^。！!？?\n]{1,16}?为准|(?:这个|那这个)?人数(?:该|应该|要)?怎么(?:报|记|填|算)|人数(?:该|应该|要)?(?:报|记|填)多少|[Ww]hich (?:number|one|count|figure) (?:should|do|shall) (?:[Ii]|we) (?:report|use|put|give)|有没有重复|是否重复|还是加(?:一起|起来|在一起)|(?:要不要|该不该|能不能)算(?:进去|进来|上|在内|人数)?|算不算(?:进去|进来|上|在内|人数)|(?:报|记|填|算|按)\s*[\d一二两三四五六七八九十百千]+\s*(?:人次|[个人名位])?\s*还是|还是(?:把|连)[^。！!？?\n]{0,12}?(?:也)?(?:算上|算进去|算进来|加上|加进去|一起报|一起算)|(?:报|记|算)[^。！!？?\n]{0,8}?还是[^。！!？?\n]{0,6}?(?:一起|一块|都|合起来)(?:报|记|算)|(?:先)?按[^。！!？?\n]{0,6}?(?:报|记|填)(?:可以|行|成)(?:吗|不|么)/u;

/**
 * "实际到礼堂听的也就一半", "来了三分之一左右": who came is a share of the count written, not the count ("一大半是城关一小的
 * 小朋友" says who they were, not that only part came).
 */
const SHARE_CAME = /(?:实际|真正|其实|最后|结果)?(?:来|到|听|参加|在场)[^，,。;；!！?？\n]{0,8}?(?:也就|只有|只|才|大概|约|差不多|不到|估计)?\s*(?:有)?\s*(?:一半|半数|[一小大多]半|[二三四五]分之[一二三四])(?!\s*(?:是|都是|为|都为))/u;

/** "大概能来五十个吧", "估计会来三十人": who is expected to come, not who came; the event may not have happened yet. */
const EXPECTED_TURNOUT = /(?:能来|会来|能到|会到|估计能|应该能)\s*(?:大概|约|差不多)?\s*[\d一二两三四五六七八九十百千]+\s*(?:[多余来几]\s*)?(?:个|人|名|位)?\s*(?:吧|左右|上下)?\s*(?:$|[，,。;；!！?？\s])/u;

export function unsureCount(written: string, chosen: Figure | undefined): Doubt[] {
  // "人數該怎麼填": the words are matched as simplified, whatever characters the sender typed.
  const words = toSimplified(written);
  if (EXPECTED_TURNOUT.test(words)) return [{ field: 'headcount', question: '活动已经办了吗？实际来了多少人？请回复实际人数，例如“50人”。' }];
  // "一共300个学生，实际到礼堂听的也就一半吧": only a share of the count came; how many is asked, never the whole.
  if (chosen && SHARE_CAME.test(words)) return [{ field: 'headcount', question: `您说实际来的只是一部分：参加人数记多少？请回复实际人数，例如“${Math.max(1, Math.round(chosen.value / 2))}${chosen.unit === '人次' ? '人次' : '人'}”。` }];
  if (!UNSURE_COUNT.test(words)) return [];
  const said = chosen ? `记${chosen.value}${chosen.unit === '人次' ? '人次' : '人'}吗？` : '记多少人？';
  return [{ field: 'headcount', question: `您说人数拿不准：参加人数${said}请回复实际人数，例如“120人”。` }];
}
