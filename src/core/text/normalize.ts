// Text normalisation for matching: full-width → ASCII, traditional → simplified, position-preserving.
import * as OpenCC from 'opencc-js';

const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Full-width ASCII forms and the ideographic space become plain ASCII; one char in, one char out. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Traditional → simplified, keeping the string's length so offsets still point into the original. */
export function toSimplified(text: string): string {
  const converted = toCn(text);
  if (converted.length === text.length) return converted;
  let out = '';
  for (const ch of text) {
    const c = toCn(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** The form every parser and matcher reads: half-width, simplified, same length as the input. */
export function normalizeText(text: string): string {
  return toSimplified(toHalfWidth(text));
}

/** A key for fuzzy comparisons: normalised, lower-case, without spaces and punctuation. */
export function matchKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** PDF and web text often put spaces between CJK and digits ("9 月", "200 场次"): close them up. */
export function closeCjkSpaces(text: string): string {
  return text
    .replace(/(?<=[\p{Script=Han}，。、；：（）])[ \t]+(?=[\p{Script=Han}\d（(])/gu, '')
    .replace(/(?<=\d)[ \t]+(?=[\p{Script=Han}%])/gu, '');
}
