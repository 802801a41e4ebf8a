// Numbers written without a unit: whether the people just named or the lines of a list say what they count.
import type { NumberToken } from '../text/scan-numbers.js';
import { UNPUNCTUATED_NEXT } from './figure-background.js';
import { APPROX_BEFORE, PEOPLE_NOUNS, UNKNOWN_UNIT } from './figure-words.js';

/**
 * "学生 一百八 ，下午…", "学生450\n", "学生+村民 around 200": a bare number right after the people it counts,
 * ending its clause or line.
 */
export function bareAfterPeople(clause: string, next: string, before: string): boolean {
  // A number opening a line ("2 南湖街道 3.14 …") numbers the line.
  // "学生家长大概300.": an English full stop ends the clause too.
  if (!(/^(\s|$|[,，。;；!！]|\.(?!\d))/u.test(next) || UNPUNCTUATED_NEXT.test(next)) || /(^|\n)[ \t]*$/u.test(before)) return false;
  // "看的学生一共是九百六", "听的人加起来有九百多": a total said of the people just named.
  return PEOPLE_TAIL.test(clause.replace(TOTAL_TAIL, '')) || (PEOPLE_NOUNS.test(before.slice(-12)) && APPROX_BEFORE.test(before));
}
// "赶场的群众来了得有一千多": the people named, that they came, then how many.
const TOTAL_TAIL = /(?:嘛|呢|啊|呀|么|吧)?\s*(?:来了|到了|来的)?\s*(?:一共|总共|共计|合计|总计|加起来|加一起|算下来)?\s*(?:得有|有|是|达到|达)?\s*$/u;
export const PEOPLE_TAIL = new RegExp(`(${PEOPLE_NOUNS.source.slice(1, -1)})\\s*$`, 'u');

/** A line that ends in a count of people ("上午 城关一中 科普讲座 350人"), or in one and a remark after a space ("45人 孩子们很开心"). */
const LINE_OF_PEOPLE = /[\d〇一二两三四五六七八九十百千万]\s*(?:[多余来+]|左右|上下)?\s*(人次|人|名|位)(?:[^\S\n]+[^\d\n]*)?$/gmu;

/** The unit of the people counts ending two or more lines of a list, else ''. */
export function peopleListUnit(text: string): string {
  const units = [...text.matchAll(LINE_OF_PEOPLE)].map((m) => m[1]);
  return units.length < 2 ? '' : units.every((u) => u === '人次') ? '人次' : '人';
}

/** A number closing its line, after a space or an "about", on a line that names something first. */
export function endsPeopleLine(text: string, before: string, pos: number): boolean {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const rest = /^[^\n]*/u.exec(text.slice(pos, pos + 12))?.[0] ?? '';
  return /\p{Script=Han}{2}/u.test(line) && (/\s$/u.test(line) || APPROX_BEFORE.test(line)) && /^[^\S\n]*(?:[\p{Extended_Pictographic}\u200d\ufe0f]|[!！~～。.])*[^\S\n]*$/u.test(rest);
}

export function skipSpaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j;
}

/** What may follow a number that is not a count: a time, an age, an ordinal, a size, a share, a grade. */
const NOT_A_COUNT_AFTER = /^(?:点|时|分|秒|岁|周岁|年|月|日|号|周|天|夜|晚|届|级|楼|层|度|%|％|米|公里|里|km|斤|公斤|克|吨|倍|成|折|路|栋|幢|室|号楼|寸|码|g|kg|m|℃|：|:|\/|\.\d|年级|班|组|队|中|小|村|号线|期间|多年|多岁|来岁|岁左右|kv|千伏|伏|kw|千瓦|瓦|兆瓦|mpa|hz)/u;

/**
 * A number left without a unit that still reads as a count: two digits or more, or a loose one ("八百多",
 * "六十来"), not a year, a phone number, a time or a size, and not a list's line number.
 */
export function unreadCount(token: NumberToken, text: string, before: string, pos: number): boolean {
  // "十佳", "十眼小学": a lone 十 names, it does not count.
  if (token.invalid || (token.value < 10 && !token.approximate) || token.written === '十') return false;
  // "行政楼301", "都七十三了": a room, an age.
  if ((token.arabic && /[楼室厅栋幢座路街号区]$/u.test(before)) || /^了/u.test(text.slice(pos, pos + 1))) return false;
  if (token.arabic && (token.end - token.start >= 7 || (token.value >= 1900 && token.value <= 2100))) return false;
  // "一等奖：幼教2401" after "幼教2401班 6人": letters and digits written together once more are that name again.
  const letters = token.arabic ? /\p{Script=Han}{2,6}$/u.exec(before)?.[0] : undefined;
  if (letters && text.split(letters + text.slice(token.start, token.end)).length > 2) return false;
  if (/(^|\n)[ \t]*$/u.test(before) || /[第届#№]\s*$/u.test(before) || /[a-z]$/u.test(before)) return false;
  const next = text.slice(pos, pos + 4);
  if (NOT_A_COUNT_AFTER.test(next) || /^[-~～—至到]\s*\d/u.test(next)) return false;
  return true;
}

/**
 * What does not follow a count as its unit when it ends the clause: particles, the approximate words, a time,
 * a rank or a name's part ("十佳", "两会", "5星").
 */
const NOT_A_UNIT = /^[了的吧啊呀哈呢吗嘛哦呗啦么咯噢多余来几左右上下前后内外里中间佳强大优星会届级号期是在和与及或就都也还又再才只等被给对向从自到至为以而但]/u;

/**
 * The unit written after a number that the reader does not know: a counting word of UNKNOWN_UNIT ("22枚",
 * "30盆", "120例"), or any one character that ends the count's clause ("发了三十把。"); else undefined.
 */
export function unknownUnitAt(text: string, pos: number): string | undefined {
  const listed = UNKNOWN_UNIT.exec(text.slice(pos, pos + 3));
  if (listed) return listed[0];
  const lone = /^(\p{Script=Han})(?=[^\S\n]*(?:$|[，,。;；!！?？~～…\n]|[\p{Extended_Pictographic}]))/u.exec(text.slice(pos, pos + 8));
  if (!lone || NOT_A_UNIT.test(lone[1] ?? '') || NOT_A_COUNT_AFTER.test(lone[1] ?? '')) return undefined;
  return lone[1];
}
