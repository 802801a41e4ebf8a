// Whether a message asks something, still counts its figures, or speaks of a time to come, before it is read as a report.
import { DONE as SAID_DONE } from './message-kind.js';
import { UNSURE_COUNT } from './report-doubts.js';

const QUESTION = /[?？]\s*$|[吗啊呢么]\s*[?？]|(对不对|是不是|行不行|可不可以|算不算)\s*[。.!！]?\s*$|[吗么嘛]\s*[?？。!！]?\s*$|呢\s*[?？]?\s*$|^(请问|是否|有没有|怎么|如何|为什么|什么时候|哪|谁)|多少|哪些|什么|怎么样|几时|(?<![\d一二两三四五六七八九十百千好那这前头后最底初末没们老])几(?![十百千万])(?=\s*\p{Script=Han})|(?:算|记|统计|计|报|录)(?:进去|进|上)?了?(?:没有|没)(?=\s|$|[，,。.?？!！])|^[^，,。；;]{0,8}有啥[^，,。；;]{0,12}(?:的|没有?|吗|呢)\s*[?？。]?\s*$|(?:够|达到|达标|超过|满)了?\s*(?:\d+(?:\.\d+)?[万千]?|[一二两三四五六七八九十百千万]+)\s*(?:人次|人|场次|场|份|户|所|条|家|个|件)?\s*(?:了)?(?:没有|没得|没)\s*[?？。]?\s*$|\b(how many|how much|what|when|which|did we|have we)\b/u;
export const FUTURE = /(明天|后天|下周|下星期|下礼拜|下个?月|将于|将在|即将|计划于?|预计|准备(?!了|好了|的|工作)|打算|拟于|拟在|拟|届时|\bwill\b|\bgoing to\b|\bnext week\b|\bplan to\b)/u;
/** A figure still being gathered: "我还在跟各车间对数", "还没统计完", "正在汇总". */
const STILL_COUNTING = /(?:还在|正在)[^，,。；;！!？?\n]{0,8}(?:对数|核对|统计|汇总|核实|清点)|(?:还没|尚未|没有)(?:统计|汇总|核对|核实)(?:完|好|出来)?/u;

/**
 * A question asks in its last clause ("…不知道对不对", "…做了几场？") or opens as one ("请问…"); a long report
 * that says "不多" or "什么" in its middle is still a report.
 */
export function isQuestion(written: string): boolean {
  // "搞了个“月球知多少”天文科普": a title in quotes asks nothing.
  const text = written.replace(/[“"《「][^”"》」\n]{1,30}[”"》」]/gu, '“”');
  // "摆了几张桌子发了资料八百份": 了几 before what was done with more words after is "a few", not "how many";
  // "量血压测血糖什么的": 什么的 closing a list is "and so on", not "what".
  // "案例也讲了几个": 也 before the deed says "a few as well", not "how many".
  const plain = text.replace(/了几(?=[个张份场次位名台块条本把套户]\p{Script=Han}{2})|(?<=也[^，,。；;！!？?\s]{0,3})了几(?=[个张份场次位名台块条本把套户]\s*$)/gu, '了些').replace(/什么的(?=\s*(?:$|[，,。.!！~～]))/gu, '之类的')
    // "那天是礼拜几我记不清了", "星期几我也记不清了": a day the sender cannot recall is told, not asked.
    .replace(/几(?=\s*(?:我|也|就|都|实在|真|是){0,3}(?:记不清|记不得|不记得|忘了|想不起))/gu, '某');
  // "来参观的有残联妇联几个单位的同志…" (spoken, no question mark): 几 before a measure word and a noun of 的 is "several".
  const unasked = /[?？]/u.test(plain) ? plain : plain.replace(/几(?=[个位名家所批]\p{Script=Han}{1,4}的)/gu, '些');
  // "现场签到45人…headcount 报哪个？": a report asking which of its counts to use is read, and that is asked back.
  // "…120 registered online, 97 checked in… Which number should I report?": counts in English.
  if (reportsBeforeAsking(unasked) || (UNSURE_COUNT.test(unasked) && (COUNTED.test(unasked) || EN_COUNTED.test(unasked)))) return false;
  // "…好多果农打电话问柑橘受冻了咋整 我上周三专门去了趟…来了四十五六个人 …": spoken text breaks its clauses with spaces.
  const clauses = unasked.split(/[,，。！!\n;；]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u).map((c) => c.trim()).filter((c) => c !== '');
  const last = clauses[clauses.length - 1] ?? '';
  return QUESTION.test(last) || ASKS_WHO.test(last) || /[吗啊呢么]\s*[?？]/u.test(unasked) || /^(请问|问一下|问下|想问一下|想问问|请教一下|是否|有没有|怎么|如何|为什么|什么时候|哪|谁)/u.test(unasked.trim()) || (clauses.length <= 2 && QUESTION.test(unasked));
}

/**
 * A figure still being counted. In a pasted list ("周二 接待散客412人次\n…\n周日（今天）数据还没统计完") only that
 * line waits: it counts nothing, and the lines that do are reported.
 */
export function stillCounting(text: string): boolean {
  const lines = text.split('\n');
  const counted = lines.filter((l) => /\d/u.test(l)).length;
  return lines.some((l) => STILL_COUNTING.test(l) && (/\d/u.test(l) || counted < 2));
}

/** "…找谁报名啊": whom to ask, in the last clause, is a question whatever counts come before it. */
const ASKS_WHO = /(?:找|问|跟|联系|报给|交给)谁|找哪(?:个|位|里|儿)|谁(?:负责|管|来对接)/u;

/** A figure with its unit ("45个", "两百多位", "四百余人次"), or after a word for who came ("观看人数1.2万", "人数统计的是230"): what a report counts. */
const COUNTED = /(?:\d+|[一二两三四五六七八九十百千万]+)\s*(?:多|余|来|几)?\s*(?:人次|人|位|名|个|户|场|份|件|期|次|册|篇|本|张|幅|套|台)|(?:人数|人次|观看|在线|签到|到场)[^，,。；;！!？?\d\n]{0,10}\d/u;
/** A count of people in English ("120 registered", "97 checked in", "60 people"). */
const EN_COUNTED = /\b\d{2,}\s+(?:[a-z]+\s+)?(?:people|persons|registered|signed up|checked in|came|attended|showed up|walk-ins|visitors|participants|students|kids|residents|seniors|parents)\b/iu;
/** A question about the figures themselves ("一共多少人？", "完成了几场？"), not an aside. */
const ASKS_FIGURES = /多少|(?<![好十百千])几[场次个人位名项期]|进度|百分之|占比|完成了?多少/u;

/**
 * "…前天正式办了，当天来了大概260人。…不知道需要准备什么材料？": a long message whose earlier sentences say
 * something was done with a figure is a report, whatever its last sentence asks (unless it asks about the figures).
 */
export function reportsBeforeAsking(text: string): boolean {
  const sentences = text.split(/(?<=[。！!？?\n])/u).filter((s) => s.trim() !== '');
  if (text.length < 40 || sentences.length < 2) return false;
  const body = sentences.slice(0, -1).join('');
  const last = sentences[sentences.length - 1] ?? '';
  // "我们学校拿了2个一等奖😄 请问推荐市赛的材料什么时候交？": prizes won count no event; the message is the question.
  const counts = body.replace(/[\d一二两三四五六七八九十]+\s*(?:个|项|名)?\s*(?:[一二三特]等奖|优秀奖|金奖|银奖|铜奖|奖项)/gu, '');
  return SAID_DONE.test(body) && COUNTED.test(counts) && !ASKS_FIGURES.test(last) && !/[吗么][?？]?\s*$/u.test(body.trim());
}
