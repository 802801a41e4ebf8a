// How much a number says and the unit written after it: a range (50-60人), an approximate word (三十来, 上千,
// 小三百), and the unit itself, with the few shapes that carry their own (俩, 一千五左右的人, 分4个组).
import type { NumberToken } from '../text/scan-numbers.js';
import { APPROX_BEFORE, APPROX_WORDS, OTHER_UNITS, PEOPLE_RIGHT_AFTER, UNITS } from './figure-words.js';
import { skipSpaces } from './figure-unitless.js';

/** Nouns after 个 that are units themselves: the count is stored under the noun, never as a bare 个. */
const UNIT_NOUN_AFTER_GE = /^(?:小)?(组)(?![员长织])|^(课时|学时|架次|批次|车次|航次)/u;

/** A number's value as written: where its unit may start, its upper bound, and whether it is approximate. */
export interface Amount {
  /** Where the unit (or whatever follows the number) starts. */
  pos: number;
  max: number | undefined;
  approximate: boolean;
  /** The approximate word read after the number ("来", "多", "左右"), if any. */
  approxWord: string | undefined;
  /** "小三百": 小 before a round number. */
  small: boolean;
}

/**
 * The amount a number token says, reading a range's second number (noted in `consumed`) and the approximate words
 * around it; undefined for a lone 百/千/万 that is part of a name ("进万家", "百校").
 */
export function readAmount(token: NumberToken, text: string, before: string, byStart: Map<number, NumberToken>, consumed: Set<number>): Amount | undefined {
  let pos = skipSpaces(text, token.end);
  let max = token.max;
  // 50-60人, 50至60人: a range.
  if ('-~～—至到'.includes(text[pos] ?? '_')) {
    const next = byStart.get(skipSpaces(text, pos + 1));
    if (next && !next.invalid && next.value > token.value) {
      max = next.value;
      consumed.add(next.start);
      pos = skipSpaces(text, next.end);
    }
  }
  // 上千人次, 上万人: 上 before 百/千/万 means "some"; 线上200人 is not approximate.
  const some = /上\s*$/u.test(before) && /^[百千万]/u.test(token.written);
  // "来了小三百": 小 before a round number means about that many.
  const small = /小\s*$/u.test(before) && /^[一二两三四五六七八九]?[百千万]$/u.test(token.written);
  let approximate = token.approximate || max !== undefined || some || small || APPROX_BEFORE.test(before);
  // "kids 22 + parents 15 = 37": a plus between two counts adds them; "20+ 人" is "twenty-odd".
  const adds = /^\+\s*[^\d\s+=人名位个]{1,12}?\s*\d/u.test(text.slice(pos, pos + 16)) && /=\s*\d/u.test(text.slice(pos, pos + 40));
  const approxWord = APPROX_WORDS.find((w) => text.startsWith(w, pos) && (w !== '来' || !/^来[了到自]/u.test(text.slice(pos, pos + 2))) && !(w === '+' && adds));
  // "40几位": digits and 几 are "forty-odd" ("+" likewise follows digits only).
  if (approxWord && ((approxWord !== '+' && approxWord !== '几') || token.arabic)) {
    approximate = true;
    pos = skipSpaces(text, pos + approxWord.length);
  }
  // "进万家", "千会带万户", "百校": a lone 百/千/万 is part of a name unless it is loose ("上千人", "千余人").
  if (/^[百千万]$/u.test(token.written) && !approximate && !approxWord) return undefined;
  return { pos, max, approximate, approxWord, small };
}

/** People who come two by two: "新婚夫妇", "准爸妈夫妻", "亲子". */
const COUPLE = '(?:夫妇|夫妻|新人|情侣|亲子|母子|母女|父子|父女)';
const COUPLES_BEFORE = new RegExp(`${COUPLE}[^，,。;；\\d\\s]{0,3}$`, 'u');
const COUPLES_AFTER = new RegExp(`^对(?:新婚|年轻)?${COUPLE}`, 'u');

/** The unit written at the amount's end, and where it ends (at `pos` when there is none). */
export function writtenUnit(token: NumberToken, text: string, before: string, amount: Amount): { unit: string | undefined; end: number } {
  const { pos, approxWord } = amount;
  let unit = UNITS.find((u) => text.startsWith(u, pos));
  let end = unit ? pos + unit.length : pos;
  // "73头（只）": a unit with its alternative in brackets is one unit, as if run together ("头只").
  const alternative = unit && unit !== '个' && OTHER_UNITS.includes(unit) ? /^[（(]\s*(\p{Script=Han})\s*[）)]/u.exec(text.slice(end, end + 5)) : null;
  if (unit && alternative && alternative[1] !== unit && OTHER_UNITS.includes(alternative[1]!)) {
    unit += alternative[1];
    end += alternative[0].length;
  }
  // "累计开放142天": the days a place was open, counted (not an event's length, "为期3天").
  // "开馆27天", "10天里共接待": the days a place was open in a period's total ("两天里共展出" is an event's length).
  if (!unit && text.startsWith('天', pos) && (/(?:(?:累计|共计|一共|总共|合计|共)(?:对外)?(?:开放|开馆|营业|运行)|(?:^|[，,。;；：:\s]|实际)(?:开放|开馆|营业))了?\s*$/u.test(before) || /^天(?:里|内|中|时间里)\s*(?:共|累计|一共|总共|合计)\s*接待/u.test(text.slice(pos, pos + 10)))) {
    unit = '天';
    end = pos + 1;
  }
  // "走了6栋楼", "查了3幢楼": the buildings reached, keyed by the measure word as written.
  if (!unit && /^[栋幢]楼/u.test(text.slice(pos, pos + 2))) {
    unit = text[pos]!;
    end = pos + 1;
  }
  // "新婚夫妇35对", "来了16对亲子": couples counted by the pair, kept in 对 as written (not people, not 个).
  if (!unit && text.startsWith('对', pos) && (COUPLES_BEFORE.test(before) || COUPLES_AFTER.test(text.slice(pos, pos + 6)))) {
    unit = '对';
    end = pos + 1;
  }
  // "来了俩专家": 俩 and 仨 carry their 个.
  if (!unit && (token.written === '俩' || token.written === '仨')) unit = '个';
  // "来了一千五左右的人": a loose figure of people, with 的 between.
  // "八百出头的学生": the people noun is the unit's end, whatever its length.
  const looseOf = approxWord ? /^的(?:人|群众|观众|居民|村民|学生)/u.exec(text.slice(pos, pos + 4)) : null;
  if (!unit && looseOf) {
    unit = '人';
    end = pos + looseOf[0].length;
  }
  // "来了两百多学生": a loose figure with the people right after it, no unit between.
  if (!unit && approxWord && approxWord !== '+' && PEOPLE_RIGHT_AFTER.test(text.slice(pos, pos + 5))) unit = '人';
  // "分4个组走访", "分成3个小组", "共6个课时", "飞了8个架次": the noun after 个 is itself a unit, and the count is of it (the
  // labelled sets key these by the noun; places and things, "5个村", "32个展位", "两个班", they key by 个).
  if (unit === '个') {
    const noun = UNIT_NOUN_AFTER_GE.exec(text.slice(end, end + 3));
    if (noun) {
      unit = noun[1] ?? noun[2] ?? '组';
      end += noun[0].length;
    }
  }
  return { unit, end };
}
