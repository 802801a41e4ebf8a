// Reads a chat message as staff type it and decides what it is: one or several activity reports, a plan
// for the future, a question, chatter, or something that cannot be stored as written (and why).
import { addDays, daysBetween, partsOf, ymd, type CivilDate } from '../dates/civil-date.js';
import { findObservances, observanceRange, type Observance } from '../plans/observances.js';
import { digitsForEnglishNumbers } from '../text/english-numbers.js';
import { normalizeText } from '../text/normalize.js';
import { findMessageDates, type DateHit } from './message-dates.js';
import { findFigures, type Figure } from './message-figures.js';
import { chooseHeadcount } from './headcount.js';
import { roleLabel, roleNoun } from './people-label.js';
import { withoutFollowUp } from './follow-up-step.js';
import { MILESTONE, NEXT_DAY, splitEvents, type Segment } from './report-split.js';
import { fixInputSlips } from '../text/input-slips.js';
import { dropSelfRepairs } from '../text/self-repair.js';
import { DONE as SAID_DONE, messageKind, saysFinished } from './message-kind.js';
import { listedDates, mergeAdjacent, pickDate, UNKNOWN_COUNT_WORDS } from './report-parts.js';
import { titleOf, withKind } from './report-title.js';
import { tableAsLines } from './report-table.js';
import { doneAhead, joinUntil, unplacedDay } from './date-context.js';
import { daysSpan, PLAUSIBLE, recordDoubts, sameClause, UNSURE_COUNT, unsureCount } from './report-doubts.js';
import { AHEAD_DAYS } from './named-dates.js';
import { periodOverSendDay } from './period-total.js';
import { withoutEarlierOccasion } from './figure-background.js';

/** A field the reader is not sure of, with the one short question that settles it. */
export interface Doubt {
  field: 'kind' | 'date' | 'headcount' | 'metrics' | 'item' | 'title';
  /** One short Chinese question, e.g. "是今年11月5日吗？还没到这一天。" */
  question: string;
}

/** One activity as understood from (part of) a message. */
export interface ReadRecord {
  date: CivilDate;
  /** The last day of a period report ("10月份共开展…"), else null. */
  dateEnd: CivilDate | null;
  dateSource: 'explicit' | 'relative' | 'default';
  title: string;
  headcount: number | null;
  headcountUnit: '人次' | '人' | null;
  approximate: boolean;
  metrics: Record<string, number>;
  metricLabels: Record<string, string>;
  /** Notes for the author; those starting with "待核对" mark figures summaries must not cite. */
  flags: string[];
  /** No figure, but a thing done: 已报送, 已完成验收, 新成立. */
  milestone: boolean;
  /** The part of the message this record was read from. */
  text: string;
  /** The lead-in shared by several events ("科普日联动活动："), for finding their plan item. */
  lead: string;
  /** What the reader is unsure of in this record; a record with doubts is asked about, not stored. */
  doubts: Doubt[];
}

export type ReportReading =
  | {
      kind: 'activity';
      records: ReadRecord[];
      /** Doubts about the message as a whole ("这像是通知…"). */
      doubts: Doubt[];
      /** Lines of a pasted list that are not events ("4. 清水镇 本月暂未开展", "合计…"), to say so. */
      skipped?: string[];
    }
  | { kind: 'not_activity'; reason: 'future' | 'question' | 'chatter' | 'notice'; message: string }
  | { kind: 'invalid'; problem: 'empty' | 'too_long' | 'no_figure' | 'two_dates' | 'bad_date' | 'bad_figure'; message: string };

/** The longest chat message read; longer ones are refused before any parsing. */
export const MAX_MESSAGE_CHARS = 4000;


const QUESTION = /[?？]\s*$|[吗啊呢么]\s*[?？]|(对不对|是不是|行不行|可不可以|算不算)\s*[。.!！]?\s*$|[吗么嘛]\s*[?？。!！]?\s*$|呢\s*[?？]?\s*$|^(请问|是否|有没有|怎么|如何|为什么|什么时候|哪|谁)|多少|哪些|什么|怎么样|几时|(?<![\d一二两三四五六七八九十百千好那这前头后最底初末没们老])几(?![十百千万])(?=\s*\p{Script=Han})|(?:算|记|统计|计|报|录)(?:进去|进|上)?了?(?:没有|没)(?=\s|$|[，,。.?？!！])|^[^，,。；;]{0,8}有啥[^，,。；;]{0,12}(?:的|没有?|吗|呢)\s*[?？。]?\s*$|\b(how many|how much|what|when|which|did we|have we)\b/u;
export const FUTURE = /(明天|后天|下周|下星期|下礼拜|下个?月|将于|将在|即将|计划于?|预计|准备|打算|拟于|拟在|拟|届时|\bwill\b|\bgoing to\b|\bnext week\b|\bplan to\b)/u;
/** The kind of an event named outright: with a date and 记录, enough to store it without a headcount. */
const NAMED_EVENT = /(科普宣传|宣传活动|讲座|报告会|培训|展览|巡展|竞赛|大赛|比赛|咨询|义诊|夏令营|冬令营|开放日|论坛|研讨会|年会|座谈|调研|走访|慰问|学习会|科普大集|进社区|进校园|进农村|下乡)/u;
const QUESTION_END = /[?？吗呢]\s*$/u;
/** A figure still being gathered: "我还在跟各车间对数", "还没统计完", "正在汇总". */
const STILL_COUNTING = /(?:还在|正在)[^，,。；;！!？?\n]{0,8}(?:对数|核对|统计|汇总|核实|清点)|(?:还没|尚未|没有)(?:统计|汇总|核对|核实)(?:完|好|出来)?/u;
const EVENT_WORDS = /(去|举办|开展|搞|组织|召开|举行|讲座|培训|活动|宣传|巡展|\bevent\b|\btalk\b|\bvisit\b)/u;
/** Any word of an event, a service or a visit: a people count without one is not a report of anything. */
const ANY_EVENT = /(讲座|培训|活动|宣传|课|展|赛|会|参观|服务|咨询|义诊|演练|电影|实验|体验|科普|讲|开放|接待|慰问|走访|走进|调研|营|观测|放映|演出|指导|巡|秀|馆|节|周|日|搞|办(?!公)|组织|举行|举办|开展|召开|参加|参与|观众|听众|学员|下乡|进校|进社区|入户|上门|现场|志愿|覆盖|受益|\b[a-z]{3,}ed\b|\b(?:went|came|gave|taught|service|volunteers?|event|talk|visit|workshop|session|training|lecture|forum|fair|class|tour|camp|exhibit|show|day|week|meeting|seminar|held|organi[sz]ed|hosted|ran|conducted|served|attended)\b)/u;
const PAST = /(已|了|实到|共计|累计|圆满|完毕|结束|顺利|\bheld\b|\bran\b|\bhad\b|\bwas\b|\bwere\b)/u;
const THANKS = /(感谢|谢谢|辛苦|thanks|thank you)/u;
const DONE = /(已|已经|新|了|完毕|顺利|圆满|正式|\bwe\b|ed\b)/u;

/**
 * A question asks in its last clause ("…不知道对不对", "…做了几场？") or opens as one ("请问…"); a long report
 * that says "不多" or "什么" in its middle is still a report.
 */
function isQuestion(written: string): boolean {
  // "搞了个“月球知多少”天文科普": a title in quotes asks nothing.
  const text = written.replace(/[“"《「][^”"》」\n]{1,30}[”"》」]/gu, '“”');
  // "现场签到45人…headcount 报哪个？": a report asking which of its counts to use is read, and that is asked back.
  if (reportsBeforeAsking(text) || (UNSURE_COUNT.test(text) && COUNTED.test(text))) return false;
  const clauses = text.split(/[,，。！!\n;；]/u).map((c) => c.trim()).filter((c) => c !== '');
  const last = clauses[clauses.length - 1] ?? '';
  return QUESTION.test(last) || ASKS_WHO.test(last) || /[吗啊呢么]\s*[?？]/u.test(text) || /^(请问|问一下|问下|想问一下|想问问|请教一下|是否|有没有|怎么|如何|为什么|什么时候|哪|谁)/u.test(text.trim()) || (clauses.length <= 2 && QUESTION.test(text));
}

/**
 * A figure still being counted. In a pasted list ("周二 接待散客412人次\n…\n周日（今天）数据还没统计完") only that
 * line waits: it counts nothing, and the lines that do are reported.
 */
function stillCounting(text: string): boolean {
  const lines = text.split('\n');
  const counted = lines.filter((l) => /\d/u.test(l)).length;
  return lines.some((l) => STILL_COUNTING.test(l) && (/\d/u.test(l) || counted < 2));
}

/** "…找谁报名啊": whom to ask, in the last clause, is a question whatever counts come before it. */
const ASKS_WHO = /(?:找|问|跟|联系|报给|交给)谁|找哪(?:个|位|里|儿)|谁(?:负责|管|来对接)/u;

/** A figure with its unit ("45个", "两百多位", "四百余人次"): what a report counts. */
const COUNTED = /(?:\d+|[一二两三四五六七八九十百千万]+)\s*(?:多|余|来|几)?\s*(?:人次|人|位|名|个|户|场|份|件|期|次|册)/u;
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
  return SAID_DONE.test(body) && COUNTED.test(body) && !ASKS_FIGURES.test(last) && !/[吗么][?？]?\s*$/u.test(body.trim());
}

/** Reads a message sent on `today`. `explicit`: the author said 记录 (or used `log`), so it is meant as a report. */
export function readReport(raw: string, today: CivilDate, options: { explicit?: boolean; observances?: readonly Observance[] } = {}): ReportReading {
  // A pasted spreadsheet is read as one event line per row.
  // "上周五啊不对是上周六": a repair inside the message is read as the corrected words; input slips are fixed.
  const trimmed = fixInputSlips(dropSelfRepairs(raw.trim()));
  const original = tableAsLines(trimmed) ?? trimmed;
  if (original === '') return invalid('empty', '消息是空的。请写明日期、活动名称和人数，例如：5月17日 科普周开幕式，参加群众800人次。');
  if (original.length > MAX_MESSAGE_CHARS) {
    return invalid('too_long', `消息太长（${original.length} 字，上限 ${MAX_MESSAGE_CHARS} 字）。请把活动分成几条，每条写一次活动再发送。`);
  }
  // ASCII-only lower case: other case mappings can change a string's length and shift every offset.
  // "60人 次" is 60人次 (same length, so offsets into the original stay right).
  const text = withoutFollowUp(digitsForEnglishNumbers(normalizeText(original).replace(/[A-Z]/g, (c) => c.toLowerCase())).replace(/人(\s+)次/gu, (_m, sp: string) => `人次${sp.slice(1)} `), FUTURE);
  if (!options.explicit && isQuestion(text)) return { kind: 'not_activity', reason: 'question', message: '这像是一个问题，不是活动记录。' };
  // "去年一共搞了多少场我还在跟各车间对数，大概三十场上下": a figure still being counted is not a report of it.
  if (!options.explicit && stillCounting(text)) return { kind: 'not_activity', reason: 'chatter', message: '数字还在核对中？核对好后发给我，我再记录。' };
  // A notice, call or arrangement asks for something to be done; it is not a report of a thing done.
  const kind = messageKind(text);
  if (kind === 'not_report' && !options.explicit) return { kind: 'not_activity', reason: 'notice', message: NOTICE_REPLY };
  const doubts: Doubt[] = kind === 'report' ? [] : [{ field: 'kind', question: '这像是通知或安排，不像已经办完的活动，要记录吗？' }];
  const { hits, impossible } = findMessageDates(text, today);
  // "国际减灾日当天…": the day of a named observance, when no other date is written.
  if (hits.every((h) => h.future) && options.observances) {
    const said = /(当天|那天|当日|那日|\bon\b)/u.exec(text);
    const named = said ? findObservances(text, options.observances).find((o) => o.observance.day !== undefined && o.index < said.index + 4) : undefined;
    // "全国科技活动周期间共开展…": a report over the observance's window.
    const during = /(期间|以来)/u.exec(text);
    const windowed = during && /(共|累计|总共|合计|一共)/u.test(text) ? findObservances(text, options.observances).find((o) => o.observance.day === undefined && o.index < during.index) : undefined;
    if (windowed && during) {
      const { year } = partsOf(today);
      const range = observanceRange(windowed.observance, year);
      if (range.start <= today) hits.push({ index: during.index, length: during[0].length, date: range.start, end: range.end < today ? range.end : today, source: 'explicit', future: false });
    }
    // "学雷锋日志愿服务接龙…" sent days after it: the observance's day, when it was within the month.
    const recentDay = !said ? findObservances(text, options.observances).find((o) => o.observance.day !== undefined) : undefined;
    if (recentDay && hits.every((h) => h.future)) {
      const { year } = partsOf(today);
      const here = ymd(year, recentDay.observance.month, recentDay.observance.day ?? 1);
      const day = here > today ? ymd(year - 1, recentDay.observance.month, recentDay.observance.day ?? 1) : here;
      if (daysBetween(day, today) <= 31) hits.push({ index: recentDay.index, length: recentDay.observance.name.length, date: day, end: null, source: 'explicit', future: false });
    }
    if (said && named && hits.length === 0) {
      const { year } = partsOf(today);
      const day = ymd(year, named.observance.month, named.observance.day ?? 1);
      const date = day > today ? ymd(year - 1, named.observance.month, named.observance.day ?? 1) : day;
      hits.push({ index: said.index, length: said[0].length, date, end: null, source: 'explicit', future: false });
    }
  }
  if (impossible.length > 0) return invalid('bad_date', `日期“${impossible[0]}”不存在，请检查月份和日期后重新发送。`);
  const masked = mask(text, hits);
  const { figures: read, bad, loose, unread } = findFigures(masked);
  // "去年这个活动才来了五十来人，今年来了九十多位": an earlier occasion's count, given to compare, is not this one's.
  const figures = withoutEarlierOccasion(read);
  // "第二季度…收上来9条，今天已发给办公室": the period the figure was gathered over, not the day it was sent.
  hits.splice(0, hits.length, ...periodOverSendDay(hits, text, figures, today));
  // A time to come makes a report a plan ("下周三去…预计80人"); "下个月" alone is a question about plans.
  // A date written without a year a few days ahead ("11月5日…参加120人") is asked about, not filed a year back.
  // Plan words count in the sentences that carry figures: "明天就放寒假了，…一共活动了17次" is a report.
  const sentences = text.split(/(?<=[。！!？?；;\n])/u);
  let at = 0;
  const withFigures = sentences.filter((piece) => {
    const start = at;
    at += piece.length;
    return figures.length === 0 || figures.some((f) => f.index >= start && f.index < at);
  }).join('');
  const saidDoneAhead = doneAhead(hits, text, figures.some((f) => f.people));
  // "参与群众6800余人次,计划是20场次5000人次,超额完成": a target compared after the done figures is no plan.
  const target = PLAN_TARGET.exec(text);
  const planText = target && figures.some((f) => f.index < target.index) ? withFigures.replace(target[0], '') : withFigures;
  const ahead = hits.filter((h) => !h.future && daysBetween(today, h.date) > 0);
  // "这周六…好像约了两个学校，一共差不多150人": people booked for a day still to come are an arrangement.
  // ("这周六" is read as the last Saturday, so a booking that says nothing came is one too.)
  const booked = BOOKED.test(planText) && (ahead.length > 0 || !VISITED.test(text));
  const planned = (FUTURE.test(planText) || QUOTA.test(planText) || booked) && !SAID_DONE.test(text) && !saysFinished(text) && !saidDoneAhead;
  const farAhead = ahead.some((h) => daysBetween(today, h.date) > AHEAD_DAYS);
  // "明天就放寒假了，汇总下…": a time to come in a sentence without figures is background, when others have them.
  const counted = (h: DateHit): boolean => figures.length === 0 || figures.some((f) => sameClause(text, h.index, f.index));
  // "今天到白水中学啦 …640名学生 …明天去青山": a day ahead after every figure of a thing done today is the next stop.
  const doneBy = (SAID_DONE.test(text) || saysFinished(text)) && hits.some((h) => !h.future && daysBetween(today, h.date) <= 0);
  const nextStop = (h: DateHit): boolean => doneBy && figures.length > 0 && figures.every((f) => f.index < h.index);
  const future = hits.find((h) => h.future && counted(h) && !nextStop(h)) ?? (ahead.length > 0 && (farAhead || planned || !figures.some((f) => f.people || PAST.test(text))) ? ahead[0] : undefined);
  const eventLike = figures.length > 0 || EVENT_WORDS.test(text);
  // "原定的科普电影放映改到下周了，村民来了十几个又回去了": called off before anyone was counted, nothing was held.
  const calledOff = CALLED_OFF.exec(text);
  if (!options.explicit && calledOff && !text.includes('\n') && figures.every((f) => f.index > calledOff.index)) {
    return { kind: 'not_activity', reason: 'chatter', message: '活动改期或取消了？办了以后再发给我，我再记录。' };
  }
  // "coffee machine 又坏了，整个 floor 二十几个人排队": people counted with no event anywhere is asked about.
  if (!options.explicit && figures.some((f) => f.people) && !ANY_EVENT.test(text)) doubts.push({ field: 'kind', question: '这像是闲聊，没看出是什么活动，要记录吗？' });
  // "8月20号前交齐": a deadline to meet, not a thing done ("国际减灾日前后" is around the day, no deadline).
  const deadline = /[日号月底]\s*(前|之前|以前)(?!后)/u.test(text) && !/(已|了)/u.test(text);
  if ((eventLike && (future || planned)) || deadline) {
    return { kind: 'not_activity', reason: 'future', message: '还没举办？举办后再发给我，我再记录。' };
  }
  if (bad.length > 0) {
    const b = bad[0]!;
    return invalid('bad_figure', b.problem === 'negative' ? `数量“${b.written}”是负数，无法记录。请改成实际数量后重新发送。` : `数字“${b.written.slice(0, 24)}${b.written.length > 24 ? '…' : ''}”太大或写法无法识别，没有记录。请写实际数量（例如 1200 或 1.2万）后重新发送。`);
  }
  // "问卷收齐了，有效问卷138份，明天送到县里": a day ahead in a clause of its own is what comes next, not the event's.
  const next = (h: DateHit): boolean => daysBetween(today, h.date) > 0 && (!counted(h) || nextStop(h)) && !/[到至~～\-—]\s*$/u.test(text.slice(Math.max(0, h.index - 3), h.index)) && !/^\s*[到至~～\-—]/u.test(text.slice(h.index + h.length, h.index + h.length + 3));
  const dated = joinUntil(mergeAdjacent((SAID_DONE.test(text) || saysFinished(text)) && hits.some((h) => daysBetween(today, h.date) <= 0) ? hits.filter((h) => !next(h)) : hits, text), text);
  // Dates listed together: "分别" pairs each with its figure; "连续两天…合计" is one span; else it cannot be told.
  const listed = listedDates(dated, text);
  if (listed.length > 0 && !text.includes('\n')) {
    const people = figures.filter((f) => f.people);
    if (/分别/u.test(text) && people.length === listed.length) {
      const seg = { start: 0, end: text.length, leadEnd: 0 };
      // "两场学术报告，听众分别为88人和76人": the 两场 are the records themselves.
      const others = figures.filter((f) => !f.people && !((f.unit === '场' || f.unit === '场次' || f.unit === '次') && f.value === listed.length));
      const records = listed.map((hit, k) => buildRecord({ original, text, seg, segText: original, hit, figures: [people[k]!, ...(k === 0 ? others : [])], milestone: false, today, hits }));
      return { kind: 'activity', records, doubts };
    }
    const first = listed[0]!;
    const last = listed[listed.length - 1]!;
    if (/(连续|[两二三四五六七]天|每天|合计|共计|累计|总共|一共)/u.test(text) && daysBetween(first.date, last.date) <= 31) {
      const span: DateHit = { ...first, length: last.index + last.length - first.index, end: last.date };
      dated.splice(dated.indexOf(first), dated.indexOf(last) - dated.indexOf(first) + 1, span);
    } else {
      return invalid('two_dates', `消息里有几个日期（${listed.map((d) => d.date).join('、')}），不知道各是哪次活动。请一次活动发一条，或写明每天的人数，例如：5月1日讲座50人，5月3日讲座60人。`);
    }
  }
  const { segments, skip, skipped } = splitEvents(text, dated, figures);
  const records: ReadRecord[] = [];
  for (const seg of segments) {
    const segHits = dated.filter((h) => h.index >= seg.start && h.index < seg.end);
    // A part with no date of its own takes the lead's, else the nearest one written before it ("今天两场：…；…").
    const leadHits = dated.filter((h) => h.index < seg.leadEnd);
    const earlier = dated.filter((h) => h.index < seg.start);
    // "周四 接待…；晚上直播…": a part of a line takes its line's day before the lead's.
    const ownLine = earlier.filter((h) => h.index >= text.lastIndexOf('\n', seg.start - 1) + 1 && h.index >= seg.leadEnd);
    const dates = segHits.length > 0 ? segHits : ownLine.length > 0 ? ownLine.slice(-1) : leadHits.length > 0 ? leadHits.slice(-1) : earlier.slice(-1);
    const segPeople = figures.filter((f) => f.people && f.index >= seg.start && f.index < seg.end);
    const anchor = chooseHeadcount(segPeople).chosen?.index ?? figures.find((f) => f.index >= seg.start && f.index < seg.end)?.index ?? seg.end;
    const distinct = [...new Set(dates.map((d) => `${d.date}|${d.end ?? ''}`))];
    const picked = distinct.length > 1 ? pickDate(dates, text, anchor) : undefined;
    const dateDoubt: Doubt[] = picked && !picked.sure ? [{ field: 'date', question: `活动是哪一天：${[...new Set(dates.map((d) => d.end ? `${d.date}至${d.end}` : d.date))].slice(0, 3).join('，还是')}？` }] : [];
    // "这周乡里两件事，…": how many things the message tells of, not a figure of any one.
    const segFigures = figures.filter((f) => f.index >= seg.start && f.index < seg.end && !skip.has(f.index) && !(f.unit === '件' && /^事/u.test(f.noun)));
    const segText = original.slice(seg.start, seg.end);
    const words = text.slice(seg.start, seg.end);
    // "系列活动已圆满结束，感谢大家" is a thank-you, not a thing done.
    const milestone = segFigures.length === 0 && MILESTONE.test(words) && (DONE.test(words) || dates.length > 0) && !THANKS.test(words);
    // "记录 11月25日 科普讲座进社区": asked to record, with its day and the kind of event, it is stored without a
    // headcount (the 年报 lists it as missing that figure) rather than refused.
    const unnumbered = options.explicit === true && segFigures.length === 0 && !milestone && segments.length === 1 && dates.length > 0 && NAMED_EVENT.test(words) && !QUESTION_END.test(words);
    if (segFigures.length === 0 && !milestone && !unnumbered && segments.length === 1) {
      if (!options.explicit) return { kind: 'not_activity', reason: 'chatter', message: '没看懂这句话。' };
      return invalid('no_figure', '没有找到人数或数量。请写明例如“参加120人”“发放资料300份”“讲座2场”，再发送一次。');
    }
    // "…,第二天又去东关社区…": the day after the part before it.
    const base = picked?.hit ?? dates[0];
    const dayAfter = segHits.length === 0 && base && !base.end && NEXT_DAY.test(words) ? { ...base, date: addDays(base.date, 1) } : base;
    const record = buildRecord({ original, text, seg, segText, hit: daysSpan(dayAfter, words, today), figures: segFigures, milestone, today, hits });
    record.doubts.push(...dateDoubt);
    // "2場 300 500": numbers with no unit and no headcount read; what they count is asked, not guessed.
    // "专家2人…咨询的加上领资料的有一千五": a count left unread that is larger than the headcount read may be the real one.
    const inSeg = (i: number): boolean => i >= seg.start && i < seg.end;
    const unreadHere = unread.filter((u) => inSeg(u.index) && (record.headcount === null || u.value > record.headcount));
    const unitless = [...loose.filter(inSeg).map((i) => ({ index: i, written: /^\d+/u.exec(text.slice(i))?.[0] ?? '' })), ...unreadHere].sort((a, b) => a.index - b.index).map((u) => u.written);
    if ((record.headcount === null || unreadHere.length > 0) && unitless.length > 0) record.doubts.push({ field: 'headcount', question: `${unitless.map((n) => `“${n}”`).join('')}是什么数？是参加人数吗？` });
    // "也不知道办成没有": whether it was held at all is not known.
    if (NOT_KNOWN_HELD.test(words)) record.doubts.push({ field: 'kind', question: '这次活动办成了吗？办了的话，来了多少人？' });
    // "上周哪天来着忘了": the writer does not remember the day; a week is no answer.
    if (FORGOT_DAY.test(words)) record.doubts.push({ field: 'date', question: '是哪一天办的？请回复日期，例如“11月5日”；记不清就回复“记录”，按整段时间记。' });
    const unplaced = dates.length === 0 ? unplacedDay(hits, words, today) : undefined;
    if (unplaced) record.doubts.push({ field: 'date', question: unplaced });
    if (unnumbered) record.flags.push('未写参加人数（年报中列为缺数；知道人数可直接回复，例如“120人”）');
    records.push(record);
  }
  return { kind: 'activity', records, doubts, ...(skipped.length > 0 ? { skipped } : {}) };
}

/** "改到下周了", "取消了": an event called off or moved to a day still to come. */
const CALLED_OFF = /(?:改到|改在|改成|推迟到|推到|延期到|延到|顺延到|挪到|改)了?\s*(?:下周|下星期|下礼拜|下个?月|明天|后天|改天|以后|下次)|取消了|临时取消|不办了|没办成|没搞成|延期了|推迟了|改期了/u;
/** "也不知道办成没有", "可能改天了": the writer does not know whether the event took place. */
const NOT_KNOWN_HELD = /(?:不知道|不清楚|不确定|没问清楚?)[^，,。；;！!？?\n]{0,6}?(?:办成|办了|办没办|开成|举办了?|搞成)(?:没有?|没)|办没办成?|(?:可能|也许|好像)改(?:天|期|日)了/u;
/** "上周哪天来着忘了", "记不清是几号了": the day is not known to the writer. */
const FORGOT_DAY = /(?:哪天|哪一天|几号)[^，,。；;！!？?\n]{0,4}?(?:忘了|记不清|想不起)|(?:忘了|记不清|想不起来?)(?:是)?(?:哪天|哪一天|几号)/u;
const NOTICE_REPLY = '这像是通知、报名或会议安排，不是已经办完的活动，没有记录。活动办完后发给我：日期、活动名称和人数。';
/** "好像约了两个学校", "预约了3个班": visitors booked. */
const BOOKED = /(?:(?:预约|约)了|约好了?)[^，,。；;！!？?\n]{0,6}?(?:[\d一二两三四五六七八九十几]+\s*(?:个|所|家|批)?\s*(?:学校|单位|班|团|批|人)|学校|团队)/u;
/** People who came or were received: a booking with these is a report of the visit. */
const VISITED = /(来了|到了|到场|参观了|接待了?|参加了?|实到|来的|走了|结束|圆满)/u;
/** "计划是20场次5000人次": a target, compared when the done figures come before it. */
const PLAN_TARGET = /(?:原|年初)?(?:计划|目标|任务数?)\s*(?:是|为|数是?|的是?)\s*[\d一二三四五六七八九十两][^，,。;；！!\n]*/u;
/** "不少于300人", "每校50人": a quota asked for, not a count of who came. */
const QUOTA = /(不少于|不低于|至少|力争|每校|每个?单位|每乡镇|每村)\s*\d/u;

/** A reading the rules gave up on although the message looks like it reports something: worth a model's try. */
export function worthAskingModel(reading: ReportReading, message: string): boolean {
  const chatterWithContent = reading.kind === 'not_activity' && reading.reason === 'chatter';
  const noFigure = reading.kind === 'invalid' && reading.problem === 'no_figure';
  if (!chatterWithContent && !noFigure) return false;
  const text = normalizeText(message).toLowerCase();
  return /\d|[一二两三四五六七八九十百千万]/u.test(text) && (EVENT_WORDS.test(text) || /[a-z]{3}/u.test(text));
}

function invalid(problem: Extract<ReportReading, { kind: 'invalid' }>['problem'], message: string): ReportReading {
  return { kind: 'invalid', problem, message };
}

/** Dates blanked out with spaces, so their digits are not read as figures; positions stay the same. */
function mask(text: string, hits: DateHit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.index < at) continue;
    parts.push(text.slice(at, h.index), ' '.repeat(h.length));
    at = h.index + h.length;
  }
  parts.push(text.slice(at));
  return parts.join('');
}


/** The words a table row with an empty count carries, not part of its name. */
const UNKNOWN_TITLE = /\s*[（(]?人数未填[)）]?/u;

/** Time words that, when no date was read from them, mean the day is not today: a month, a year, a term, a season. */
const UNREAD_TIME = /(\d{1,2}|[一二三四五六七八九十]{1,2})月(?!\d|[一二三四五六七八九十])|(?:19|20)\d{2}\s*年|这一年|全年|今年|去年|本学期|这学期|上学期|季度|上半年|下半年|暑假|寒假|暑期|年度|清明|端午|中秋|重阳|春节|元宵|元旦|国庆|五一|劳动节|儿童节|教师节|学雷锋|科技周|活动周|科普日|减灾日/u;

/** Words that say people came or were counted as coming: a figure of people with these could be the participants. */
const CAME = /(来了|到了|挤了|报上来|来的|到场|参加|参与|观众|听众)/u;

function buildRecord(input: { original: string; text: string; seg: Segment; segText: string; hit: DateHit | undefined; figures: Figure[]; milestone: boolean; today: CivilDate; hits?: DateHit[] }): ReadRecord {
  const { hit, figures, today } = input;
  const people = figures.filter((f) => f.people);
  const choice = chooseHeadcount(people, figures.length === 1);
  const chosen = choice.chosen;
  const metrics: Record<string, number> = {};
  const metricLabels: Record<string, string> = {};
  const flags: string[] = [];
  const unnamed: Figure[] = [];
  for (const f of figures) {
    if (f === chosen) continue;
    if (f.people && !choice.others.includes(f)) continue;
    // "应到单位32个，实到30个单位": what was expected is not a count once what came is written.
    if (!f.people && /应到|应参加/u.test(f.context) && figures.some((g) => g !== f && g.unit === f.unit && /实到/u.test(g.context))) continue;
    // A second figure of people whose words name no one ("镇里报上来的是1200人次"): what it counts is asked, not guessed.
    if (f.people && roleNoun(f) === undefined && CAME.test(f.context)) unnamed.push(f);
    const key = f.people ? `${f.unit === '人次' ? '人次' : '人'}(${roleLabel(f)})` : f.unit;
    if (metrics[key] === undefined) {
      metrics[key] = f.value;
      // "发了宣传页2400张" → 宣传页; "摆了8个展位" → 展位: what was counted, without the verb.
      const before = f.context.replace(/^(并|和|及|共|共计|累计)/u, '').replace(/^[\p{Script=Han}]{1,2}了/u, '').trim();
      const label = before.length >= 2 ? before : f.noun.length >= 2 ? f.noun : f.context.trim();
      if (/\p{Script=Han}{2,}/u.test(label) && label.length <= 12) metricLabels[key] = label;
    } else flags.push(`重复的数量未计入：${f.written}`);
    if (f.unit === '次' && /咨询|答疑/u.test(f.context)) flags.push(`“${f.written}”按咨询次数记录，不算人数`);
  }
  // "开了场讲座": one session, though no number is written ("搞了场科技下乡" is an event, not a session; nor is
  // "办了场“防灾减灾”主题讲座", an event named by its title).
  if (metrics['场'] === undefined && metrics['场次'] === undefined && /(开|办|搞|举办|组织|放|演)了场[^，,。;；\n"“”]{0,16}?(讲座|培训|报告|课|演出|秀|比赛|竞赛|演练|宣传|咨询|义诊|放映|电影)/u.test(input.text.slice(input.seg.start, input.seg.end))) metrics['场'] = 1;
  const date = hit?.date ?? today;
  const dateEnd = hit?.end ?? null;
  // "连续两天…每天一场": one session a day over the span.
  if (metrics['场'] === undefined && dateEnd && /每天[一1]场/u.test(input.text.slice(input.seg.start, input.seg.end))) metrics['场'] = daysBetween(date, dateEnd) + 1;
  if (daysBetween(today, date) < -366) flags.push(`日期 ${date} 已超过一年，请确认`);
  if (input.segText.includes(UNKNOWN_COUNT_WORDS)) flags.push('表中人数未填（年报中列为缺数；知道人数可直接回复，例如“120人”）');
  if (chosen?.max !== undefined) flags.push(`人数写的是范围 ${chosen.value}–${chosen.max}，按下限 ${chosen.value} 记录`);
  const limit = dateEnd ? PLAUSIBLE.periodHeadcount : PLAUSIBLE.headcount;
  if (chosen && chosen.value > limit) flags.push(`待核对：人数 ${chosen.value} 远超一般活动规模，请核对；核对前总结不引用这个数字`);
  for (const [k, v] of Object.entries(metrics)) if (v > PLAUSIBLE.metric) flags.push(`待核对：${k} ${v} 远超一般规模，请核对；核对前总结不引用这个数字`);
  return {
    date,
    dateEnd,
    dateSource: hit?.source ?? 'default',
    title: input.seg.title ?? withKind(titleOf(input.original, input.text, input.seg, input.figures, input.hits ?? (hit ? [hit] : [])), input.seg.kind).replace(UNKNOWN_TITLE, ''),
    headcount: chosen ? chosen.value : null,
    headcountUnit: chosen ? (chosen.unit === '人次' ? '人次' : '人') : null,
    approximate: chosen ? chosen.approximate : false,
    metrics,
    metricLabels,
    flags,
    milestone: input.milestone,
    text: input.segText.trim(),
    lead: input.original.slice(0, input.seg.leadEnd).trim(),
    doubts: [
      ...recordDoubts(hit, today, { chosen, unclear: choice.unclear ? people.filter((f) => f === chosen || choice.others.includes(f)) : [], limit, metrics, ...(choice.conflict ? { conflict: choice.conflict } : {}) }),
      ...unsureCount(input.segText, chosen),
      // "给五年级两个班上了堂课": people counted only by their classes; how many came is asked, not left out.
      ...(!chosen && people.length === 0 && figures.some((f) => f.unit === '个' && /^班/u.test(f.noun)) ? [{ field: 'headcount' as const, question: '参加的大概多少人？请回复人数，例如“80人”；没有统计就回复“记录”。' }] : []),
      ...unnamed.map((f) => ({ field: 'metrics' as const, question: `“${(f.context + f.written).trim()}”这个数是参加人数吗？还是不用记？` })),
      // No day was read, yet the words name a time ("9月…累计", "2026年的账", "这一年"): today would be a guess.
      // "上周去葡萄园那次": one occasion inside a span read from a week; which day is asked.
      ...(hit?.end && /那次|那回|那一次/u.test(input.segText) && !/(?:共|累计|合计)[^，,。；;]{0,8}?[\d一二两三四五六七八九十]+\s*(?:场|次|期|批)/u.test(input.segText) ? [{ field: 'date' as const, question: '“那次”是哪一天？' }] : []),
      ...(hit === undefined && UNREAD_TIME.test(input.segText) ? [{ field: 'date' as const, question: '这是哪一天或哪段时间的？例如“9月”“2026年全年”“11月5日”。' }] : []),
    ],
  };
}
