// Days written in a row, then each one's count in turn: "十八号十九号二十号，第一场六十几个人，第二场八十个整，
// 第三场…三十来个". The k-th part opened by 第k场 is the k-th day's event; so is the count written after a listed
// day's second mention ("19号和21号上了两次。19号28位老人，21号35位"). One pass over the few date hits.
import type { DateHit } from './message-dates.js';
import type { Figure } from './message-figures.js';

/** What may stand between two days of one run: nothing, a space, 、, a comma or 和; "一次" after a day ("七月八号一次七月十五号一次"). */
const RUN_GAP = /^\s*(?:一[次场回期]\s*)?(?:[、，,和及与跟]\s*)?$/u;
/** "第二场", "第三晚": the ordinal opening one day's part. */
const ORDINAL = /第([一二三四五六七八九十])(?:场|次|天|晚|期|回|站|课)/gu;
/** What may follow such a 个 and name nothing: "八十个整", "三十来个吧". */
const LOOSE_AFTER = /^(?:整|吧|啊|呀|了|左右|上下|出头)/u;
const DIGITS = '一二三四五六七八九十';

export interface DayInTurn {
  hit: DateHit;
  start: number;
  end: number;
  /** The part's one count of people (a bare 个 after people counted in the first part reads as people). */
  people: Figure;
}

/**
 * The days of a run of two or more single days, each paired with the part 第k场 opens after it, when there are as
 * many parts as days in order and each counts one number of people; else undefined.
 */
export function daysInTurn(text: string, hits: readonly DateHit[], figures: readonly Figure[]): DayInTurn[] | undefined {
  const bounds = daysThenParts(text, hits) ?? daysOpeningParts(text, hits);
  if (!bounds) return undefined;
  const parts: DayInTurn[] = [];
  for (const { hit, start, end } of bounds) {
    const own = figures.filter((f) => f.index >= start && f.index < end);
    if (own.length !== 1) return undefined;
    const f = own[0]!;
    // "第二场八十个整" after "第一场六十几个人": the count of the same people, its 人 left out.
    const people = f.people ? f : f.unit === '个' && parts[0]?.people.people && (f.noun === '' || LOOSE_AFTER.test(f.noun)) ? { ...f, unit: parts[0].people.unit, people: true, unnamed: false, unitFrom: 'earlier' as const } : undefined;
    if (!people) return undefined;
    parts.push({ hit, start, end, people });
  }
  return parts;
}

type Bounds = Array<{ hit: DateHit; start: number; end: number }>;

/** "十八号十九号二十号，第一场…，第二场…，第三场…": a run of days, then as many parts opened by 第k in order. */
function daysThenParts(text: string, hits: readonly DateHit[]): Bounds | undefined {
  let run: DateHit[] = [];
  for (const h of hits) {
    const prev = run[run.length - 1];
    if (prev && h.end === null && h.date > prev.date && RUN_GAP.test(text.slice(prev.index + prev.length, h.index))) run.push(h);
    else if (run.length >= 2) break;
    else run = h.end === null ? [h] : [];
  }
  if (run.length < 2) return undefined;
  const after = run[run.length - 1]!.index + run[run.length - 1]!.length;
  const end = sentenceEnd(text, after);
  const marks = [...text.slice(after, end).matchAll(ORDINAL)].map((m) => ({ at: after + (m.index ?? 0), k: DIGITS.indexOf(m[1] ?? '') + 1 }));
  if (marks.length !== run.length || marks.some((m, k) => m.k !== k + 1)) return undefined;
  return marks.map((m, k) => ({ hit: run[k]!, start: m.at, end: marks[k + 1]?.at ?? end }));
}

/** "5月16日第一晚来了大约80人，5月17日第二晚…二十几个": each day opening its part with 第k, in order. */
function daysOpeningParts(text: string, hits: readonly DateHit[]): Bounds | undefined {
  const opened = hits.filter((h) => h.end === null && OPENS_ORDINAL.test(text.slice(h.index + h.length, h.index + h.length + 4)));
  if (opened.length < 2 || opened.some((h, k) => DIGITS.indexOf(OPENS_ORDINAL.exec(text.slice(h.index + h.length, h.index + h.length + 4))?.[1] ?? '') !== k || (k > 0 && h.date <= opened[k - 1]!.date))) return undefined;
  const end = sentenceEnd(text, opened[opened.length - 1]!.index);
  return opened.map((h, k) => ({ hit: h, start: h.index + h.length, end: opened[k + 1]?.index ?? end }));
}
const OPENS_ORDINAL = /^\s*第([一二三四五六七八九十])(?:场|次|天|晚|期|回|站|课)/u;

/** The end of the sentence from `i`: the next 。！？ or line break. */
function sentenceEnd(text: string, i: number): number {
  const m = /[。！!？?\n]/u.exec(text.slice(i));
  return m ? i + m.index : text.length;
}

/** Units that count the occasions themselves (上了两次, 讲了三场). */
export const TIMES = /^(?:次|场|场次|回|期)$/u;

/** The people count written right after each listed day's second mention, in order; undefined unless every day has one. */
export function retoldCounts(listed: readonly DateHit[], text: string, figures: readonly Figure[]): Figure[] | undefined {
  let from = listed[listed.length - 1]!.index + listed[listed.length - 1]!.length;
  const out: Figure[] = [];
  for (const h of listed) {
    const written = text.slice(h.index, h.index + h.length);
    const at = text.indexOf(written, from);
    if (at < 0) return undefined;
    const f = figures.find((x) => x.people && x.index >= at + written.length && x.index <= at + written.length + 2);
    if (!f) return undefined;
    out.push(f);
    from = f.index;
  }
  return out;
}

/** What may stand between two bracketed parts: a separator and the next place ("、三里镇中学"). */
const BRACKET_GAP = /^\s*[、，,和及]\s*[^，,。；;！!？?\n（()）]{1,16}$/u;
/** A total over the period or the year beside the list ("截至目前，全年累计完成巡展11所"): no figure of any part. */
const RUNNING_TOTAL = /(累计|全年|截至|截止|年度任务)/u;

/**
 * "先后走进城关二小（11月4日，学生860人）、三里镇中学（11月12日，学生540人）、…": places in turn, each with its own
 * day and one count of people in brackets; one record each, a bracket's other figures its own. Undefined unless every
 * other day is a period and every figure outside the brackets a running total.
 */
export function bracketsInTurn(text: string, hits: readonly DateHit[], figures: readonly Figure[]): Array<DayInTurn & { others: Figure[] }> | undefined {
  const parts: Array<DayInTurn & { others: Figure[] }> = [];
  for (const m of text.matchAll(/[（(]([^（()）\n]{2,40})[)）]/gu)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const own = hits.filter((h) => h.index > start && h.index < end);
    const people = figures.filter((f) => f.people && f.index > start && f.index < end);
    if (own.length !== 1 || own[0]!.end !== null || people.length !== 1) continue;
    const prev = parts[parts.length - 1];
    if (prev && !BRACKET_GAP.test(text.slice(prev.end, start))) return undefined;
    parts.push({ hit: own[0]!, start, end, people: people[0]!, others: figures.filter((f) => !f.people && f.index > start && f.index < end) });
  }
  if (parts.length < 2 || parts.some((p, k) => k > 0 && p.hit.date <= parts[k - 1]!.hit.date)) return undefined;
  const inside = (i: number): boolean => parts.some((p) => i > p.start && i < p.end);
  if (hits.some((h) => !inside(h.index) && h.end === null)) return undefined;
  const outside = figures.filter((f) => !inside(f.index));
  if (outside.some((f) => !RUNNING_TOTAL.test(sentenceOf(text, f.index)))) return undefined;
  return parts;
}

/** The sentence around `i`, from the stop before it to the one after (commas included). */
function sentenceOf(text: string, i: number): string {
  const from = Math.max(text.lastIndexOf('。', i - 1), text.lastIndexOf('\n', i - 1), text.lastIndexOf('；', i - 1)) + 1;
  return text.slice(from, sentenceEnd(text, i));
}
