// The unit of a number written without one, when the words around it say what it counts ("来了120，",
// "audience about 200", "资料发了800+", a list whose lines end in 人); else it is noted as loose or unread.
import type { NumberToken } from '../text/scan-numbers.js';
import { bareHeadcount } from './figure-background.js';
import { THIS_OCCASION } from './compared-context.js';
import { EN_ATTENDED, EN_PEOPLE, EN_STAFF_BEFORE, EN_UNITS, OTHER_UNITS, PEOPLE_NOUNS, SERVE_VERBS } from './figure-words.js';
import { bareAfterPeople, endsPeopleLine, unreadCount } from './figure-unitless.js';
import type { UnreadNumber } from './message-figures.js';

/** People named, then their coming, in one clause: "家长陪着来的", "学生和指导老师到场答辩 about". */
const CAME_AFTER_PEOPLE = /(?:来的|来了|到场|到会|出席|参加|参与|attended|came|showed up)/u;
function peopleCameClause(before: string): boolean {
  // The clause back to its punctuation or the count before it; spaces do not end it ("到场答辩 about 210").
  const clause = /[^，,。;；!！?？\n:：\d]*$/u.exec(before)?.[0] ?? '';
  const came = CAME_AFTER_PEOPLE.exec(clause);
  return came !== null && PEOPLE_NOUNS.test(clause.slice(0, came.index)) && clause.length <= 24;
}

/** What one number without a unit is read as. */
export interface ImpliedUnit {
  unit: string;
  people: boolean;
  /** No unit written: the words after the number are the next figure's. */
  bare: boolean;
  end: number;
  /** Where the unit came from when none was written: the words around (people or their coming), a list's other lines, the count compared with. */
  from?: 'list' | 'earlier' | 'words';
}

/** The number being read, with the words around it and the state the scan keeps across numbers. */
export interface UnitlessNumber {
  token: NumberToken;
  text: string;
  original: string;
  before: string;
  clause: string;
  pos: number;
  small: boolean;
  approxWord: string | undefined;
  compared: boolean;
  /** The unit and end of the last count of people given to compare ("去年那场来了三百人"). */
  earlier: { unit: string; end: number } | undefined;
  /** The unit of the people counts ending a pasted list's lines ('' when fewer than two lines do), read once. */
  listUnit: () => string;
  loose: number[];
  unread: UnreadNumber[];
}

/** The unit a number written without one is read in; undefined (noting it in `loose` or `unread`) when none is. */
export function impliedUnit(n: UnitlessNumber): ImpliedUnit | undefined {
  const { token, text, original, before, clause, pos, small, approxWord, compared, earlier } = n;
  const word = /^[a-z]+(?:-[a-z]+)*(?: up| part)?/u.exec(text.slice(pos, pos + 20))?.[0] ?? '';
  const enPeople = EN_PEOPLE.exec(text.slice(pos, pos + 48));
  // "播放总量10万+", "阅读量3000多": plays and reads, counted as times, never as people.
  if (/(?:播放|阅读|点击|浏览|转发|点赞|访问)(?:量|总量|总数|数|次数)\s*[:：为是达约有]*\s*$/u.test(before)) return { unit: '次', people: false, bare: true, end: pos };
  // "视频号同步直播，后台显示观看1800": views of a broadcast, counted as person-times online.
  // "另外线上直播 watch 1.2k": the English word for watching, the same.
  if (/(?:观看(?:人次|量)?|\b(?:watch(?:ed|ing)?|viewers?|views))\s*[:：为是达约有]*\s*$/iu.test(before) && /直播|视频号|线上|在线|网上|抖音|快手/u.test(text.slice(Math.max(0, token.start - 40), token.start)) && /^(?:[+多余]|左右)?\s*($|[,，。;；!！\n])/u.test(text.slice(token.end, token.end + 4))) return { unit: '人次', people: true, bare: true, end: pos, from: 'words' };
  // "直播 300+ 观看", "线上 200 多人观看": a count between a stream and its watching, counted as people online.
  if (/(?:直播|线上|在线|视频号|抖音|快手)[^\S\n]*$/u.test(before) && /^[^\S\n]*(?:[+多余]|左右)?[^\S\n]*(?:人)?[^\S\n]*(?:在线)?(?:观看|收看)/u.test(text.slice(token.end, token.end + 10))) return { unit: '人', people: true, bare: true, end: pos, from: 'words' };
  // "直播峰值在线 ~300", "livestream peak online 500+": who were online at once during a stream, counted as people online.
  if (/(?:在线|online)(?:人数)?\s*(?:峰值|peak)?\s*[:：为是达约有~～]*\s*$/iu.test(before) && /直播|视频号|抖音|快手|livestream|stream/iu.test(text.slice(Math.max(0, token.start - 40), token.start)) && /^(?:[+多余]|左右)?\s*($|[,，。;；!！\n])/u.test(text.slice(token.end, token.end + 4))) return { unit: '人', people: true, bare: true, end: pos, from: 'words' };
  // "27 actually came": an adverb between the number and the verb of coming.
  const verb = /^(?:actually|really|all|only|just)\s+([a-z]+(?: up| part)?)/u.exec(text.slice(pos, pos + 24))?.[1] ?? '';
  if (enPeople || EN_ATTENDED.test(word) || EN_ATTENDED.test(verb)) {
    return { unit: enPeople?.[1]?.startsWith('person-time') || enPeople?.[1] === 'visits' || /^\s*[(（]人次[)）]/u.test(text.slice(pos + (enPeople?.[0].length ?? 0), pos + (enPeople?.[0].length ?? 0) + 6)) ? '人次' : '人', people: true, bare: false, end: pos + (enPeople ? enPeople[0].length : 0), from: 'words' };
  }
  if ((/(?:来了|到了|参加了?|到场|参会)\s*$/u.test(before) && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2)) && !token.approximate) || (small && /(?:来了|到了|到场|参加了?)\s*小\s*$/u.test(before) && /^(?:\s|$|[,，。;；!！\n])/u.test(text.slice(token.end, token.end + 1)))) {
    // "来了120，…": the people who came, the unit left out ("来了小三百 县专家…": the words after are the next clause's).
    return { unit: '人', people: true, bare: small, end: pos, from: 'words' };
  }
  if (earlier && !compared && THIS_OCCASION.test(original.slice(earlier.end, token.start)) && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2))) {
    // "去年那场来了三百人，今年少点，二百六十左右": this occasion's count, in the unit of the one compared with.
    return { unit: earlier.unit, people: true, bare: true, end: pos, from: 'earlier' };
  }
  if (EN_STAFF_BEFORE.test(text.slice(Math.max(0, token.start - 30), token.start)) && /^[^\S\n]*($|[,，。;；!！.\n]|in total)/u.test(text.slice(pos, pos + 9))) {
    // "volunteers on duty 26 in total", "- Teachers: 3" ending its line: the people named just before the number.
    return { unit: '人', people: true, bare: false, end: pos, from: 'words' };
  }
  if (EN_UNITS[word]) return { unit: EN_UNITS[word], people: false, bare: false, end: pos + word.length };
  // "14 robot kits (套)": the writer's own unit in brackets after the English words.
  const bracketed = /^\s*(?:[a-z-]+\s+){0,2}[a-z-]+\s*[（(]([\p{Script=Han}]{1,2})[)）]/u.exec(text.slice(pos, pos + 40));
  if (bracketed && (OTHER_UNITS as readonly string[]).includes(bracketed[1] ?? '')) return { unit: bracketed[1]!, people: false, bare: false, end: pos + bracketed[0].length };
  if (/(人数|人次|实到|应到|到会|参会|出席|headcount|attendance|attendees)[\p{Script=Han}]{0,3}?[^\S\n]*[:：为是有达约]*[^\S\n]*$/u.test(before) || approxWord === '出头' || (PEOPLE_NOUNS.test(clause) && approxWord !== undefined && approxWord !== '来' && approxWord !== '多' && approxWord !== '余' && /^\s*($|[,，。;；!！\n])/u.test(text.slice(pos, pos + 2))) || (PEOPLE_NOUNS.test(clause.slice(-4)) && (approxWord === '+' || SERVE_VERBS.test(clause)) && token.end - token.start <= 7 && !/^[+]?[\p{Script=Han}a-z]/u.test(text.slice(token.end, token.end + 2))) || (token.end - token.start <= 9 && bareHeadcount(text.slice(Math.max(0, token.start - 40), token.start), text.slice(pos, pos + 3))) || (token.end - token.start <= 7 && bareAfterPeople(clause, text.slice(token.end).replace(/^(?:[+多余来]|左右|上下|出头|以上|往上)/u, '').slice(0, 3), before))) {
    // No unit written: the words after the number ("学生1200多 带队老师30") are the next figure's.
    return { unit: /人次[^\S\n]*[:：为是有达约]*[^\S\n]*$/u.test(before) ? '人次' : '人', people: true, bare: true, end: pos, from: 'words' };
  }
  if (token.end - token.start <= 7 && peopleCameClause(before) && /^(?:[+多余来几]|左右|上下|出头)?(?:\s|$|[,，。;；!！~～]|\.(?!\d)|[\p{Extended_Pictographic}])/u.test(text.slice(token.end, token.end + 4))) {
    // "家长陪着来的30多", "学生和指导老师到场答辩 about 210": people and their coming named in the number's own
    // clause, the number ending it: a count of those people (the headcount or a labelled figure), never dropped.
    return { unit: '人', people: true, bare: true, end: pos, from: 'words' };
  }
  const listUnit = n.listUnit();
  if (listUnit !== '' && endsPeopleLine(text, before, pos)) {
    // "下午 东关社区 科普展 大概200" among lines that end "350人", "百余人": the line's people, the unit left out.
    return { unit: listUnit, people: true, bare: true, end: pos, from: 'list' };
  }
  if (/(?:资料|宣传单|宣传页|宣传册|手册|折页|明白纸)(?:发放|发出|派发|发)?了?\s*[:：约共计]*\s*$/u.test(before)) {
    // "资料发了800+": leaflets handed out, counted in 份 though the unit is left out.
    return { unit: '份', people: false, bare: false, end: pos };
  }
  if (compared) return undefined;
  // "科普電影 2場 300 500": a number standing alone, its unit left out; what it counts is asked, not dropped.
  if (token.arabic && token.value >= 10 && !(token.value >= 1900 && token.value <= 2100) && /\s$/u.test(before) && !/(^|\n)[ \t]*$/u.test(before) && /^(\s|$)/u.test(text.slice(token.end, token.end + 1))) n.loose.push(token.start);
  // "咨询的群众估计八百多", "人嘛有六十多": a count whose unit is left out is not read, and not dropped in silence.
  else if (unreadCount(token, text, before, pos)) n.unread.push({ index: token.start, value: token.value, written: text.slice(token.start, pos).trim() });
  return undefined;
}
