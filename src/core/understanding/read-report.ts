// Reads a chat message as staff type it and decides what it is: one or several activity reports, a plan
// for the future, a question, chatter, or something that cannot be stored as written (and why).
import { addDays, daysBetween, type CivilDate } from '../dates/civil-date.js';
import type { Observance } from '../plans/observances.js';
import { digitsForEnglishNumbers } from '../text/english-numbers.js';
import { normalizeText } from '../text/normalize.js';
import { withRestatedMasks } from '../text/masked-numbers.js';
import { findMessageDates, type DateHit } from './message-dates.js';
import { findFigures, type Figure } from './message-figures.js';
import { chooseHeadcount } from './headcount.js';
import { withoutFollowUp } from './follow-up-step.js';
import { MILESTONE, NEXT_DAY, splitEvents } from './report-split.js';
import { fixInputSlips, withoutWordGaps } from '../text/input-slips.js';
import { dropSelfRepairs } from '../text/self-repair.js';
import { DONE as SAID_DONE, messageKind, saysFinished } from './message-kind.js';
import { statedEvents } from './report-parts.js';
import { listedDates, mergeAdjacent, pickDate } from './report-dates.js';
import { tableAsLines } from './report-table.js';
import { rosterAsCount } from './roster-count.js';
import { doneAhead, joinBeganEnded, joinUntil, unplacedDay, withoutSideDates } from './date-context.js';
import { daysSpan, sameClause, UNSURE_COUNT } from './report-doubts.js';
import { AHEAD_DAYS } from './named-dates.js';
import { periodOverSendDay } from './period-total.js';
import { totalOf, totalsOfParts } from './parts-total.js';
import { withoutEarlierOccasion, withoutPartlyToCome } from './figure-background.js';
import { comparedDate } from './compared-context.js';
import type { Doubt, ReadRecord, ReportReading } from './report-reading.js';
import { FUTURE, isQuestion, stillCounting } from './report-question.js';
import { addObservanceHits } from './observance-hits.js';
import { buildRecord } from './build-record.js';
import { bracketsInTurn, daysInTurn, retoldCounts, TIMES } from './days-in-turn.js';
import { enumeratedEvents, enumerationQuestion, joinedDaysEvents, placesApart } from './event-enumeration.js';
import { futureRequest, NOT_DONE_QUESTION, saidNotDone } from './said-not-done.js';
import { ANY_EVENT, BOOKED, CALLED_OFF, DONE, EVENT_WORDS, FORGOT_DAY, LIKE_BEFORE, NAMED_EVENT, NOT_KNOWN_HELD, NOTICE_REPLY, PAST, PLAN_TARGET, QUESTION_END, QUOTA, THANKS, VISITED } from './report-words.js';

/** "没有培训", "没搞活动", "无活动": the writer says no event was held. */
const NO_EVENT_HELD = /(?:没有|没|无|未)(?:搞|办|开展|组织|举办)?(?:培训|活动|讲座|课)(?![^，,。；;\n]{0,6}(?:的|人|过来|参加))/u;

export type { Doubt, ReadRecord, ReportReading } from './report-reading.js';
export { FUTURE, reportsBeforeAsking } from './report-question.js';

/** The longest chat message read; longer ones are refused before any parsing. */
export const MAX_MESSAGE_CHARS = 4000;

/** Reads a message sent on `today`. `explicit`: the author said 记录 (or used `log`), so it is meant as a report. */
/** Opens by thanking for something sent: "谢谢科协老师送来的…", "感谢县科协赠送的…". */
const THANKS_RECEIVED = /^\s*(?:谢谢|感谢|多谢)[^。！!？?\n]{0,20}?(?:送来|寄来|送的|赠送|捐赠|捐的|发来|带来)/u;
/** "11月份小结：…献血一千零六十人次": a summary of a period's work done, which counts its people served. */
const WORK_SUMMARY = /^\s*[^，,。；;！!？?\n]{0,12}(?:小结|总结|汇总|月报|周报)/u;
/** Work on the office's own things: sorting, filing, numbering, tidying. */
const CHORE = /整理|归档|编号|打扫|收拾|理好|理完/u;
/** Work that serves someone all the same: material handed out, a survey, papers sent on. */
const SERVES = /发|送|问卷|调查|报|交|征集|收集/u;

export function readReport(raw: string, today: CivilDate, options: { explicit?: boolean; observances?: readonly Observance[] } = {}): ReportReading {
  // A pasted spreadsheet is read as one event line per row.
  // "上周五啊不对是上周六": a repair inside the message is read as the corrected words; input slips are fixed.
  const trimmed = withoutWordGaps(fixInputSlips(dropSelfRepairs(raw.trim())));
  // "#接龙 …签到\n1. 赵建国\n2. 钱秀英…": a sign-in list is read as the count of its names.
  const original = tableAsLines(trimmed) ?? rosterAsCount(trimmed) ?? trimmed;
  if (original === '') return invalid('empty', '消息是空的。请写明日期、活动名称和人数，例如：5月17日 科普周开幕式，参加群众800人次。');
  if (original.length > MAX_MESSAGE_CHARS) {
    return invalid('too_long', `消息太长（${original.length} 字，上限 ${MAX_MESSAGE_CHARS} 字）。请把活动分成几条，每条写一次活动再发送。`);
  }
  // ASCII-only lower case: other case mappings can change a string's length and shift every offset.
  // "60人 次" is 60人次 (same length, so offsets into the original stay right).
  const spelled = digitsForEnglishNumbers(normalizeText(original).replace(/[A-Z]/g, (c) => c.toLowerCase())).replace(/人(\s+)次/gu, (_m, sp: string) => `人次${sp.slice(1)} `);
  // "1,3xx 人 (后台显示 1346)": a masked count read as the exact number restated after it.
  const unmasked = withRestatedMasks(spelled);
  const text = withoutFollowUp(unmasked, FUTURE, today);
  if (!options.explicit && isQuestion(text)) return { kind: 'not_activity', reason: 'question', message: '这像是一个问题，不是活动记录。' };
  // "去年一共搞了多少场我还在跟各车间对数，大概三十场上下": a figure still being counted is not a report of it.
  // "实际多少还没统计出来，先按报名的报可以吗？": a count offered for now is read, and asked about.
  if (!options.explicit && stillCounting(text) && !UNSURE_COUNT.test(text)) return { kind: 'not_activity', reason: 'chatter', message: '数字还在核对中？核对好后发给我，我再记录。' };
  // A notice, call or arrangement asks for something to be done; it is not a report of a thing done.
  const kind = messageKind(text);
  if (kind === 'not_report' && !options.explicit) return { kind: 'not_activity', reason: 'notice', message: NOTICE_REPLY };
  const doubts: Doubt[] = kind === 'report' ? [] : [{ field: 'kind', question: '这像是通知或安排，不像已经办完的活动，要记录吗？' }];
  const { hits, impossible } = findMessageDates(text, today);
  // "国际减灾日当天…": the day of a named observance, when no other date is written.
  if (hits.every((h) => h.future) && options.observances) addObservanceHits(text, today, options.observances, hits);
  // "比3月份多了差不多一百": the month compared with is not the event's.
  if (hits.length > 1) hits.splice(0, hits.length, ...hits.filter((h) => !comparedDate(text, h.index)));
  // "we were closed Nov 16–20", "16日至20日闭馆布展": the days it was closed are not when it received anyone.
  for (const h of hits) if (h.end && (/(?:闭馆|停馆|休馆|闭园|暂停开放|停止开放|\bclosed\b)[^，,。;；\n]{0,6}$/u.test(text.slice(Math.max(0, h.index - 14), h.index)) || /^[^，,。;；\n]{0,14}(?:闭馆|停馆|休馆|闭园|暂停开放|停止开放)/u.test(text.slice(h.index, h.index + 24))) && !h.doubt) h.doubt = '这几天是闭馆（停开）的日子吧？这些人数是哪段时间的？例如“11月”“11月1日至30日”。';
  // "下期 topic 征集，deadline 1/23", "截止日期：3月1日": a deadline ahead is no day of the event.
  // "I'll finish the 备案 before the Aug 20 deadline", "本次科技活动周将持续至5月29日", "展览开到11月20日": a day ahead that closes a
  // deadline or a series still running is no day of the event told.
  if (hits.length > 1) hits.splice(0, hits.length, ...hits.filter((h) => !(h.date > today && (/(?:deadline|due|截止(?:日期|时间)?|报名截至|(?:将|会)?(?:持续|延续|一直|延长|开放?)(?:至|到)|\bbefore\s+(?:the\s+)?)\s*[:：]?\s*$/iu.test(text.slice(Math.max(0, h.index - 12), h.index)) || /^\s*(?:deadline|截止|前截止)/iu.test(text.slice(h.index + h.length, h.index + h.length + 12))))));
  // A letter's date under its signature ("特此报告。\n县农业技术推广站\n2026年7月20日") is when it was written.
  if (hits.length > 1) hits.splice(0, hits.length, ...hits.filter((h) => !signedOn(text, h.index)));
  if (impossible.length > 0) return invalid('bad_date', `日期“${impossible[0]}”不存在，请检查月份和日期后重新发送。`);
  // "40 Grade 7 students": a class named by its number is blanked, so the count meets its people.
  const masked = mask(text, hits).replace(/\b(?:grade|year)\s*\d{1,2}\b/giu, (m) => ' '.repeat(m.length));
  const { figures: read, bad, loose, unread } = findFigures(masked, text);
  // "去年这个活动才来了五十来人，今年来了九十多位": an earlier occasion's count, given to compare, is not this one's.
  // "为两家企业筹建…。另一家…尚在筹备中": a count that holds one still to come is no figure of what was done.
  const figures = withoutPartlyToCome(withoutEarlierOccasion(read), spelled);
  // "老王说去年重阳节那次来了一百多人，今年要争取翻一番": every figure heard, of an earlier year or wished for.
  // "…要搞游园会，预计来个一两千人，能不能派几个志愿者？": an event to come and a request for help.
  if (!options.explicit && (saidNotDone(text, read) || futureRequest(text, read))) doubts.push({ field: 'kind', question: NOT_DONE_QUESTION });
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
  // "3月2日—3月30日…发放问卷，回收有效问卷548份…。调查报告4月中旬出初稿。": a day ahead in a sentence that counts
  // nothing, after a past day whose sentence counts, is the next step, not the event.
  const sentenceAt = (i: number): [number, number] => {
    const from = Math.max(...['。', '！', '!', '？', '?', '\n'].map((c) => text.lastIndexOf(c, i - 1))) + 1;
    const rest = /[。！!？?\n]/u.exec(text.slice(i));
    return [from, rest ? i + rest.index : text.length];
  };
  const countsIn = (i: number): boolean => { const [a, b] = sentenceAt(i); return figures.some((f) => f.index >= a && f.index < b); };
  const nextStep = (h: DateHit): boolean => !countsIn(h.index) && hits.some((p) => p.index < h.index && daysBetween(today, p.end ?? p.date) <= 0 && countsIn(p.index));
  // "于8月17日至19日举办…学员27名，…将于9月20日前统一报送…": the sender's own plan word after every figure of days
  // already past is what comes next (a day it names is no day of the event), not a plan of the event told.
  const figuresEnd = Math.max(...figures.map((f) => f.index + f.written.length));
  const ownStepAfter = figures.some((f) => f.people) && /^(?:将于|将在|拟于|拟在)$/u.test(FUTURE.exec(text.slice(figuresEnd))?.[0] ?? '') && !FUTURE.test(text.slice(0, figuresEnd)) && hits.some((h) => !h.future && h.index < Math.min(...figures.map((f) => f.index)) && daysBetween(today, h.end ?? h.date) <= 0);
  const ahead = hits.filter((h) => !h.future && daysBetween(today, h.date) > 0 && !nextStep(h) && !(ownStepAfter && h.index > figuresEnd));
  // "这周六…好像约了两个学校，一共差不多150人": people booked for a day still to come are an arrangement.
  // ("这周六" is read as the last Saturday, so a booking that says nothing came is one too.)
  const booked = BOOKED.test(planText) && (ahead.length > 0 || !VISITED.test(text));
  // "today … 73 villagers，明天 continue", "…听众85人 … next week 继续": a next day or week named after every figure of a
  // day already come is the next step, not what the report is about; plan words count before it. ("拟送检测" after the
  // counts stays a plan word: a numbered log that ends so is not yet split into its days.)
  const firstAt = Math.min(...figures.map((f) => f.index));
  const lastAt = Math.max(...figures.map((f) => f.index + f.written.length));
  const nextTime = /^(?:明天|后天|下周|下星期|下礼拜|下个?月|next week)$/u.test(FUTURE.exec(text.slice(lastAt))?.[0] ?? '');
  const afterAll = nextTime && figures.length > 0 && figures.some((f) => f.people || f.unit !== undefined) && hits.some((h) => !h.future && h.index < firstAt && (!h.end || h.end === h.date) && daysBetween(today, h.date) <= 0) && !FUTURE.test(text.slice(0, lastAt));
  const planned = ((afterAll || ownStepAfter ? false : FUTURE.test(planText)) || QUOTA.test(planText) || booked) && !SAID_DONE.test(text) && !saysFinished(text) && !saidDoneAhead;
  const farAhead = ahead.some((h) => daysBetween(today, h.date) > AHEAD_DAYS);
  // "明天就放寒假了，汇总下…": a time to come in a sentence without figures is background, when others have them.
  const counted = (h: DateHit): boolean => figures.length === 0 || figures.some((f) => sameClause(text, h.index, f.index));
  // "今天到白水中学啦 …640名学生 …明天去青山": a day ahead after every figure of a thing done today is the next stop.
  const doneBy = (SAID_DONE.test(text) || saysFinished(text)) && hits.some((h) => !h.future && daysBetween(today, h.date) <= 0);
  const nextStop = (h: DateHit): boolean => (doneBy || afterAll || ownStepAfter) && figures.length > 0 && figures.every((f) => f.index < h.index);
  const future = hits.find((h) => h.future && counted(h) && !nextStop(h)) ?? (ahead.length > 0 && (farAhead || planned || !figures.some((f) => f.people || PAST.test(text))) ? ahead[0] : undefined);
  const eventLike = figures.length > 0 || EVENT_WORDS.test(text);
  // "原定的科普电影放映改到下周了，村民来了十几个又回去了": called off before anyone was counted, nothing was held.
  const calledOff = CALLED_OFF.exec(text);
  if (!options.explicit && calledOff && !text.includes('\n') && figures.every((f) => f.index > calledOff.index)) {
    return { kind: 'not_activity', reason: 'chatter', message: '活动改期或取消了？办了以后再发给我，我再记录。' };
  }
  // "coffee machine 又坏了，整个 floor 二十几个人排队": people counted with no event anywhere is asked about.
  if (!options.explicit && figures.some((f) => f.people) && !ANY_EVENT.test(text) && !WORK_SUMMARY.test(text)) doubts.push({ field: 'kind', question: '这像是闲聊，没看出是什么活动，要记录吗？' });
  // "标本室终于整理完了，三百多个标本重新编号": a chore done in the office, nobody served and no event named, is chatter.
  if (!options.explicit && CHORE.test(text) && !SERVES.test(text) && !figures.some((f) => f.people) && !ANY_EVENT.test(text)) {
    return { kind: 'not_activity', reason: 'chatter', message: '这像是日常事务，不是活动。办了活动再发给我，我再记录。' };
  }
  // "谢谢科协送来的绘本，三十本都收到啦": thanks for things received, nobody counted, is no event of the sender's.
  if (!options.explicit && THANKS_RECEIVED.test(text) && /收到|收下|到了/u.test(text) && !figures.some((f) => f.people)) {
    return { kind: 'not_activity', reason: 'chatter', message: '收到，谢谢！办了活动再发给我，我再记录。' };
  }
  // "8月20号前交齐": a deadline to meet, not a thing done ("国际减灾日前后" is around the day, no deadline).
  // "筹备会召开。…会议明确…8月底前完成备案": a deadline a meeting held has set is what it decided, not the message's own.
  const held = /(?:召开|举行|举办|开展)[。；;，,\n]/u.test(text) && hits.some((h) => !h.future && daysBetween(today, h.date) <= 0);
  const deadline = /[日号月底]\s*(前|之前|以前)(?!后)/u.test(text) && !/(已|了)/u.test(text) && !held && !ownStepAfter;
  if ((eventLike && (future || planned)) || deadline) {
    return { kind: 'not_activity', reason: 'future', message: '还没举办？举办后再发给我，我再记录。' };
  }
  if (bad.length > 0) {
    const b = bad[0]!;
    return invalid('bad_figure', b.problem === 'negative' ? `数量“${b.written}”是负数，无法记录。请改成实际数量后重新发送。` : `数字“${b.written.slice(0, 24)}${b.written.length > 24 ? '…' : ''}”太大或写法无法识别，没有记录。请写实际数量（例如 1200 或 1.2万）后重新发送。`);
  }
  // "问卷收齐了，有效问卷138份，明天送到县里": a day ahead in a clause of its own is what comes next, not the event's.
  // ("上周一 11/16": a day written right after a past one is the same date written twice, merged below, not what comes
  // next; "明天5·12" is both to come.)
  const besideAnother = (h: DateHit): boolean => hits.some((o) => o !== h && !o.future && daysBetween(today, o.date) <= 0 && o.index + o.length <= h.index && /^[\s(（]*$/u.test(text.slice(o.index + o.length, h.index)));
  const next = (h: DateHit): boolean => daysBetween(today, h.date) > 0 && !besideAnother(h) && (!counted(h) || nextStop(h)) && !/[到至~～\-—]\s*$/u.test(text.slice(Math.max(0, h.index - 3), h.index)) && !/^\s*[到至~～\-—]/u.test(text.slice(h.index + h.length, h.index + h.length + 3));
  const dated = withoutSideDates(joinBeganEnded(joinUntil(mergeAdjacent((SAID_DONE.test(text) || saysFinished(text)) && hits.some((h) => daysBetween(today, h.date) <= 0) ? hits.filter((h) => !next(h)) : hits, text), text), text), text);
  // "十八号十九号二十号，第一场六十几个人，第二场八十个整，…": each day with the part that counts it, in turn (the days
  // as written: side by side they are merged into one above).
  const turns = daysInTurn(text, hits, figures);
  if (turns) {
    const seg = { start: 0, end: text.length, leadEnd: 0 };
    // "连着讲了三场", "两个晚上": the number of parts, said before them, is the records themselves, not a figure of one.
    const others = figures.filter((f) => !f.people && !turns.some((t) => t.people.index === f.index) && !(f.index < turns[0]!.start && f.value === turns.length));
    const records = turns.map((t, k) => buildRecord({ original, text, seg, segText: original, hit: t.hit, figures: [t.people, ...(k === 0 ? others : [])], milestone: false, today, hits }));
    return { kind: 'activity', records, doubts };
  }
  // "先后走进城关二小（11月4日，学生860人）、三里镇中学（11月12日，学生540人）": each place with its own day and people.
  const bracketed = bracketsInTurn(text, hits, figures);
  if (bracketed) {
    const seg = { start: 0, end: text.length, leadEnd: 0 };
    const records = bracketed.map((t) => buildRecord({ original, text, seg, segText: original, hit: t.hit, figures: [t.people, ...t.others], milestone: false, today, hits }));
    return { kind: 'activity', records, doubts };
  }
  // Dates listed together: "分别" pairs each with its figure; "连续两天…合计" is one span; else it cannot be told.
  const listed = listedDates(dated, text);
  // "19号和21号上了两次。19号28位老人，21号35位": days listed, then each written again with its own people.
  const retold = listed.length > 0 && !text.includes('\n') ? retoldCounts(listed, text, figures) : undefined;
  if (retold) {
    const seg = { start: 0, end: text.length, leadEnd: 0 };
    const last = listed[listed.length - 1]!;
    // "上了两次" is the records themselves; "两次都是8个大学生志愿者" holds for each.
    // "…，两天加起来140多人": the total of the days' counts is no figure of either.
    const rest = figures.filter((f) => !retold.includes(f) && !(TIMES.test(f.unit) && f.value === listed.length) && !totalOf(f, retold));
    const each = /都|各|每次|每场/u.test(text);
    const records = listed.map((hit, k) => buildRecord({ original, text, seg, segText: original, hit, figures: [retold[k]!, ...(k === 0 || each ? rest : [])], milestone: false, today, hits }));
    return { kind: 'activity', records, doubts };
  }
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
  // A total over the lines ("三天合计2360人次") is skipped, never a record on top of its parts.
  const { segments, skip, skipped } = splitEvents(text, dated, figures);
  // "…，两天加起来140多人": a total of the parts' headcounts written after them is no figure of the last part.
  for (const i of totalsOfParts(segments, figures)) skip.add(i);
  const stated = statedEvents(text, figures);
  const records: ReadRecord[] = [];
  // "…上午…学生320人；下午…学生150人。每场各派志愿者8名。": a sentence of its own that says each session had the
  // same figure belongs to every part, not only the last.
  // "两期冬令营每期 mentor 4 位": of the sessions named 第一期, 第二期, only those.
  const eachPart = segments.length > 1 ? figures.filter((f) => f.people && /(?:^|[。；;！!\n])[^。；;！!\n，,0-9]{0,8}(?:每场|每次|每期|各场|两场都|每场都)[^。；;！!\n]*$/u.test(text.slice(0, f.index)) || /(?:^|[。；;！!\n])\s*(?:每场|每次|每期|各场|两场都|每场都)[^。；;！!\n]*$/u.test(text.slice(0, f.index))) : [];
  const ofTerms = (f: Figure): boolean => /每期[^。；;！!\n]*$/u.test(text.slice(0, f.index));
  const namedTerm = (seg: { start: number; end: number }): boolean => /第[一二三四五六七八九十\d]{1,2}期/u.test(text.slice(seg.start, seg.end));
  const termsNamed = segments.some(namedTerm);
  for (const seg of segments) {
    const segHits = dated.filter((h) => h.index >= seg.start && h.index < seg.end);
    // A part with no date of its own takes the lead's, else the nearest one written before it ("今天两场：…；…").
    const leadHits = dated.filter((h) => h.index < seg.leadEnd);
    const earlier = dated.filter((h) => h.index < seg.start);
    // "周四 接待…；晚上直播…": a part of a line takes its line's day before the lead's.
    const ownLine = earlier.filter((h) => h.index >= text.lastIndexOf('\n', seg.start - 1) + 1 && h.index >= seg.leadEnd);
    // "。下午又去了河口镇中心校…学生三百来人。表格周五前补交。": a part opening on a later time of day is on the day
    // before it; a date written after its first figure is of something else (a deadline), not of the part.
    const firstFigure = figures.find((f) => f.index >= seg.start && f.index < seg.end)?.index ?? seg.end;
    const laterSameDay = seg.start > 0 && earlier.length > 0 && /^[\s，,。！!]*(?:下午|晚上|中午)/u.test(text.slice(seg.start, seg.start + 6)) && segHits.every((h) => h.index > firstFigure);
    const dates = laterSameDay ? earlier.slice(-1) : segHits.length > 0 ? segHits : ownLine.length > 0 ? ownLine.slice(-1) : leadHits.length > 0 ? leadHits.slice(-1) : earlier.slice(-1);
    const segPeople = figures.filter((f) => f.people && f.index >= seg.start && f.index < seg.end);
    const anchor = chooseHeadcount(segPeople).chosen?.index ?? figures.find((f) => f.index >= seg.start && f.index < seg.end)?.index ?? seg.end;
    const distinct = [...new Set(dates.map((d) => `${d.date}|${d.end ?? ''}`))];
    const picked = distinct.length > 1 ? pickDate(dates, text, anchor) : undefined;
    const dateDoubt: Doubt[] = picked && !picked.sure ? [{ field: 'date', question: `活动是哪一天：${[...new Set(dates.map((d) => d.end ? `${d.date}至${d.end}` : d.date))].slice(0, 3).join('，还是')}？` }] : [];
    // "这周乡里两件事，…": how many things the message tells of, not a figure of any one.
    // "向各位汇报近期我们老科协的两项工作": the lead-in counting what follows, no event of its own.
    // "今日两项：\n上午…\n下午…": a count heading the lines that follow it.
    // "现将我站近期一项科普活动情况简要报告如下", "一项培训情况汇报如下": the count of what the letter goes on to tell.
    // "这个月搞了两个活动，一个是…还有一个是…": the count of the events the message goes on to tell, one record each.
    // "本周开展了两场进校园活动，现报送如下：一是…二是…", "两次活动均由…主讲": as many 场 or 次 of 活动 as the parts
    // told are those parts again, no figure of any one; so is "三场培训共计307人" after the three told one by one.
    const leadIn = (f: Figure): boolean => (f.unit === '件' && /^事/u.test(f.noun)) || (f.unit === '个' && /^活动/u.test(f.noun) && segments.length > 1 && f.value === segments.length) || (TIMES.test(f.unit) && segments.length > 1 && f.value === segments.length && /^[^，,。；;：:\n\d]{0,8}?(?:活动|共计|合计|一共|总共|累计|均|都)/u.test(f.after)) || ((f.unit === '项' || f.unit === '件') && f.noun === '' && /^\s*[:：]\s*\n/u.test(text.slice(f.index + f.written.length, f.index + f.written.length + 4))) || ((f.unit === '项' || f.unit === '件') && /^(?:工作|事|活动)/u.test(f.noun) && /汇报|报告|报一下|说一下|介绍/u.test(f.context)) || ((f.unit === '项' || f.unit === '件' || f.unit === '次') && /^[^，,。；;\n]{0,12}(?:活动|工作|培训|讲座|宣传|比赛|竞赛|演练|服务)[^，,。；;\n]{0,8}(?:汇报|报告)如下/u.test(f.noun + f.after));
    const segFigures = figures.filter((f) => ((f.index >= seg.start && f.index < seg.end) || (eachPart.includes(f) && !(ofTerms(f) && termsNamed && !namedTerm(seg)))) && !skip.has(f.index) && !leadIn(f) && f !== stated);
    if (segments.length > 1 && segFigures.length === 0 && figures.some((f) => f.index >= seg.start && f.index < seg.end && leadIn(f))) continue;
    const segText = original.slice(seg.start, seg.end);
    const words = text.slice(seg.start, seg.end);
    // "周五 上午下去看了两个合作社的机库 没有培训": a line of a diary the writer says held no event, nobody counted, is
    // what else was done that week, no record.
    if (segments.length > 1 && NO_EVENT_HELD.test(words) && !segFigures.some((f) => f.people)) continue;
    // "系列活动已圆满结束，感谢大家" is a thank-you, not a thing done.
    const milestone = segFigures.length === 0 && MILESTONE.test(words) && (DONE.test(words) || dates.length > 0) && !THANKS.test(words);
    // "记录 11月25日 科普讲座进社区": asked to record, with its day and the kind of event, it is stored without a
    // headcount (the 年报 lists it as missing that figure) rather than refused.
    const unnumbered = options.explicit === true && segFigures.length === 0 && !milestone && segments.length === 1 && dates.length > 0 && NAMED_EVENT.test(words) && !QUESTION_END.test(words);
    // "今天上午镇中学应急科普 150 80": an event of a day with bare numbers is read, and what they count asked.
    // "人数我这边统计的是230，…要报350，按哪个报？": the author asks which of two bare counts to report; read, and asked back.
    const bare = segFigures.length === 0 && dates.length > 0 && ANY_EVENT.test(words) && (loose.some((i) => i >= seg.start && i < seg.end) || unread.some((u) => (u.unit !== undefined || UNSURE_COUNT.test(words)) && u.index >= seg.start && u.index < seg.end));
    if (segFigures.length === 0 && !milestone && !unnumbered && !bare && segments.length === 1) {
      if (!options.explicit) return { kind: 'not_activity', reason: 'chatter', message: '没看懂这句话。' };
      return invalid('no_figure', '没有找到人数或数量。请写明例如“参加120人”“发放资料300份”“讲座2场”，再发送一次。');
    }
    // "…,第二天又去东关社区…": the day after the part before it.
    const base = picked?.hit ?? dates[0];
    const dayAfter = segHits.length === 0 && base && !base.end && NEXT_DAY.test(words) ? { ...base, date: addDays(base.date, 1) } : base;
    // "2場 300 500", "发射成功了22枚": counts left without a known unit go through the gate with the figures.
    const inSeg = (i: number): boolean => i >= seg.start && i < seg.end;
    const unreadHere = unread.filter((u) => inSeg(u.index));
    const looseHere = loose.filter(inSeg).map((i) => ({ index: i, written: /^\d+/u.exec(text.slice(i))?.[0] ?? '' }));
    const record = buildRecord({ original, text, seg, segText, hit: daysSpan(dayAfter, words, today, seg.start), figures: segFigures, milestone, today, hits, unread: unreadHere, loose: looseHere });
    record.doubts.push(...dateDoubt);
    // "跟上回那个一样的内容": the earlier event is not in the message; what (or where) it was is asked.
    const likeBefore = LIKE_BEFORE.exec(words);
    const place = likeBefore ? /那个(\p{Script=Han}+)$/u.exec(likeBefore[0])?.[1] : undefined;
    if (likeBefore) record.doubts.push({ field: 'title', question: place ? `“${likeBefore[0]}”是哪个${place}？请回复名称，例如“桃园${place}”；不用补就回复“记录”。` : `“${likeBefore[0]}”是什么活动？请回复活动名称，例如“果树嫁接培训”；不用补就回复“记录”。` });
    // "也不知道办成没有": whether it was held at all is not known.
    if (NOT_KNOWN_HELD.test(words)) record.doubts.push({ field: 'kind', question: '这次活动办成了吗？办了的话，来了多少人？' });
    // "上周哪天来着忘了": the writer does not remember the day; a week is no answer.
    // "（日子忘记记了，反正是这个月初的事）" under the lines of a list: a note on the day of every line.
    // "二月中旬…一共办了四场，累计…人次，每场的日子没记，只有总数": a period's total over several sessions, the days
    // of each not noted; the period is the record, as the question would offer.
    const periodTotal = record.dateEnd !== null && PERIOD_SESSIONS.test(words) && /共|累计|合计|总数|總數|加起来/u.test(words);
    if (!periodTotal && (FORGOT_DAY.test(words) || (segHits.length === 0 && skipped.some((l) => FORGOT_DAY.test(l))))) record.doubts.push({ field: 'date', question: '是哪一天办的？请回复日期，例如“11月5日”；记不清就回复“记录”，按整段时间记。' });
    // "一次是重阳节当天…；另一次是前阵子在柳河村…": a part with a loose time of its own is not on the day of the part
    // before it; its day is asked, never borrowed.
    // "4\t下洞村\t（待补）\t科普讲座\t40": a line of its own whose day is still to be sent; not the day of the line above.
    if (segHits.length === 0 && DAY_TO_COME.test(words) && !record.doubts.some((d) => d.field === 'date')) record.doubts.push({ field: 'date', question: '有一项的日期还没写（待补），是哪一天？请回复日期，例如“9月20日”。' });
    const ownLoose = segHits.length === 0 && dates.length > 0 && !periodTotal ? OWN_LOOSE_TIME.exec(words) : null;
    if (ownLoose && !record.doubts.some((d) => d.field === 'date')) record.doubts.push({ field: 'date', question: `“${ownLoose[0]}”是哪一天？请回复日期，例如“${Number(today.slice(5, 7))}月${Math.max(1, Number(today.slice(8)) - 3)}日”；记不清就回复“记录”。` });
    // "今年以来…时有发生。我公司上次在白沙镇举办…": 上次 in the event's own sentence, every date of the message in
    // other sentences (background), is a time the writer remembers and we do not.
    const earlierAt = dates.length > 0 && !record.doubts.some((d) => d.field === 'date') ? EARLIER_TIME.exec(words) : null;
    if (earlierAt && !AGAIN_WORDS.test(words)) {
      const at = seg.start + Math.max(0, text.slice(seg.start, seg.end).indexOf(earlierAt[1] ?? ''));
      const from = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at), text.lastIndexOf('！', at)) + 1;
      const stop = text.slice(at).search(/[。！!？?\n]/u);
      const to = stop < 0 ? text.length : at + stop;
      if (!hits.some((h) => h.index >= from && h.index < to)) record.doubts.push({ field: 'date', question: `“${earlierAt[1]}”是哪一天？请回复日期，例如“${Number(today.slice(5, 7))}月${Math.max(1, Number(today.slice(8)) - 3)}日”。` });
    }
    const unplaced = dates.length === 0 ? unplacedDay(hits, words, today) : undefined;
    if (unplaced) record.doubts.push({ field: 'date', question: unplaced });
    if (unnumbered) record.flags.push('未写参加人数（年报中列为缺数；知道人数可直接回复，例如“120人”）');
    records.push(record);
  }
  // "一个是…二是…第三个是…": at least as many records as the events enumerated, or a question (never merged).
  // More records than markers is the list reader finding lines the markers do not show.
  const enumerated = enumeratedEvents(text, figures, hits);
  if (enumerated > 0 && records.length < enumerated) doubts.push({ field: 'kind', question: enumerationQuestion(enumerated, records.length) });
  // "前天跟昨天…两场…一共来了110人": an event on each of the days named, their people counted together.
  const joined = enumerated > 0 ? 0 : joinedDaysEvents(text, figures);
  if (joined > 0 && records.length < joined) doubts.push({ field: 'kind', question: enumerationQuestion(joined, records.length) });
  // "青石镇那场来了80人 白河乡那场忘了数了": places spoken of as sessions of their own, fewer records than places.
  const apart = enumerated > 0 || joined > 0 ? 0 : placesApart(text, figures);
  if (apart > 0 && records.length < apart) doubts.push({ field: 'kind', question: enumerationQuestion(apart, records.length) });
  // "3. 大篷车下乡：8月20日到石门乡、8月26日到新桥镇，每次约三百人": a line of several days of its own that counts
  // nothing the reader could use is events unstored, asked about rather than dropped.
  // (Not when a record already asks which of those days it was.)
  if (text.includes('\n') && !records.some((r) => r.doubts.some((d) => d.field === 'date'))) {
    const lineOf = (i: number): number => text.lastIndexOf('\n', i - 1) + 1;
    const lineEnd = (i: number): number => (text.indexOf('\n', i) + 1 || text.length + 1) - 1;
    const days = new Map<number, Set<string>>();
    for (const h of dated) if (!h.end && !h.future && h.date <= today && h.index >= lineOf(h.index)) days.set(lineOf(h.index), (days.get(lineOf(h.index)) ?? new Set()).add(h.date));
    const dropped = [...days].find(([at, set]) => set.size >= 2 && !figures.some((f) => f.index >= at && f.index < lineEnd(at)));
    if (dropped) doubts.push({ field: 'kind', question: `${[...dropped[1]].join('、')} 这几天的活动没有读到人数，没有记录。每次来了多少人？请一次活动发一条；不用记就回复“记录”。` });
  }
  // "3月6日 …\n3月19日 …\n3月下旬 座谈会 15": a line of a list whose other lines give days gives only a part of a month
  // for one event: its day was not written; asked, never stored as the ten days. So is a part of a message told in turn
  // ("一是12月上旬…讲座…；二是圣诞节前一天…") beside a part that gives its day.
  if ((text.includes('\n') || records.length > 1) && records.some((r) => r.dateEnd === null && (r.dateSource === 'explicit' || (!text.includes('\n') && r.dateSource !== 'default')))) {
    for (const r of records) {
      const part = MONTH_PART_ONLY.exec(r.text);
      if (!r.dateEnd || !part || SEVERAL.test(r.text) || r.doubts.some((d) => d.field === 'date')) continue;
      r.doubts.push({ field: 'date', question: `“${part[0]}”的这次活动是哪一天？请回复日期，例如“${r.dateEnd.slice(5, 7).replace(/^0/u, '')}月${Number(r.date.slice(8)) + 2}日”；记不清就回复“记录”，按整段时间记。` });
    }
  }
  withoutRecordsTotal(records);
  // "上周三场：" over lines that make two records (or four): the message's own count of its events disagrees.
  if (stated && records.length !== stated.value && !(enumerated > 0 && records.length < enumerated)) doubts.push({ field: 'kind', question: enumerationQuestion(stated.value, records.length) });
  return { kind: 'activity', records, doubts, ...(skipped.length > 0 ? { skipped } : {}) };
}

/** "3月下旬", "十月上旬", "6月初": a part of a month written alone as an event's time. */
const MONTH_PART_ONLY = /(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?(?:上旬|中旬|下旬|初|底|末)/u;
/** "共…", "累计…", "三场": the line counts several sessions, a period's work rightly dated by the span. */
/** A loose time past a part gives itself ("另一次是前阵子…"). */
const OWN_LOOSE_TIME = /前些(?:日子|天|时候|时间)|前(?:一)?阵子?|前(?:一)?段时间|之前有一次|有一回/u;
/** Several sessions counted: "四场", "3期", "两次". */
/** "（待补）", "日期待定": a day still to be sent, written where a day would stand. */
const DAY_TO_COME = /[（(]\s*(?:日期)?(?:待补|待定|待查|后补|不详|未定)\s*[)）]|日期\s*(?:待补|待定|后补|不详)/u;
/** "上次在白沙镇举办…": the time before, named only so (not "上次说的", "上次报的"). */
const EARLIER_TIME = /(上次|上回|上一次|上一回)(?![^，,。；;\n]{0,4}(?:说|讲的|提到|汇报|报的|问|报过|已报))/u;
const AGAIN_WORDS = /又|再|加开|加办|这次|这回|这一次/u;
const PERIOD_SESSIONS = /(?:[二两三四五六七八九十]|\d{1,3})\s*(?:场|場|期|次|批)/u;
const SEVERAL = /共|累计|合计|加起来|每天|每日|轮流|分别|[二两三四五六七八九十\d]\s*(?:场|次|期|批|个|所|家)/u;

/**
 * "东城周二到了27人；西河周四到了31人，两场总共58人": people that add up every record's headcount are their total, and
 * the count of sessions beside it ("两场") counts the records themselves; neither is a figure of the last record.
 */
function withoutRecordsTotal(records: ReadRecord[]): void {
  if (records.length < 2 || records.some((r) => r.headcount === null || r.headcountUnit !== records[0]!.headcountUnit)) return;
  const sum = records.reduce((s, r) => s + r.headcount!, 0);
  const n = records.length;
  const written = new RegExp(`(?:${n}|${'〇一两三四五六七八九十'[n] ?? n}${n === 2 ? '|二|俩' : ''})\\s*(?:场|次|期|个|站|处|所)`, 'u');
  for (const r of records) {
    const total = Object.keys(r.metrics).find((k) => k.startsWith('人') && r.metrics[k] === sum && /(?:总共|一共|合计|共计|总计|加起来|共)/u.test(r.metricLabels[k] ?? ''));
    if (!total) continue;
    const label = r.metricLabels[total] ?? '';
    delete r.metrics[total];
    delete r.metricLabels[total];
    for (const k of Object.keys(r.metrics)) if (/^(?:场|次|期|个|站|处|所)$/u.test(k) && r.metrics[k] === n && written.test(label) && label.includes(k)) {
      delete r.metrics[k];
      delete r.metricLabels[k];
    }
  }
}

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

/** Whether a date stands alone on one of the last three lines of a letter: the day it was signed. */
function signedOn(text: string, index: number): boolean {
  const start = text.lastIndexOf('\n', index) + 1;
  const endAt = text.indexOf('\n', index);
  const line = text.slice(start, endAt < 0 ? text.length : endAt).trim();
  if (start === 0 || !/^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]$/u.test(line)) return false;
  return text.slice(start).split('\n').length <= 3;
}
