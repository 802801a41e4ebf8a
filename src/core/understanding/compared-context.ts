// Numbers a report gives to compare, not as its own figures: an earlier occasion ("去年那场来了三百人", "去年同期
// 六十几个", "（上周3660）", "（去年才发了400）"), what another place reported ("看群里桃源报了300多"), and the parts of a
// total in parentheses ("5位专家（中国农科院2位、省农科院3位）"). Each test reads the clause around one number.

/** An earlier occasion of the same thing, or the same time of an earlier year: always a comparison. */
const EARLIER_OCCASION = /(?:去年|前年|往年|上一?年|上一?届|往届|上一?回|上一?次|上一?场|上个?月|上一?周|上星期|上礼拜)\s*(?:差不多|大概|大约|也就)?\s*(?:[\p{Script=Han}]{1,5}?(?=那场|那次|那回))?(?:这个时候|这时候|这会儿|同期|同一时间|那场|那次|那回|那一场|那一次|那会儿|那时候?|这个活动|那个活动|这场活动|搞的时候|办的时候)|同期|往年|往届|以往/u;
/** Someone else's figure: "看群里桃源报了300多", "听说隔壁镇报上来八百". */
const OTHERS_REPORTED = /(?:群里|朋友圈|(?<!老)人家|别人|隔壁|兄弟|其他|别的)[^，,。;；！!？?\s]{0,8}?(?:报了|报的|报上来|上报了?|晒了)|(?:看到|听说|据说)[^，,。;；！!？?\s]{0,8}?报(?:了|的|上来)/u;
/**
 * An earlier period at the head of a clause, a few words before the number ("上回来了八十人", "去年才发了400"): a
 * comparison when this occasion is named elsewhere, or in an aside. Not a day ("上周四团队派了3位专家").
 */
const EARLIER_HEAD = /^(?:去年(?![\d一二三四五六七八九十]{1,2}月)|前年|上年|上届|上次|上回|上一次|上一回|上周(?![一二三四五六日天末])|上个?月(?![\d一二三四五六七八九十初中底末])|上期)[^\d一二两三四五六七八九十百千万]{0,6}$/u;
/** This occasion, named beside an earlier one. */
export const THIS_OCCASION = /今年|这次|这回|这一次|这一回|本次|本届|这一届|今天|本周|这周|本月|这个月/u;
const STOPS = '，,。;；!！?？\n \t';

/** The clause before `at`: back to the last stop or opening parenthesis; whether it is inside "（…". */
function clauseAt(text: string, at: number): { clause: string; start: number; aside: boolean } {
  let k = at;
  const opens = (c: string | undefined): boolean => c === '（' || c === '(';
  while (k > 0 && at - k < 40 && !STOPS.includes(text[k - 1] ?? '_') && !opens(text[k - 1])) k--;
  return { clause: text.slice(k, at), start: k, aside: k > 0 && opens(text[k - 1]) };
}

/** A sentence that sums up the year or the work so far ("至此，全年新建…", "截至目前，今年已…"), opening with it. */
const SO_FAR = /^\s*(?:至此|迄今|截至目前|截止目前|截至今日|截止今日|截至当前|到目前为止|目前为止)/u;

/**
 * Whether the number at `at` is in a sentence, after another, that sums up the work so far: "…授牌2家单位。至此，
 * 全年新建科普教育基地2家、示范社区2个": a running total, not this event's figures.
 */
export function runningTotal(text: string, at: number): boolean {
  const start = Math.max(...['。', '！', '!', '？', '?', '\n', '；', ';'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  return start > 0 && /\S/u.test(text.slice(0, start)) && SO_FAR.test(text.slice(start, at));
}

/**
 * Whether the number at `at` is given to compare: in a clause about an earlier occasion or another place's report,
 * or (an earlier period at the clause's head) inside parentheses or beside "今年", "这次".
 */
export function comparedNumber(text: string, at: number): boolean {
  const { clause, start, aside } = clauseAt(text, at);
  const words = clause.trim();
  if (EARLIER_OCCASION.test(words) || OTHERS_REPORTED.test(words)) return true;
  if (!EARLIER_HEAD.test(words)) return false;
  if (aside) return true;
  const end = text.slice(at).search(/[，,。;；!！?？\n]/u);
  const rest = text.slice(0, start) + (end < 0 ? '' : text.slice(at + end));
  return THIS_OCCASION.test(rest);
}

/** A figure as far as this file needs it. */
interface Placed {
  index: number;
  length: number;
  value: number;
  unit: string;
}

/**
 * The parts of a total written in parentheses right after it ("5位专家（中国农科院2位、省农科院3位）", "展品14件（力学区
 * 9件、光学区5件）"): two or more of the total's unit that add up to no more than it. They are not figures.
 */
export function withoutParenParts<T extends Placed>(figures: T[], text: string): T[] {
  const parts = new Set<T>();
  for (const total of figures) {
    // "5位专家（…）": the noun counted may stand between the total and its parts.
    const open = /^[\p{Script=Han}]{0,6}\s*[（(]/u.exec(text.slice(total.index + total.length, total.index + total.length + 9));
    if (!open) continue;
    const from = total.index + total.length + open[0].length;
    const close = text.slice(from, from + 60).search(/[）)]/u);
    if (close < 0 || /^\s*(?:另|还有|另外|外加|加上)/u.test(text.slice(from, from + 4))) continue;
    const inside = figures.filter((f) => f.index >= from && f.index < from + close && sameUnit(f.unit, total.unit));
    if (inside.length >= 2 && inside.reduce((n, f) => n + f.value, 0) <= total.value) for (const f of inside) parts.add(f);
  }
  return parts.size === 0 ? figures : figures.filter((f) => !parts.has(f));
}

/** 位, 名 and 人 count the same people once read. */
function sameUnit(a: string, b: string): boolean {
  const people = (u: string): string => (['人', '位', '名', '个'].includes(u) ? '人' : u);
  return people(a) === people(b);
}

/** A date written as what is compared with ("比3月份多了差不多一百", "较上月"): not the event's day. */
export function comparedDate(text: string, at: number): boolean {
  return /(?:比|较|相比|比起|对比|同比)\s*$/u.test(clauseAt(text, at).clause);
}
