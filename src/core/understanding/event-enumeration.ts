// How many events a message enumerates, read from its words alone: "一是…二是…", "一个是…另一个…",
// "第一场…第二场…", "其一…其二…", "①…②…", numbered lines, or parts set apart by "；" that each count
// people. Each part between two markers that holds a figure of its own is one event. The reader compares this
// with the records it made, and asks rather than store when they disagree (several events merged into one
// record, or a part dropped).
import type { Figure } from './message-figures.js';
import { CONTINGENT, OWN_NAME, OWN_OUTING, preparedLine, SAME_TIME, SIMULCAST, SUM_LINE } from './report-parts.js';
import { roleOf } from './headcount.js';
import { PEOPLE_NOUNS } from './figure-words.js';

/** Where an enumerated part may open: the start, a line, a clause mark, or a space. */
const OPEN = String.raw`(?:^|(?<=[\n，,。；;：:、\s]))`;
/**
 * One marker of an enumeration. 第X needs a word that makes it an item (个/场/项/次/件/是/，/：), so 第二天, 第三届
 * and 第一名 are not read as one.
 */
const MARKER = new RegExp(
  `(?:` +
    [
      // Run-on speech has no marks: "…两百四十个二是二十号…" (not 统一是, 十二是).
      '(?<![统唯之第十百千万零两几\\d])[一二三四五六七八九十]个?是(?=[\\p{Script=Han}\\d])',
      '第[一二三四五六七八九十]个?是',
      `${OPEN}第[一二三四五六七八九十](?:个|场|项|次|件|站)(?![\\p{Script=Han}]{0,2}(?:人|名))`,
      `${OPEN}第[一二三四五六七八九十](?=[，,：:])`,
      `${OPEN}其[一二三四五](?=[，,：:是])`,
      '(?:另|另外)一个(?:是)?',
      `${OPEN}还有一个(?:是)?`,
      '[①②③④⑤⑥⑦⑧⑨]',
      // Not "三(1)班": a bracketed number opens a part only after a mark.
      `${OPEN}[（(][1-9一二三四五六七八九][)）]`,
      '(?<=^|\\n)\\s*\\d{1,2}\\s*[.、．)）]',
      // "报一下这周的：1.周二… 2.周四… 3.今天…": item numbers inside one line.
      '(?<=[\\s，,。;；:：])\\d{1,2}[.．、](?=\\s*\\p{Script=Han})',
    ].join('|') +
    ')',
  'gu',
);

/** A time of day that opens a part ("上午…", "然后下午…", "晚上又…"), not one inside a time ("下午3点前"). */
const DAYTIME = /(?:^|(?<=[\n，,。；;：:、\s了完后天日号]|然后|接着|又|再))(上午|中午|下午|傍晚|晚上)/gu;
/** A thing held or done in the part: a time of day alone ("下午3点结束") is no event. */
const HELD = /开|办|搞|举行|举办|组织|讲|培训|接待|参观|宣传|走访|慰问|座谈|活动|会/u;
/** A row of a pasted table or diary: it opens with its own day ("5月18日 …", "周三 …", "6/11 …"). */
const ROW = /^[ \t]*(?:(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}\s*[月./]\s*\d{1,2}\s*[日号]?)(?=[\s\u3000，,：:]|\p{Script=Han})/u;
/**
 * A row of a day nothing was held ("周四 期末，停一次", "周日 休息", "闭馆"), of a thing still to come, or of one
 * reported before ("前面已经报过了").
 */
const NO_EVENT = /停|休息|闭馆|放假|取消|未开展|暂未|没(?:有|搞|办|开展|活动)|无(?:活动|接待|安排)|明天|后天|下周|计划|准备|待定|报过|上报过|报送过/u;

/** Another event told after the first: "另外上回…那场", "还有上周那次", "另外前几天…". */
const OTHER_EVENT = /(?:另外|还有|另)[，,\s]*(?:上回|上次|之前|前几天|前些天|前阵子|前两天|上周|上礼拜|上星期|上个月|上月)(?:[^，,。；;\n]{0,12}(?:那场|那次|那个|那期|活动|讲座|培训))?/u;

/** A count asked for and left empty or unknown ("人数：", "人数未填", "人数未统计"). */
const COUNT_LABEL = /(?:人数|人次)\s*(?:[:：]\s*$|未填|未统计|待统计|待补)/u;

/**
 * How many rows of a pasted table or diary tell of an event (2 or more, else 0): each opens with its own day and
 * counts something, or leaves its count blank.
 */
function tableRows(text: string, figures: readonly Figure[]): number {
  if (!text.includes('\n')) return 0;
  let [rows, at] = [0, 0];
  for (const line of text.split('\n')) {
    const [from, to] = [at, at + line.length];
    at = to + 1;
    const counted = figures.some((f) => f.index >= from && f.index < to) || COUNT_LABEL.test(line);
    const own = figures.some((f) => f.people && f.index >= from && f.index < to);
    if (ROW.test(line) && counted && !NO_EVENT.test(line) && !OWN_OUTING.test(line) && !(preparedLine(line) && !own)) rows++;
  }
  return rows >= 2 ? rows : 0;
}

/**
 * The events a message enumerates: the parts opened by a marker (or set apart by "；" with people of their own)
 * that hold a figure each and their own day or people. 0 when fewer than two such parts are found: no enumeration of events is read.
 */
export function enumeratedEvents(text: string, figures: readonly Figure[], dates: ReadonlyArray<{ index: number }>): number {
  const capped = text.slice(0, 4000);
  const starts = [...capped.matchAll(MARKER)].map((m) => m.index ?? 0);
  // "4、\n合计：3所学校，2640人": the figures of a total line under the list belong to no part.
  const onSumLine = (f: Figure): boolean => SUM_LINE.test(capped.slice(capped.lastIndexOf('\n', f.index - 1) + 1, f.index));
  const withFigure = (from: number, to: number, people = false): boolean => figures.some((f) => f.index >= from && f.index < to && (!people || f.people) && !onSumLine(f));
  let marked = 0;
  if (starts.length >= 2) {
    // "一是发放资料300份，二是现场咨询群众80人" are parts of one event: a part is an event when it has its own day,
    // or its own people and some figure.
    for (let k = 0; k < starts.length; k++) {
      const [from, to] = [starts[k]!, starts[k + 1] ?? capped.length];
      // "1. 机电2301班 6人": a group signed up for one event with no day of its own is no event either.
      const part = capped.slice(from, to).trim();
      const contingent = CONTINGENT.test(part) && !OWN_NAME.test(part) && !dates.some((d) => d.index >= from && d.index < to);
      if (withFigure(from, to) && (withFigure(from, to, true) || dates.some((d) => d.index >= from && d.index < to)) && !OWN_OUTING.test(part) && !contingent) marked++;
    }
  }
  // "上午讲座…80人；下午培训…50人；…": parts set apart by "；", each counting its own people.
  const bounds = [0, ...[...capped.matchAll(/[；;]/gu)].map((m) => (m.index ?? 0) + 1), capped.length + 1];
  let clauses = 0;
  // Not "…；同时通过直播，线上观看3200人次", "…；抖音直播间同步宣讲，累计观看1.2万人次" nor "…; 18 of our pilots flew…":
  // the same event, streamed at the same time or run by the sender's own people.
  const ownPeople = (from: number, to: number): boolean => figures.some((f) => f.index >= from && f.index < to && f.people && !onSumLine(f) && roleOf(f) !== 'staff' && roleOf(f) !== 'online');
  if (bounds.length > 2) for (let k = 0; k + 1 < bounds.length; k++) if (ownPeople(bounds[k]!, bounds[k + 1]! - 1) && !SAME_TIME.test(capped.slice(bounds[k]!, bounds[k + 1]! - 1)) && !(k > 0 && SIMULCAST.test(capped.slice(bounds[k]!, bounds[k]! + 16)))) clauses++;
  // "上午全委会…36人，然后下午接着开了个推进会…三家企业科协都来人了": a switch of the time of day opens another event.
  const shifts = [...capped.matchAll(DAYTIME)].map((m) => ({ index: m.index ?? 0, word: m[1]! }));
  let timed = 0;
  if (new Set(shifts.map((s) => s.word)).size >= 2) {
    for (let k = 0; k < shifts.length; k++) {
      const [from, to] = [shifts[k]!.index, shifts[k + 1]?.index ?? capped.length];
      if (withFigure(from, to) && HELD.test(capped.slice(from, to))) timed++;
    }
  }
  // "今天…培训35人～ 另外上回西山村那场忘了报，40人左右": another, earlier event told after the first, with
  // people of its own on each side.
  const other = OTHER_EVENT.exec(capped);
  const earlier = other !== null && withFigure(0, other.index, true) && withFigure(other.index, capped.length, true) ? 2 : 0;
  const found = Math.max(marked, clauses, timed, earlier, tableRows(capped, figures));
  return found >= 2 ? found : 0;
}

/** The question asked when the records read and the events enumerated disagree. */
export function enumerationQuestion(events: number, records: number): string {
  return `这条消息好像讲了 ${events} 次活动，我读出了 ${records} 条记录。请一次活动发一条（每条写日期和人数）；按现在这样记就回复“记录”。`;
}

/** A day named on its own: "昨天", "前儿", "12号", "5月3日", "周二". */
const NAMED_DAY = String.raw`(?:大?前天|昨天|今天|前儿|昨儿|今儿|(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]|(?:周|星期|礼拜)[一二三四五六日天])`;
/** "前天跟昨天", "10号、11号和12号": days named apart, joined as a list (not "5月12日至13日", one span). */
const JOINED_DAYS = new RegExp(`${NAMED_DAY}(?:\\s*(?:和|跟|与|及|、|还有)\\s*${NAMED_DAY})+`, 'u');
/**
 * "前天跟昨天在卫生室搞了两场讲座一共来了一百一十个人": as many events as the days named apart before them, each
 * on its own day, with one count of people between them. How many came to each is not said: the number of
 * events (else 0), for the reader to ask rather than store them as one record.
 */
export function joinedDaysEvents(text: string, figures: readonly Figure[]): number {
  const days = JOINED_DAYS.exec(text);
  if (!days) return 0;
  const named = days[0].match(new RegExp(NAMED_DAY, 'gu'))?.length ?? 0;
  const after = days.index + days[0].length;
  const held = figures.find((f) => f.index >= after && /^(?:场|场次|次|期|回)$/u.test(f.unit) && f.max === undefined);
  if (!held || held.value !== named) return 0;
  const people = figures.filter((f) => f.people && f.index > held.index && roleOf(f) !== 'staff' && roleOf(f) !== 'online');
  return people.length === 1 ? named : 0;
}

/**
 * A place spoken of as its own session: "青石镇那场", "城西那边", "在城东那边". Its name is the run of Han characters
 * right before 那场/那边 (after a mark, a space or 在/去/到/说), two to six of them.
 */
const PLACE_SESSION = /(?:^|(?<=[\s，,。；;！!～~、：:😀-🙏]|在|去|到|说))((?:(?![在去到说])[\p{Script=Han}]){2,6}?)(?:那场|那一场|那边|那头|那儿)/gu;
/** Not a place: a pronoun, a count ("两边"), or a time ("上午那场"). */
const NOT_A_PLACE = /^(?:我们|他们|你们|咱们|她们|人家|大家|这|那|两|俩|各|每|上午|下午|晚上|中午|早上|昨天|今天|前天|第)/u;
/** Nor people ("家长那边来了30个", "校长那边很满意"): a group of the one event, or someone who spoke of it. */
const PEOPLE_NAMED = new RegExp(`(?:${PEOPLE_NOUNS.source}|[校院所站馆镇乡村局科处部]长|主任|书记|领导)$`, 'u');

/**
 * "上午青石镇 下午白河乡～青石镇那场来了80人 白河乡那场忘了数了", "城东来了七十个，城西那边我还没问": two or more places
 * each spoken of as a session of its own, the people of at least one counted right after it, are as many events (else 0).
 * One count for one place only is not a record of both: the reader asks for the other.
 */
export function placesApart(text: string, figures: readonly Figure[]): number {
  const capped = text.slice(0, 4000);
  const places = new Map<string, number>();
  for (const m of capped.matchAll(PLACE_SESSION)) {
    const name = m[1]!;
    if (NOT_A_PLACE.test(name) || PEOPLE_NAMED.test(name) || places.has(name)) continue;
    places.set(name, (m.index ?? 0) + m[0].length);
  }
  if (places.size < 2) return 0;
  // The people of a place: counted in a clause that names it, after its name ("他说城东来了七十个").
  const counted = [...places.keys()].some((name) => {
    for (let at = capped.indexOf(name); at >= 0; at = capped.indexOf(name, at + 1)) {
      const from = at + name.length;
      const end = capped.slice(from).search(/[，,。；;！!\n～~]/u);
      const to = end < 0 ? capped.length : from + end;
      if (figures.some((f) => f.people && f.index >= from && f.index < to && roleOf(f) !== 'staff' && roleOf(f) !== 'online')) return true;
    }
    return false;
  });
  return counted ? places.size : 0;
}
