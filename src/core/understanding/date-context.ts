// Dates that lean on the dates around them: a weekday under a heading that names its week
// ("7.27-8.2 本周工作记录\n周二 接待散客412人次"), and a day a record runs until ("9月21日上线，截至月底…",
// "上周一下发，截至昨天共回收…"). One pass over the few date hits of a message.
import { addDays, daysBetween, weekdayOf } from '../dates/civil-date.js';
import type { DateHit } from './message-dates.js';
import { enDay } from './date-patterns.js';

const WEEKDAY = /^(?:本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])$/u;
/** "Wed：" opening a diary line (dates-weeks reads it as a weekday). */
const EN_LINE_DAY = /^[ \t\-•·*]*(sun|mon|tue|wed|thu|fri|sat)/u;
const DAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/** How long a heading may be: a title line, not a paragraph. */
const HEADING_CHARS = 40;

/**
 * The weekdays written below a heading that names one week ("8.3-8.9 工作记录", "上周工作记录："): each is the
 * day of that week, not of the week the message is sent in. Without such a heading the hits stay as they are.
 */
export function weekdaysOfHeading(hits: DateHit[], text: string): DateHit[] {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || lineEnd > HEADING_CHARS) return hits;
  // "本周小结（1/5—1/11）": the week's days written in the heading say which week it is, whenever it is sent.
  const week = (h: DateHit): boolean => h.end !== null && h.index + h.length <= lineEnd && daysBetween(h.date, h.end) <= 6;
  const head = hits.find((h) => week(h) && h.source === 'explicit') ?? hits.find(week);
  if (!head) return hits;
  return hits.map((h) => {
    if (h.index < lineEnd) return h;
    const said = text.slice(h.index, h.index + h.length);
    const m = WEEKDAY.exec(said);
    const en = EN_LINE_DAY.exec(said);
    const wanted = m ? DAY[m[1] ?? ''] : en ? enDay(en[1]) : undefined;
    if (wanted === undefined) return h;
    for (let k = 0; k < 7; k++) {
      const day = addDays(head.date, k);
      if (weekdayOf(day) === wanted) return { ...h, date: day, end: null, future: false };
    }
    return h;
  });
}

/** "截至", "截止到": what follows is the last day of a span that opens at the day written before it. */
const UNTIL = /(?:截至|截止(?:到|至)?)\s*$/u;

/**
 * "9月21日…上线，截至月底浏览量3.6万人次": the day written first to the end of the "截至" date, one span. The
 * "截至" date must not come before the opening day, and the opening day must be a single day.
 */
export function joinUntil(hits: readonly DateHit[], text: string): DateHit[] {
  const out: DateHit[] = [];
  const closed = new Set<DateHit>();
  for (const h of hits) {
    const prev = out[out.length - 1];
    const last = h.end ?? h.date;
    // "元旦到1月4号这几天", "立秋之日起至八月十一日": a named day 到 a day written are one span.
    const through = prev?.named === true && h.end === null && /^\s*(?:起|开始)?\s*(?:到|至|一直到|~|～|—|-)\s*$/u.test(text.slice(prev ? prev.index + prev.length : 0, h.index)) && prev !== undefined && daysBetween(prev.date, last) <= 31;
    // "5月18日（周一）—5月22日（周五）": two days, each with its weekday, and a dash between them.
    const dashed = prev?.end === null && h.end === null && /^\s*(?:[（(](?:周|星期|礼拜)[一二三四五六日天][)）])?\s*(?:—{1,2}|–|-|~|～)\s*$/u.test(text.slice(prev.index + prev.length, h.index)) && daysBetween(prev.date, last) <= 31;
    const until = prev !== undefined && UNTIL.test(text.slice(Math.max(prev.index + prev.length, h.index - 6), h.index));
    if (prev && prev.end === null && (through || dashed || until) && last > prev.date && daysBetween(prev.date, last) <= 366) {
      out[out.length - 1] = { ...prev, end: last, future: prev.future || h.future };
      continue;
    }
    // "3月中旬发了问卷，截止3月20日收回…": a period, then 截止 a day inside it, runs from the period's first day to it.
    if (prev && prev.end !== null && until && h.end === null && h.date > prev.date && h.date <= prev.end) {
      out[out.length - 1] = { ...prev, end: h.date, future: prev.future || h.future };
      closed.add(out[out.length - 1]!);
      continue;
    }
    // "2026年度…截至11月30日，全年共…": the period named again after the day that closes it is the same, closed period.
    if (prev && closed.has(prev) && h.end !== null && h.date === prev.date && prev.end !== null && h.end >= prev.end && !/[。！!？?\n]/u.test(text.slice(prev.index + prev.length, h.index))) continue;
    // "截至12月15日，我馆全年共开展…": a day 截至 then the period it closes (the year so far) runs from the period's
    // first day to that day.
    const prevUntil = prev !== undefined && prev.end === null && UNTIL.test(text.slice(Math.max(0, prev.index - 6), prev.index));
    if (prev && prevUntil && h.end !== null && prev.date > h.date && prev.date < h.end && !/[。！!？?\n]/u.test(text.slice(prev.index + prev.length, h.index))) {
      out[out.length - 1] = { ...h, end: prev.date, future: prev.future || h.future };
      closed.add(out[out.length - 1]!);
      continue;
    }
    out.push(h);
  }
  return out;
}

/** "6月8号开始跑的", "从3号起": the day a run of events began. */
// "4月30日开展到5月6日撤展", "开幕": an exhibition's opening day.
// "十月十二日开班", "4月23日世界读书日起": a class's first day; a named day (…日, …节) may stand between.
// ("10月8日在县文化节开幕式上设了展位": at a named day's opening ceremony, the one day the writer was there.)
const BEGAN_AFTER = /^(?:[^，,。；;！!\n]{0,2}|[^，,。；;！!\n\d]{1,7}?[日节](?!开幕式))(?:开始|开跑|起步|启动|起|开幕|开馆|开班|开课|开营|开展(?=\s*(?:到|至|，|,)))/u;
/** "昨天收尾", "20号结束的", "十六日结业": the day it ended. */
const ENDED_AFTER = /^[^，,。；;！!\n]{0,2}(?:收尾|结束|結束|完成|完事|收官|讲完|跑完|搞完|办完|撤展|闭幕|闭展|结业|結業|结营|結營|结课|結課|闭营)/u;

/**
 * "6场，昨天收尾。…6月8号开始跑的，6个村…": a day said to begin a run and another said to end it, in either order,
 * are one span from the first to the second.
 */
export function joinBeganEnded(hits: readonly DateHit[], text: string): DateHit[] {
  const after = (h: DateHit): string => text.slice(h.index + h.length, h.index + h.length + 12);
  const began = hits.filter((h) => h.end === null && BEGAN_AFTER.test(after(h)));
  const ended = hits.filter((h) => h.end === null && ENDED_AFTER.test(after(h)));
  if (began.length !== 1 || ended.length !== 1) return [...hits];
  const [from, to] = [began[0]!, ended[0]!];
  if (to.date <= from.date || daysBetween(from.date, to.date) > 366) return [...hits];
  const span: DateHit = { ...from, end: to.date, future: from.future || to.future };
  return hits.filter((h) => h !== to).map((h) => (h === from ? span : h));
}

/** Said done outright ("搞定了", "办完了", "已经开了"), whatever day is named. */
const SAID_DONE = /(?:搞定|办完|弄完|讲完|做完|完成|结束|搞|办|开|讲|做)了|已经?(?:办|搞|开|讲|完成|结束|举办|举行|召开)/u;

/**
 * "下周二石桥村无人机植保培训那个搞定了，40人": a weekday still to come, said done with people counted. Not a plan
 * and not to be refused: the day is asked about (the hit carries the question), nothing is stored until answered.
 */
export function doneAhead(hits: DateHit[], text: string, countsPeople: boolean): DateHit | undefined {
  if (!countsPeople || !SAID_DONE.test(text)) return undefined;
  const k = hits.findIndex((h) => h.future && /^(?:下个?(?:周|星期|礼拜)|next )/u.test(text.slice(h.index, h.index + h.length)));
  const h = hits[k];
  if (!h) return undefined;
  const [, month, day] = h.date.split('-').map(Number);
  const doubt = `“${text.slice(h.index, h.index + h.length)}”是${month}月${day}日，还没到。已经办完了吗？请回复实际日期；还没办的话回复“不是活动”。`;
  hits[k] = { ...h, future: false, doubt };
  return hits[k];
}

/** "那天下着雨…": a day named only by pointing at it. */
const POINTED = /那天|那日|那一天|那次|那回|当天|当日/u;

/** "上次那个…", "上回": a past time named only as the one before. */
const EARLIER = /(上次|上回|上一次|上一回)(?![^，,。；;\n]{0,4}(?:说|讲的|提到|汇报|报的|问))/u;

const AGAIN = /又|再|加开|加办|这次|这回|这一次/u;

/**
 * "周末在科技馆…", "这周末，…": the weekend named as the time, neither of its days; not "周末开放日", "周末班" (the
 * kind of event, held on weekends).
 */
const WEEKEND = /(?:这个?|本)?周末(?=\s|[，,。、]|在|去|到|两天|[我俺咱]|上午|下午|晚上|[做搞办带]|组织|举办|开展|[又也还都])/u;

/** The question to ask when the only day of a report points at one no message names ("那天"), else undefined. */
export function unplacedDay(hits: readonly DateHit[], text: string, today: string): string | undefined {
  const m = hits.length === 0 ? POINTED.exec(text) : null;
  // "上次那个大篷车…": an earlier time the writer remembers and we do not; today is no guess for it.
  // "上次那个质量培训又加开了一场": the one before names the event; this one is another.
  const earlier = hits.length === 0 && !m && !AGAIN.test(text) ? EARLIER.exec(text) : null;
  if (earlier) return `“${earlier[1]}”是哪一天？请回复日期，例如“3月20日”。`;
  // "周末在科技馆做了两场": a weekend is two days, and which weekend is not said; today is no guess for it.
  const weekend = hits.length === 0 && !m ? WEEKEND.exec(text) : null;
  if (weekend) {
    const saturday = addDays(today, -((weekdayOf(today) + 1) % 7));
    const md = (d: string): string => `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日`;
    return `“${weekend[0]}”是哪一天？请回复日期，例如“${md(saturday)}”；两天都办了就回复“${md(saturday)}至${md(addDays(saturday, 1))}”。`;
  }
  if (!m) return undefined;
  const [, month, day] = today.split('-').map(Number);
  return `“${m[0]}”是哪一天？请回复日期，例如“${month}月${Math.max(1, (day ?? 2) - 1)}日”；回复“记录”就按今天（${month}月${day}日）记。`;
}

/** A step after the event ("备案材料周一报县里了", "今天才有空整理照片"): sending, filing or sorting the report's papers. */
const AFTER_STEP = /上报|报送|补报|报给|报县|报市|报上去|报上级|报晚|提交|递交|已交|交给|交到|交了|备案|整理(?:照片|材料|资料)|发群|发到群|发给/u;
/** "原本系中旬要搞", "原定周六": the day first planned, not the day held. */
const PLANNED_BEFORE = /(?:原本|原定|本来|原计划|预定)[^，。,;；！!\n]{0,3}$/u;
/** "3/15已停暖", "11/15已正式供暖": a state reached on the day, right after it (not "已完成培训": no event word here). */
const STATE_REACHED = /^\s*(?:就)?已(?:经)?(?:正式)?(?:停暖|供暖|停气|通气|开园|闭园|开馆|闭馆|开学|放假|收假|入汛|出汛|停课|复课|停运|通车)/u;
/** "周五站里设备例检, 无活动": the sentence says the day held no event. */
const NO_EVENT = /无活动|没有活动|没活动|未开展活动|无接待/u;
/** "比3月份多了", "较上月": a time compared with. */
const COMPARED = /(?:比|较|相比|比起|对比|同比|环比)\s*$/u;

/**
 * The dates of a message that are not an event's: a later step's day, a day first planned, a time compared with.
 * Dropped only when another date is left for the event.
 */
/**
 * "…参观了展品。\n区老科协 10月27日": the message's last line, a sender's name and then a day, is when it was
 * written (a letter's sign-off), not when the event was.
 */
function signOff(h: DateHit, text: string): boolean {
  const lineStart = text.lastIndexOf('\n', h.index - 1) + 1;
  if (lineStart === 0) return false;
  const name = text.slice(lineStart, h.index);
  return text.slice(h.index + h.length).trim() === '' && /^[^\S\n]*\p{Script=Han}[\p{Script=Han}·（）()]{1,15}[^\S\n]*$/u.test(name);
}

export function withoutSideDates(hits: readonly DateHit[], text: string): DateHit[] {
  const side = (h: DateHit): boolean => {
    const before = text.slice(Math.max(0, h.index - 8), h.index);
    if (PLANNED_BEFORE.test(before) || COMPARED.test(before)) return true;
    if (signOff(h, text)) return true;
    // The step's own clause, after the date: to the next stop ("报送我乡…情况：9月19日…" is a heading, not a step).
    const rest = text.slice(h.index + h.length);
    const after = rest.slice(0, rest.search(/[，。,;；:：！!？?\s]/u) + 1 || rest.length);
    if (AFTER_STEP.test(after) && !/\d+\s*(?:人|名|位)|[一二三四五六七八九十百千]+(?:人|名|位)/u.test(after)) return true;
    // "3/15已停暖", "11/15已正式供暖": a state reached that day; "周五站里设备例检, 无活动": a day said to hold no event.
    const sentence = rest.slice(0, rest.search(/[。！!？?\n]|\.(?!\d)/u) + 1 || rest.length);
    return STATE_REACHED.test(rest) || (NO_EVENT.test(sentence) && !/\d+\s*(?:人|名|位)|[一二三四五六七八九十百千]+(?:人|名|位)/u.test(sentence));
  };
  const kept = hits.filter((h) => !side(h));
  return kept.length > 0 && kept.length < hits.length ? kept : [...hits];
}
