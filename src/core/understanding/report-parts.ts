// The parts of a long message: pasted lines (a 接龙 list, a week's diary) are one record per event line, and
// one event's fields (a form, bullets, a label | value sheet) are one record; the day of each part is read in
// report-dates.ts. Every step is one pass over the text.
import type { Figure } from './message-figures.js';
import { roleOf } from './headcount.js';

/** The words tableAsLines writes after a row whose count was left empty ("（人数未填）"). */
export const UNKNOWN_COUNT_WORDS = '人数未填';

export interface Line {
  start: number;
  end: number;
}

/** A part opening at the same time as the one before it ("同时通过直播…", "与此同时…"): the same event. */
// "…；现场组织知识竞答，参与群众约300人": the same event's own scene, going on with it (not "现场会", "现场培训": events of their own).
export const SAME_TIME = /^\s*(?:同时|与此同时|同步|(?:活动)?现场(?=[还又也同组开设发进举有向为给，,]|\s)|at the same time\b|meanwhile\b)/u;
/**
 * Its twin for streams: "直播间同步宣讲", "同时开通网络直播", "全程线上直播" within a part's first words, the same event
 * streamed as it happened (SAME_TIME needs the part to open on the word).
 */
export const SIMULCAST = /^[^，,。；;]{0,8}?(?:同步|同时|全程)(?:开通|进行|开展)?(?:了)?[^，,。；;]{0,4}?(?:直播|宣讲|转播|播出|线上)|^[^，,。；;]{0,10}?(?:直播|线上)[^，,。；;]{0,4}?同步/u;

/** "参加人数：86人": a line of a form, a short label and its value. */
const FORM_FIELD = /^\s*(?:\p{Script=Han}{0,4}(?:名称|时间|日期|地点|人数|人次|资料|单位|内容|主题|对象|形式|数量|规模|负责人|填报人|记录人|联系人|期间|场次|备注|主讲|讲师|下一步)|(?:topic|date|time|venue|place|speaker|speakers|trainer|trainers|attendance|attendees|content|contents|action items|next steps?|owner|host|location|agenda|notes?|remarks?))\s*[:：]/iu;
/**
 * "合计2945人次", "本周合计242人次", "以上共计…": a sum of the lines above it, not an event of its own; nor is a
 * closing line that counts them ("以上两项活动均顺利完成", "上述3场讲座").
 */
export const SUM_LINE = /^\s*(?:(?:以上|上述)\s*(?:[一二两三四五六七八九十\d]+)\s*(?:项|场|次|个|件|期)|(?:(?:[一二两三四五六七八九十\d]+\s*(?:天|周|个月|场|期|日|回|趟|次))|(?:本|这|全|当)(?:周|月|季度?|年|天|日)|以上|上述)\s*(?:的|总|共)?\s*(?:一共|共|总共|总计|合计|累计|共计)|(?:[一二两三四五六七八九十\d]+\s*(?:天|周|个月|场|期|日)\s*)?(?:合计|总计|共计|小计|累计|汇总|总共))/u;
/** A bullet line ("• 评委 5 人", "✅ 入馆观众4100余人次"): one point of a summary. */
const BULLET = /^\s*[•·✅✔☑▪●○◆►\-*]\s*/u;
/** How a line of a list opens: a weekday, a number, a date ("周一 …", "1. …", "5月12日 …"). */
const ITEM_START = /^\s*(?:(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[.、)）]\s*\D|\d{1,2}\s*[月./]\s*\d{1,2})/u;
/** "明天搞，到时候再报", "待审批": a line about something not done yet. */
const NOT_YET = /(明天|后天|下周|到时候|再报|待审批|待审核|待定|暂未|尚未|还没|未开展|计划|准备|拟)/u;

/**
 * The event lines of a pasted list, or undefined when the message is not one. A line is an event when it
 * counts something; header lines, sums, "本月暂未开展" and "整理材料" are not (they are `skipped`).
 */
// A month heading its own report ("7月接待月报") dates its lines too.
const DATED = /\d{1,2}\s*[.\/月]\s*\d{1,2}|\d{1,2}\s*[日号]|昨天|今天|前天|\d{1,2}\s*月份?[^\n]{0,6}(?:月报|月度报|汇总|统计表|小结)/u;
/** A line that is a label and a figure and nothing else: "志愿者 22 人", "当日入馆 3,208 人次". */
/** "1. 机电2301班 6人", "三（2）班：5名": a numbered group and its people, nothing else. */
export const CONTINGENT = /^\s*(?:\d{1,2}\s*[.、)）]\s*)?[\p{L}\d（()）]{1,16}\s*[:：]?\s*\d+\s*(?:人|名|位)\s*$/u;
const FIGURE_ONLY = /^\s*[\p{Script=Han}]{1,8}\s*[：:]?\s*[\d,，.]+\s*(?:人次|人|名|位|份|场|个|次|件|本|册|户|张|批次|批|期|天)?\s*$/u;

/** A row of its own day that ends on an empty count label: "5月18日 …互动展 人数：". */
const BLANK_COUNT = /^\s*\d{1,2}\s*[月./]\s*\d{1,2}[^\n]*(?:人数|人次|参加人数)\s*[:：]\s*$/u;
/** The close of a letter: "此致", "特此报告。", "以上汇报，请指示". */
const LETTER_CLOSE = /^\s*(?:此致|特此(?:报告|汇报|说明|函告)|以上(?:报告|汇报)[^\n]{0,6}(?:请|妥否))/u;
const NOTE_LINE = /^\s*(?:备注|附注|注|说明|ps|p\.s\.)\s*[:：]/iu;
/** "（和县科协一起搞的，前面已经报过了）": a line already reported on its own is no new event. */
const REPORTED_BEFORE = /(?:前面|之前|以前|上次|早先)?已经?(?:单独)?(?:报过|上报过?|报送过?)了?|(?:前面|之前|以前|上次)(?:单独)?(?:报过|上报过)了?/u;

/**
 * "7.15-7.16 两人参加市渔业站技术培训": a log line where a few of the sender's own people (a bare count, no one named)
 * went to another body's training or meeting; they learned, the sender held nothing.
 */
export const OWN_OUTING = /^\s*(?:\d{1,2}\s*[.\/月]\s*\d{1,2}[日号]?(?:\s*[-—－–~～至到]\s*(?:\d{1,2}\s*[.\/月]\s*)?\d{1,2}[日号]?)?)?\s*(?:周[一二三四五六日天]\s*)?(?:[一二两三四五1-5]|俩|仨)\s*(?:人|名|位|个人)\s*(?:去|赴|到)?\s*(?:参加|参会|出席|列席)[^\n，,。;；]{0,4}(?:省|市|县|区|州)[^\n，,。;；]{0,12}(?:培训|会议|学习班|研讨|观摩|考察|讲座)[^\n\d]*$/u;

/** The units a heading counts the places or occasions of its lines by ("三所学校", "四个村", "两场"). */
const HEADING_UNIT = /^(?:所|个|家|处|座|站|场|场次|次|项|期)$/u;
/** The units that count events, not what an event counted ("两场", "三次", "两项活动"). */
const EVENT_COUNT_UNIT = /^(?:场|场次|次|项|回|趟|件)$/u;
/**
 * "上周两场：", "这个月搞了三次", "…开展了两项活动：": a first line whose one figure counts the events the lines
 * below it tell of (at least two of them count something). The number of events it states is the number of
 * records; it is the lead of the list, no event of its own.
 */
export function statedEvents(text: string, figures: readonly Figure[]): Figure | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0) return undefined;
  const own = figures.filter((f) => f.index < nl);
  const head = own[0];
  if (own.length !== 1 || !head || !EVENT_COUNT_UNIT.test(head.unit) || head.value < 2 || head.value > 12 || head.max !== undefined) return undefined;
  // "今天讲座2场，共120人" is no heading: the line goes on after its count.
  if (/[\p{Script=Han}\d]{2,}[^\n]*[，,]/u.test(text.slice(head.index + head.written.length, nl)) && !/[:：]\s*$/u.test(text.slice(0, nl))) return undefined;
  const below = text.slice(nl + 1).split('\n').filter((l) => l.trim() !== '');
  let at = nl + 1;
  let counting = 0;
  for (const line of text.slice(nl + 1).split('\n')) {
    if (figures.some((f) => f.index >= at && f.index < at + line.length)) counting++;
    at += line.length + 1;
  }
  return below.length >= 2 && counting >= 2 ? head : undefined;
}

export function eventLines(text: string, figures: readonly Figure[]): { lines: Line[]; leadEnd: number; skipped: string[] } | undefined {
  if (!text.includes('\n')) return undefined;
  const all: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim() !== '') all.push({ start, end: i });
      start = i + 1;
    }
  }
  // "活动名称：…\n参加人数：86人\n发放资料：120份": a filled-in form is one event, its lines are its fields.
  const fields = all.filter((l) => FORM_FIELD.test(text.slice(l.start, l.end))).length;
  if (all.length >= 3 && (fields / all.length >= 0.6 || (fields >= 3 && fields / all.length >= 0.5))) return undefined;
  // A table row whose count was left empty is an event all the same (its headcount unknown).
  // So is a dated row whose count label is left blank ("5月18日 国际博物馆日互动展 人数：").
  const counts = (l: Line): boolean => figures.some((f) => f.index >= l.start && f.index < l.end) || text.slice(l.start, l.end).includes(UNKNOWN_COUNT_WORDS) || BLANK_COUNT.test(text.slice(l.start, l.end)) || (NOT_COUNTED.test(text.slice(l.start, l.end)) && individuated(text.slice(l.start, l.end)));
  // "备注：周一闭馆，实际开放6天": a note on the lines above, not an event of its own.
  const events = all.filter((l) => counts(l) && !OWN_OUTING.test(text.slice(l.start, l.end)) && !SUM_LINE.test(text.slice(l.start, l.end)) && !NOTE_LINE.test(text.slice(l.start, l.end)) && !(REPORTED_BEFORE.test(text.slice(l.start, l.end)) && !figures.some((f) => f.people && f.index >= l.start && f.index < l.end)) && !(NOT_YET.test(text.slice(l.start, l.end)) && !/(了|已)/u.test(text.slice(l.start, l.end))) && !preparedOnly(l, text, figures));
  // "本月累计服务师生四百余人次", "现有个人会员203名": under lines that each have their own day, a line with none
  // that totals them or says what stands is no event.
  const ownDay = events.filter((l) => individuated(text.slice(l.start, l.end))).length;
  // "…苗老师补充：每个班都请了2位家长志愿者": under such lines, one with no day of its own counting only helpers of
  // each of them is a note on them, no event.
  const helpersOfEach = (l: Line): boolean => {
    const own = figures.filter((f) => f.index >= l.start && f.index < l.end);
    // "两期冬令营每期 mentor 4 位": how many of the events above the line speaks of is no figure of its own.
    const people = own.filter((f) => !(!f.people && /^(?:场|期|次|批|班)$/u.test(f.unit) && f.value <= ownDay));
    return EACH_OF_THEM.test(text.slice(l.start, l.end)) && people.length > 0 && people.every((f) => f.people && roleOf(f) === 'staff');
  };
  if (ownDay >= 2) events.splice(0, events.length, ...events.filter((l) => individuated(text.slice(l.start, l.end)) || !(totalOrStanding(l, text, figures) || helpersOfEach(l))));
  // "…\n三个村跑下来95人": a line whose people add up the other lines' is their total, whatever it is called.
  // "- about 30 seniors attended\n- 6 volunteers helped them": a bullet counting only the staff who helped, with no
  // day of its own, belongs to the event above it.
  for (let k = events.length - 1; k > 0; k--) {
    const own = figures.filter((f) => f.index >= events[k]!.start && f.index < events[k]!.end);
    const words = text.slice(events[k]!.start, events[k]!.end);
    if (BULLET.test(words) && !DATED.test(words) && own.length > 0 && own.every((f) => f.people && roleOf(f) === 'staff')) {
      events[k - 1] = { start: events[k - 1]!.start, end: events[k]!.end };
      events.splice(k, 1);
    }
  }
  // "…巡展先后走进三所学校，情况如下：": a first line that ends on its colon and counts no one, only the places or
  // occasions the dated lines below it tell of, is their heading.
  const headFigures = events[0] ? figures.filter((f) => f.index >= events[0]!.start && f.index < events[0]!.end) : [];
  if (events.length >= 3 && /[:：]\s*$/u.test(text.slice(events[0]!.start, events[0]!.end)) && headFigures.length > 0 && headFigures.every((f) => !f.people && HEADING_UNIT.test(f.unit)) && events.slice(1).filter((l) => individuated(text.slice(l.start, l.end))).length >= 2) events.shift();
  // "上周两场：": the count heading the lines is their lead.
  const stated = statedEvents(text, figures);
  if (stated && events[0] === all[0] && stated.index < all[0]!.end) events.shift();
  const sum = sumLine(events, figures, text);
  if (sum) events.splice(events.indexOf(sum), 1);
  const tally = tallyLine(events, figures, text);
  if (tally) events.splice(events.indexOf(tally), 1);
  // "9.20 跑了两个乡镇\n  白沙乡 集市 约200人\n  龙泉镇 敬老院 35名": a line counting no one, only as many places or occasions as
  // the lines right below it that have no day of their own and each count people, is their heading, no event.
  for (let k = events.length - 3; k >= 0; k--) {
    const own = figures.filter((f) => f.index >= events[k]!.start && f.index < events[k]!.end);
    const n = own[0]?.value ?? 0;
    if (own.length !== 1 || own[0]!.people || !HEADING_UNIT.test(own[0]!.unit) || own[0]!.max !== undefined || n < 2 || n > 12) continue;
    const below = events.slice(k + 1, k + 1 + n);
    const undated = (l: Line): boolean => !individuated(text.slice(l.start, l.end));
    const next = events[k + 1 + n];
    if (below.length === n && below.every((l) => undated(l) && figures.some((f) => f.people && f.index >= l.start && f.index < l.end)) && (next === undefined || !undated(next))) events.splice(k, 1);
  }
  // "科技活动周我们镇三场都搞完了哈\n十七号 …\n十八号 …\n十九号 …": a first line counting no one, only as many occasions
  // as the lines below it, is their heading.
  const headCounts = events[0] === all[0] ? figures.filter((f) => f.index >= all[0]!.start && f.index < all[0]!.end) : [];
  // "两个活动拖到今天才报" over the two: 个 counting 活动 is such a count too.
  const countsEvents = (f: Figure): boolean => /^(?:场|次|项|场次|回)$/u.test(f.unit) || (f.unit === '个' && /^\s*(?:活动|事)/u.test(text.slice(f.index + f.written.length)));
  if (events.length >= 3 && headCounts.length === 1 && countsEvents(headCounts[0]!) && headCounts[0]!.value === events.length - 1) events.shift();
  // "· 12/8 完成成果统计，汇总46项\n· 12/9 培训班…75人次": a log whose other dated lines are the office's own desk work
  // counting things is one event line all the same; those lines' figures are not its own.
  const deskWork = all.filter((l) => counts(l) && preparedOnly(l, text, figures) && individuated(text.slice(l.start, l.end)));
  if (events.length < 2 && !(events.length === 1 && deskWork.length > 0 && individuated(text.slice(events[0]!.start, events[0]!.end)))) return undefined;
  // "今天两场\n上午 …老人38位…\n下午 …员工120人…": under a heading counting as many events, lines each opening on a
  // time of day of its own and counting people of their own are those events.
  const times = events.map((l) => TIME_OF_DAY_START.exec(text.slice(l.start, l.end))?.[1]);
  const sessions = stated !== undefined && stated.value === events.length && times.every((t) => t !== undefined) && new Set(times).size === times.length && events.every((l) => figures.some((f) => f.people && f.index >= l.start && f.index < l.end));
  if (!sessions && !(events.length === 1 && deskWork.length > 0) && oneEventSheet(all, events, text, figures)) return undefined;
  // "5.16 科技活动周启动日 科技馆免费开放\n当日入馆 3,208 人次\n志愿者 22 人": a dated heading over lines that are
  // only a label and a figure is one event, its lines its figures.
  const head = text.slice(all[0]!.start, all[0]!.end);
  if (!events.includes(all[0]!) && DATED.test(head) && events.every((l) => FIGURE_ONLY.test(text.slice(l.start, l.end)))) return undefined;
  // "11月26日 知识竞赛 参赛接龙\n1. 机电2301班 6人\n2. 汽修2302班 5人…\n合计27人": lines under a dated heading, each only a
  // group that is no place and its people, added up by a total, are one event's contingents, not events of their own.
  const contingents = !events.includes(all[0]!) && DATED.test(head) && events.length >= 2 && events.every((l) => CONTINGENT.test(text.slice(l.start, l.end)) && !OWN_NAME.test(text.slice(l.start, l.end)));
  const inEvents = (f: Figure): boolean => events.some((l) => f.index >= l.start && f.index < l.end);
  const groups = figures.filter((f) => f.people && inEvents(f)).reduce((s, f) => s + f.value, 0);
  if (contingents && figures.some((f) => f.people && !inEvents(f) && f.value === groups && /(?:合计|共计|总计|一共|总共|共)\s*$/u.test(text.slice(Math.max(0, f.index - 6), f.index)))) return undefined;
  // "Innovation Day 8/13 wrap-up：\n• 12 支 team 参赛…\n• 评委 5 人": bullet points under a dated heading, none with a day
  // of its own, are one event's summary.
  if (!events.includes(all[0]!) && DATED.test(head) && events.every((l) => BULLET.test(text.slice(l.start, l.end)) && !DATED.test(text.slice(l.start, l.end)))) return undefined;
  // The lead is the heading, not the list's own lines that count nothing ("周一 闭馆维护，无接待" above "周二 …").
  // A dated first line over lines with no day of their own ("5.12 减灾日 ✅\n上午…\n下午…") is their heading, not an item.
  const itemsDated = events.some((l) => individuated(text.slice(l.start, l.end)));
  const firstItem = all.find((l) => l.start < events[0]!.start && itemsDated && ITEM_START.test(text.slice(l.start, l.end)));
  const leadEnd = firstItem?.start ?? events[0]!.start;
  // "此致\n敬礼！\n…卫生院 王明\n2026年4月8日": a letter's closing and signature are no lines left out.
  const closing = all.find((l) => l.start > events[events.length - 1]!.start && LETTER_CLOSE.test(text.slice(l.start, l.end)))?.start ?? text.length;
  const skipped = all.filter((l) => l.start >= leadEnd && l.start < closing && !events.includes(l)).map((l) => text.slice(l.start, l.end).trim());
  return { lines: events.flatMap((l) => clausesOf(l, text, figures)), leadEnd, skipped };
}

/** "周六：…开放日，人没统计，挺热闹": a dated line that says its people were not counted is an event all the same (its
 * headcount unknown); not "数据还没统计完" (still being counted). */
const NOT_COUNTED = /(?<!还)(?:人|人数|人头)\s*(?:没|未|没有)(?:统计|数|点)(?!完)|(?<!还)(?:没|未|没有)(?:统计|数)(?:人数|人头)/u;

/** "每个班都", "每场", "各班": words that say a line applies to each of the lines above it. */
const EACH_OF_THEM = /每(?:个|一个)?(?:班|场|组|校|所|村|次|期|点)|各(?:班|场|组|校|村|点)/u;

/** A line with a day of its own, or opening as an item of a list ("周二 …", "3. …", "一是…", "（二）…"). */
/** A line opening on its time of day: "上午 阳光老年公寓…", "下午：…". */
const TIME_OF_DAY_START = /^\s*(上午|下午|晚上|中午|早上)(?![\p{Script=Han}]{0,2}(?:共|合计|累计|一共))/u;

function individuated(line: string): boolean {
  return ITEM_START.test(line.replace(BULLET, '')) || DATED.test(line) || /^\s*(?:[一二三四五六七八九十]{1,2}\s*[是、.]|[（(][一二三四五六七八九十\d]{1,2}[)）])/u.test(line);
}

/** "累计服务…", "合计…", "现有会员…": the words before a count that total a period or say what stands. */
const TOTAL_OR_STANDING = /(?:累计|合计|共计|总计|一共|总共|现有|目前有|现共有|共有|拥有)[^，,。；;\d]{0,12}$/u;
/** "共58户", "总共34户": a line opening on 共 alone before its count (not 共青团, 共建, 共享). */
const OPENS_ON_TOTAL = /^\s*(?:共(?![青建享同产])|总共)[^，,。；;\d]{0,6}$/u;
function totalOrStanding(l: Line, text: string, figures: readonly Figure[]): boolean {
  // A line that counts no one is judged by what it counts ("共58户" under lines of households).
  const own = figures.filter((f) => f.index >= l.start && f.index < l.end);
  const people = own.some((f) => f.people) ? own.filter((f) => f.people) : own;
  return people.length > 0 && people.every((f) => TOTAL_OR_STANDING.test(text.slice(Math.max(l.start, f.index - 16), f.index)) || OPENS_ON_TOTAL.test(text.slice(l.start, f.index)));
}

/** "时间：…", "Experts：3位", "观众 | 约800人": a line that is a short label and its value. */
/** (A tab between them too: "营员\t48名", a two-column sheet pasted from a spreadsheet.) */
const LABELLED = /^\s*(?:[•·\-*]\s*)?[\p{L} ]{1,14}?(?: *[:：|｜]|\t)/u;
/** A place or unit named in a line: "城关镇", "柳河乡", "东关社区", "县一中". */
// A school by its number ("县一中", "城关二中") and a broadcaster ("县电视台") are places too (a plenum, 三中全会, is not).
export const OWN_NAME = /\p{Script=Han}(?:(?:村|镇|乡|社区|街道|小区|学校|小学|中学|中心校|所|站|馆)(?![民委长干里头])|[一二三四五六七八九十]中(?![队午旬间心期层年级全])|电视台|电台)/u;
/** "今天", "今儿": the day the message is sent, which every undated line shares. */
const TODAY_ONLY = /今天|今儿|今日/gu;
/** A day written in English: "Mar 2", "May 16", "Mon", "8/13". */
const LATIN_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d{1,2}\b|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|\b\d{1,2}\/\d{1,2}\b/iu;
/** "14所学校", "三个村": places counted, not named. */
const COUNTED_PLACES = /[\d〇一二两三四五六七八九十百千]+\s*(?:多|余|来)?\s*(?:所|个|家|座|处)/gu;
/** The labels that say when or where: a form of one event has them, a list of events has them per line. */
const WHEN_WHERE = /^\s*(?:[•·\-*]\s*)?(?:时间|日期|地点|场地|date|time|venue|place|location)(?: *[:：|｜]|\t)/iu;

/**
 * Whether the lines are the fields of one event (a form, bullet points, a label | value table): no two of them
 * have a day of their own or open as items, and they do not each count people under a name of their own: at
 * most one counts people, or they are labelled fields with things counted or the event's when and where.
 */
function oneEventSheet(all: readonly Line[], events: readonly Line[], text: string, figures: readonly Figure[]): boolean {
  const words = (l: Line): string => text.slice(l.start, l.end);
  if (events.filter((l) => individuated(words(l))).length > 1) return false;
  // "城关镇：应急科普讲座1场，120人\n青石镇：发放宣传资料2000份": lines each at a place of their own.
  if (events.filter((l) => OWN_NAME.test(words(l))).length > 1) return false;
  const counts = (l: Line, people: boolean): boolean => figures.some((f) => f.people === people && f.index >= l.start && f.index < l.end);
  const peopleLines = events.filter((l) => counts(l, true)).length;
  if (peopleLines <= 1) return true;
  // "夏令营的孩子\n60个\n加上家长二十多\n做了三个实验": a message typed a clause a line, where no counting line
  // has a day, an item mark or a place of its own, is one event told in pieces ("今天" alone marks no other day).
  // ("跑了14所学校" counts places, it names none.)
  // (Not the rows of a table, lines of a month, nor lines dated in English: "| 1月 | 2,140 |", "Mon Mar 2: …".)
  const ownOf = (l: Line): boolean => individuated(words(l).replace(TODAY_ONLY, '')) || OWN_NAME.test(words(l).replace(COUNTED_PLACES, '')) || /[|｜\t]/u.test(words(l)) || LATIN_DAY.test(words(l)) || /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月/u.test(words(l));
  if (!events.some(ownOf)) return true;
  const labelled = all.filter((l) => LABELLED.test(words(l))).length;
  const thingsOnly = events.some((l) => counts(l, false) && !counts(l, true));
  return labelled * 2 >= all.length && (thingsOnly || all.some((l) => WHEN_WHERE.test(words(l))));
}

/**
 * The line, among three or more, whose only count of people is the sum of the other lines' (each line's first
 * or its largest): "6月2日 讲座 35人\n6月4日 …12人\n6月5日 …180人\n本周227人次".
 */
function sumLine(lines: readonly Line[], figures: readonly Figure[], text: string): Line | undefined {
  if (lines.length < 3) return undefined;
  const people = lines.map((l) => figures.filter((f) => f.people && f.index >= l.start && f.index < l.end).map((f) => f.value));
  // Only the first or last line, and not one opening as an item of its own ("6月8日 …30人" after 10 and 20).
  return lines.find((l, k) => {
    const own = people[k]!;
    if (own.length !== 1 || (k !== 0 && k !== lines.length - 1) || ITEM_START.test(text.slice(l.start, l.end))) return false;
    const rest = people.filter((_p, j) => j !== k);
    if (rest.some((p) => p.length === 0)) return false;
    const firsts = rest.reduce((s, p) => s + p[0]!, 0);
    const largest = rest.reduce((s, p) => s + Math.max(...p), 0);
    return own[0] === firsts || own[0] === largest;
  });
}

/**
 * "…\n一礼拜下来三场，百来号人": a closing line with no day of its own, under lines that each open with theirs, that
 * counts as many 场 (次, 回) as there are lines above is their summary, not one more event.
 */
function tallyLine(lines: readonly Line[], figures: readonly Figure[], text: string): Line | undefined {
  if (lines.length < 3) return undefined;
  const last = lines[lines.length - 1]!;
  const line = text.slice(last.start, last.end);
  if (ITEM_START.test(line) || DATED.test(line) || !lines.slice(0, -1).every((l) => ITEM_START.test(text.slice(l.start, l.end)))) return undefined;
  const times = figures.filter((f) => f.index >= last.start && f.index < last.end && TIMES_UNIT.test(f.unit));
  return times.length === 1 && times[0]!.value === lines.length - 1 ? last : undefined;
}
const TIMES_UNIT = /^(?:场|次|回|趟|期)$/u;

/**
 * "周四 接待观众538人次；晚上直播1场，在线观看2100人次": a line that holds two events, each after a semicolon and
 * each counting its own people, is two records of that line's day.
 */
function clausesOf(line: Line, text: string, figures: readonly Figure[]): Line[] {
  const parts: Line[] = [];
  let start = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i < line.end && text[i] !== '；' && text[i] !== ';') continue;
    parts.push({ start, end: i });
    start = i + 1;
  }
  // "…80人；同时直播，在线观看300人次": a clause held at the same time is the same event.
  for (let k = parts.length - 1; k >= 1; k--) {
    if (!SAME_TIME.test(text.slice(parts[k]!.start, parts[k]!.end))) continue;
    parts[k - 1]!.end = parts[k]!.end;
    parts.splice(k, 1);
  }
  const people = (p: Line): boolean => figures.some((f) => f.people && f.index >= p.start && f.index < p.end);
  return parts.length >= 2 && parts.every(people) ? parts : [line];
}

/** "周一 整理春耕技术资料，到打印店印了200份": material made ready and nothing handed out nor held, with no people. */
// 统计, 汇总, 撰写: a log line of the office's own desk work ("完成年度成果统计，汇总成果46项") counts things, serves no one.
// Not "回访 没统计人数 走了8户": counting who came is part of an event, and not doing it is no desk work.
const PREPARED = /整理|打印|复印|印了|印制|印刷|制作|装订|(?<![没未不无])(?:统计|汇总)(?!人数|人次)|撰写|起草|录入|归档/u;
const HANDED_OR_HELD = /发放?|送|讲|培训|办|搞|开展|举办|宣传|指导|咨询|接待|展|走访|入户|上门|义诊|检测|服务|慰问/u;
function preparedOnly(l: Line, text: string, figures: readonly Figure[]): boolean {
  return preparedLine(text.slice(l.start, l.end)) && !figures.some((f) => f.people && f.index >= l.start && f.index < l.end);
}
/** Whether a line only made material ready (整理, 印了), nothing handed out nor held. */
export function preparedLine(line: string): boolean {
  return PREPARED.test(line) && !HANDED_OR_HELD.test(line.replace(/打印店|印刷厂/gu, ''));
}
