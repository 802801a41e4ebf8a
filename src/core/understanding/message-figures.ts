// Finds the counted figures in a report: 参加群众800人次, 来了三十来人, 两千余份, 五六十人, "300+ attendees".
// Numbers come from one linear scan; each is then read with a few characters around it, never the whole text.
import { FESTIVAL_NAMES } from '../dates/festival-days.js';
import { scanNumbers, type NumberToken } from '../text/scan-numbers.js';
import { notAnActivityFigure } from './figure-background.js';
import { comparedNumber, runningTotal, withoutParenParts } from './compared-context.js';
import { EARLIER, PEOPLE_NOUNS, PEOPLE_UNITS, THING_TAIL } from './figure-words.js';
import { clauseBefore, notACount, notAFigureOf } from './figure-skips.js';
import { peopleListUnit, unknownUnitAt } from './figure-unitless.js';
import { readAmount, writtenUnit } from './figure-amount.js';
import { impliedUnit } from './figure-implied.js';
import { countedPeople, peopleUnit } from './figure-people.js';
import { peopleWords } from './people-nouns.js';

/** A number with its unit: a headcount candidate or another figure. */
export interface Figure {
  index: number;
  length: number;
  value: number;
  /** The upper bound of a range, when one was written. */
  max?: number;
  unit: string;
  people: boolean;
  approximate: boolean;
  /** The words just before the number in its clause ("参加群众"). */
  context: string;
  /** The noun right after the unit, if any ("8个展位" → "展位"). */
  noun: string;
  /** The rest of its clause after the unit ("会员到河湾村帮着搞夏剪"), up to 16 characters. */
  after: string;
  /** For people named before their count (after is then empty): the rest of its clause after the unit. */
  rest?: string;
  /** Up to 30 characters before the number, across clause marks ("同时开通网络直播，家长观看"). */
  lead?: string;
  written: string;
  /** A count of 个 that names nothing it counts ("大概二十个吧"): asked about, never stored as 个. */
  unnamed?: boolean;
  /** No unit written: the people unit was read from the words around (people, their coming), the list's other lines or the count compared with. */
  unitFrom?: 'list' | 'earlier' | 'words';
  /** Made by adding up the days of one event ("第一天70人，第二天64人"): each day's count. */
  summedDays?: number[];
}

/** The words before a figure since the count before it ("…800余人在礼堂现场聆听，同时开通网络直播，家长观看"). */
export function wordsSinceLastCount(f: Figure): string {
  return (f.lead ?? f.context).replace(/^.*[\d〇一二两三四五六七八九十百千万]\s*(?:[多余来几]\s*)?(?:人次|[个人名位组户份场次])/u, '');
}

/** A giving verb, then the thing given, right before a count ("发了扇子", "赠送雨伞"). */
const HANDED_THING = /(?:发|送|赠|发放|分发|派发|赠送|捐赠|捐)(?:了|出|出去)?(\p{Script=Han}{1,4})$/u;

/** A count left without a unit or a word that says what it counts ("估计八百多"). */
export interface UnreadNumber {
  index: number;
  value: number;
  written: string;
  /** A unit the reader does not know ("22枚" → 枚): what it counts is always asked, never dropped. */
  unit?: string;
  /** The words of its clause before it ("发射成功了"). */
  context?: string;
}

/** A number that cannot be stored as written (negative, too large, scientific notation). */
export interface BadFigure {
  written: string;
  problem: 'negative' | 'too_large';
}


/**
 * "高一两个班", "初二三百多名学生": a school grade's number run together with the count after it is read as one run
 * ("一两", a range); the count is the run without the grade's digit. Not "提高一两个百分点", "年初一两个月".
 */
function countAfterGrade(t: NumberToken, text: string): NumberToken | undefined {
  if (t.arabic || t.written.length < 2 || !/^[一二三四]/u.test(t.written) || !/(?:^|[^提最升较增拔抬年月])[高初]$/u.test(text.slice(Math.max(0, t.start - 2), t.start))) return undefined;
  const rest = scanNumbers(t.written.slice(1))[0];
  if (!rest || rest.start !== 0 || rest.end !== t.written.length - 1) return undefined;
  return { ...rest, start: t.start + 1, end: t.end };
}

/** Staff named in a label, as one alternation. */
const STAFF_WORD = `(?:${peopleWords('label', 'staff')})`;
/** "律师及县科协推荐的专家各", "医生和护士各": two kinds of staff joined, then 各 right before the count. */
const STAFF_PAIR_EACH = new RegExp(`(${STAFF_WORD})[^，,。;；!！?？\\d]{0,14}?(?:以及|及|和|与|、)[^，,。;；!！?？\\d]{0,14}?(${STAFF_WORD})(?:们)?\\s*各\\s*$`, 'u');

/** The two kinds of staff a count of one each ("各一名") counts, and where its unit ends; undefined when it is none. */
function staffPairEach(text: string, t: NumberToken): { words: [string, string]; end: number } | undefined {
  const unit = /^\s*(?:名|位|个人|人)/u.exec(text.slice(t.end, t.end + 4));
  if (!unit) return undefined;
  const m = STAFF_PAIR_EACH.exec(text.slice(Math.max(0, t.start - 40), t.start));
  return m ? { words: [m[1]!, m[2]!], end: t.end + unit[0].length } : undefined;
}

/** Figures in a normalised, lower-cased text (dates already blanked out), and numbers it refuses. */
export function findFigures(text: string, original = text): { figures: Figure[]; bad: BadFigure[]; loose: number[]; unread: UnreadNumber[]; unnamed: UnreadNumber[] } {
  const tokens = scanNumbers(text).map((t) => countAfterGrade(t, text) ?? t);
  const byStart = new Map<number, NumberToken>(tokens.map((t) => [t.start, t]));
  const figures: Figure[] = [];
  const bad: BadFigure[] = [];
  /** Where numbers written alone, with no unit, start. */
  const loose: number[] = [];
  /** Where counts start that no unit or people word explains ("估计八百多"): what they count is not known. */
  const unread: UnreadNumber[] = [];
  /** Counts of 个 with nothing named that they count ("大概二十个吧"): asked about, never stored as 个. */
  const unnamed: UnreadNumber[] = [];
  /** The unit and end of the last count of people given to compare ("去年那场来了三百人"). */
  let earlier: { unit: string; end: number } | undefined;
  const consumed = new Set<number>();
  /** The unit of the people counts that end the lines of a pasted list ('' when fewer than two lines do). */
  let listUnit: string | undefined;
  /** Numbers after "各" whose parts are known ("上下午各一场" → 2). */
  const eachTimes = new Map<number, number>();
  for (const token of tokens) {
    if (consumed.has(token.start)) continue;
    const before = text.slice(Math.max(0, token.start - 16), token.start);
    // "主讲为本所律师及县科协推荐的专家各一名": one each of two kinds of staff named, two figures of one.
    const pair = token.value === 1 ? staffPairEach(text, token) : undefined;
    if (pair) {
      for (const word of pair.words) figures.push({ index: token.start, length: pair.end - token.start, value: 1, unit: '人', people: true, approximate: false, context: word, noun: '', after: '', written: text.slice(token.start, pair.end), lead: text.slice(Math.max(0, token.start - 30), token.start) });
      continue;
    }
    if (notACount(token, text, before, eachTimes, unread)) continue;
    // "…授牌。至此，全年新建基地2家": the year's running total, after the event, is not the event's figure.
    if (runningTotal(original, token.start)) continue;
    // "去年那场来了三百人", "去年同期六十几个", "（上周3660）", "看群里桃源报了300多": given to compare, not this event's.
    const compared = comparedNumber(original, token.start);
    const amount = readAmount(token, text, before, byStart, consumed);
    if (!amount) continue;
    const { pos, max, small, approxWord } = amount;
    let approximate = amount.approximate;
    const written = writtenUnit(token, text, before, amount);
    let unit = written.unit;
    let end = written.end;
    let people = unit !== undefined && PEOPLE_UNITS.includes(unit);
    let bare = false;
    let unitFrom: Figure['unitFrom'];
    const clause = clauseBefore(before);
    // "发射成功了22盆": a unit the reader does not know; what it counts is asked (figure-gate), never dropped.
    const unknown = unit || compared || token.written === '一' || token.written === '十' ? undefined : unknownUnitAt(text, pos);
    // "发了扇子两百把", "送雨伞30把": the thing handed out named right before the count says what the unit counts.
    const handedThing = unknown ? HANDED_THING.exec(clause)?.[1] : undefined;
    if (unknown && handedThing !== undefined && !/[了的过着]/u.test(handedThing) && !PEOPLE_NOUNS.test(handedThing) && !notAnActivityFigure(text, token.start, pos, pos + unknown.length, unknown, clause)) {
      unit = unknown;
      end = pos + unknown.length;
    } else if (unknown) {
      // "昨天七夕", "三八节那天": a festival's name that opens with a number is a day, not a count of it.
      if (FESTIVAL_NAMES.some(([n]) => n.length > token.written.length && text.startsWith(n, token.start) && /[^〇一二三四五六七八九十百月]/u.test(n.slice(token.written.length)))) continue;
      const unknownEnd = pos + unknown.length;
      if (notAFigureOf(token, unknown, text, before, clause, unknownEnd) || notAnActivityFigure(text, token.start, pos, unknownEnd, unknown, clause)) continue;
      unread.push({ index: token.start, value: token.value, written: text.slice(token.start, pos + unknown.length).trim(), unit: unknown, context: clause });
      continue;
    }
    // "开馆天数：27天": a count of days asked for by its field, a figure of its own (days are otherwise spans).
    if (!unit && text[pos] === '天' && /(?:天数\s*[:：]?|(?:开馆|开放)\s*[:：])\s*$/u.test(before)) {
      unit = '天';
      end = pos + 1;
    }
    if (!unit) {
      const implied = impliedUnit({ token, text, original, before, clause, pos, small, approxWord, compared, earlier, listUnit: () => (listUnit ??= peopleListUnit(text)), loose, unread });
      if (!implied) continue;
      ({ unit, people, bare, end } = implied);
      unitFrom = implied.from;
    }
    if (notAFigureOf(token, unit, text, before, clause, end)) continue;
    const counted = countedPeople({ token, text, original, before, clause, unit, end, people, compared, earlier });
    if (!counted) continue;
    const { named, spoken, nounAfter, ownClause } = counted;
    people = counted.people;
    // 20万元: the figure is kept in 万元, as written.
    let value = token.value * (eachTimes.get(token.start) ?? 1);
    if (unit === '元' && /万$/u.test(token.written)) {
      value = Math.round((token.value / 1e4) * 1e6) / 1e6;
      unit = '万元';
    }
    // "放流鱼苗85万尾": digits and 万 are filed in 万尾, as written; "二十万尾" said in words is a number of 尾 (200000).
    if (unit === '尾' && token.arabic && /万$/u.test(token.written)) {
      value = Math.round((token.value / 1e4) * 1e6) / 1e6;
      unit = '万尾';
    }
    const after = text.slice(end, end + 4);
    // "五十个人左右": the hedge after the 人 that follows 个.
    if (/^(左右|上下|出头|以上|多)/u.test(after) || (unit === '个' && /^人(?:左右|上下|出头)/u.test(text.slice(end, end + 3)))) approximate = true;
    ({ people, unit } = peopleUnit(people, unit, text, before, end));
    // "空调坏了两次", "二十四节气", "车间上了十几台机器人，但…", "一共办了4期…其中最后一期": not the activity's figures.
    if (!people && !bare && notAnActivityFigure(text, token.start, pos, end, unit, clause)) continue;
    // "接待观众12600人次，去年国庆是9800人次": an earlier period's figure after this one's, in the same unit.
    if (EARLIER.test(clause) && figures.some((f) => f.unit === unit)) continue;
    if (compared) {
      if (people) earlier = { unit, end };
      continue;
    }
    // "开了2个班", "四年级三个班", "2 个班 共 90 人": classes, run or reached, are counted by 班 (not "班组", "班长").
    const classes = unit === '个' && !people ? /^\s*班(?![组级长子主干底次])/u.exec(text.slice(end, end + 4)) : null;
    if (classes) {
      unit = '班';
      end += classes[0].length;
    }
    // "7/24 周五 种子发芽 二十个左右" in a list whose lines end in people: the line's people, by head.
    // Not "实验演示项目：12个": a line that names a thing counts that thing; nor "服务村数：4个", a count of things by 数.
    if (unit === '个' && !people && !nounAfter && /^(?:左右|上下|多|来|吧|\s)*(?:\n|$)/u.test(text.slice(end, end + 8)) && text.slice(0, token.start).includes('\n') && !/[\d一二两三四五六七八九十百千]/u.test(text.slice(text.lastIndexOf('\n', token.start - 1) + 1, token.start).replace(/周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]/gu, '')) && !THING_TAIL.test(text.slice(text.lastIndexOf('\n', token.start - 1) + 1, token.start).replace(/[\s:：]+$/u, '')) && !/\p{Script=Han}(?<![人我俺一再又户员])数[\s:：]*$/u.test(text.slice(text.lastIndexOf('\n', token.start - 1) + 1, token.start)) && (listUnit ??= peopleListUnit(text)) !== '') {
      people = true;
      unit = '人';
      unitFrom = 'list';
    }
    // "发资料300份，大概二十个吧": a count of 个 that names nothing it counts is asked about, not stored as 个.
    if (unit === '个' && !people && !nounAfter && !/^\s*[a-z]/u.test(text.slice(end, end + 3)) && !/[\p{Script=Han}]{2}/u.test(ownClause.replace(/(?:一共|总共|合计|累计|共计|大概|大约|差不多|估计|得有|还有|另外|又|也|都|就|才|只|有|是|了|的|约|共|来|去|到|报|剩|吧|啊)/gu, ''))) {
      unnamed.push({ index: token.start, value, written: text.slice(token.start, end).trim() });
    }
    if (token.invalid) {
      bad.push({ written: text.slice(token.start, end).trim(), problem: 'too_large' });
      continue;
    }
    // "- 6 volunteers helped": a list's bullet, not a minus sign.
    // A minus sign stands on the number's own line ("---\n40件" is a rule line above it).
    if (/[-－−][^\S\n]*$/u.test(before) && !/\d\s*[-－−]\s*$/u.test(before) && !/(?:^|\n)[^\S\n]*[-－−][^\S\n]+$/u.test(before)) {
      bad.push({ written: `-${text.slice(token.start, end).trim()}`, problem: 'negative' });
      continue;
    }
    // "我和另外两位指导老师也去了": the writer and two others, three.
    if (people && /(?:我|俺)(?:和|跟|与|同)(?:另外|其他|其余)(?:的)?\s*$/u.test(before)) value += 1;
    figures.push({
      index: token.start,
      length: end - token.start,
      value,
      ...(max !== undefined ? { max } : {}),
      unit,
      people,
      approximate,
      context: spoken ? `${spoken} ${clause}` : clause,
      // "三百人左右志愿者十个": after 左右/上下 the next words belong to the next figure, not to this one.
      noun: bare || named || /^(左右|上下|出头)/u.test(text.slice(end, end + 2)) ? '' : /^\p{Script=Han}(?:(?![〇零一二两三四五六七八九十百千万])\p{Script=Han}){0,3}/u.exec(text.slice(end, end + 4).split(/[，,。;；、\s]/u)[0] ?? '')?.[0] ?? '',
      // "估计有三百人上下现场帮着装APP" (no stops): after the hedge, a word of the scene or of what came next opens the next
      // clause; what is done there is not said of these people.
      after: bare || named ? '' : text.slice(end, end + 16).split(/[，,。;；!！?？\n]|\s(?=\p{Script=Han})|(?<=^(?:左右|上下|出头))(?=现场|当场|然后|随后|之后|另外|同时)/u)[0] ?? '',
      // "家长二十多个在走廊上等": the people named before the count, what they did after it, up to the clause's end.
      ...(named && /^[^，,。;；!！?？\n\d]/u.test(text.slice(end, end + 1)) ? { rest: text.slice(end, end + 16).split(/[，,。;；!！?？\n]/u)[0] ?? '' } : {}),
      written: text.slice(token.start, end),
      lead: text.slice(Math.max(0, token.start - 30), token.start),
      ...(unnamed.some((u) => u.index === token.start) ? { unnamed: true } : {}),
      ...(unitFrom ? { unitFrom } : {}),
    });
  }
  // "上午讲了一场…下午又讲一场…两场都是我讲的": a count followed by 都 that the counts of its unit before it add up to
  // tells them again, no figure of its own.
  const retold = figures.filter((f) => /^\s*(?:都|全都|全部都?)/u.test(text.slice(f.index + f.length, f.index + f.length + 4)) && figures.filter((g) => g.index < f.index && g.unit === f.unit).length >= 2 && figures.filter((g) => g.index < f.index && g.unit === f.unit).reduce((n, g) => n + g.value, 0) === f.value);
  // "5位专家（中国农科院2位、省农科院3位）": the parts of a total are not figures of their own.
  return { figures: withoutParenParts(figures.filter((f) => !retold.includes(f)), text), bad, loose, unread, unnamed };
}
