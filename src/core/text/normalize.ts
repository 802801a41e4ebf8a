// Text normalisation for matching: full-width → ASCII, traditional → simplified, position-preserving.
// The t2cn build of opencc-js (a tenth of the full one to parse). Its converter takes ~80 ms to build and
// ~3–16 µs a call, and nearly every text kexie reads is simplified already: a text none of whose characters
// any dictionary entry changes is returned as it is, and the converter is built the first time one is.
import * as OpenCC from 'opencc-js/t2cn';

type Dict = string | ReadonlyArray<readonly [string, string]>;
/** The dictionaries `Converter({ from: 'tw', to: 'cn' })` applies (its config tw2s), in its own shape. */
const TW2S = (OpenCC.Locale as unknown as { configs: Record<string, { normalizationChain?: Dict[][]; conversionChain: Dict[][] }> }).configs.tw2s;

/**
 * Every character some entry of those dictionaries replaces (where key and value differ, or all of a key whose
 * value has another length). A text without any of them comes out of every step of the converter unchanged.
 */
function changedChars(): Set<number> {
  const out = new Set<number>();
  const add = (key: string, value: string): void => {
    if (key === value) return;
    const k = [...key];
    const v = [...value];
    k.forEach((ch, i) => {
      if (k.length !== v.length || ch !== v[i]) out.add(ch.codePointAt(0) ?? 0);
    });
  };
  for (const group of [...(TW2S?.normalizationChain ?? []), ...(TW2S?.conversionChain ?? [])]) {
    for (const dict of group) {
      if (typeof dict !== 'string') for (const [k, v] of dict) add(k, v);
      else
        for (const entry of dict.split('|')) {
          const space = entry.indexOf(' ');
          if (space > 0) add(entry.slice(0, space), entry.slice(space + 1));
        }
    }
  }
  return out;
}

let changed: Set<number> | undefined;
/** The lowest of them: characters below it (ASCII, digits, punctuation) are skipped at once. */
let lowest = 0;
let converter: ((text: string) => string) | undefined;
const toCn = (text: string): string => (converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' }))(text);

/** Builds what toSimplified needs now (a server, before it takes requests), not on the first text that needs it. */
export function warmSimplifier(): void {
  mayConvert('');
  toCn('');
}

/** Whether the converter has been built in this process (tests: simplified text never builds it). */
export const simplifierBuilt = (): boolean => converter !== undefined;

/** Whether the converter could change `text`: one of its characters is one a dictionary replaces. */
function mayConvert(text: string): boolean {
  if (!changed) {
    changed = changedChars();
    lowest = Math.min(...[...changed].filter((cp) => cp <= 0xffff), 0xffff);
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < lowest) continue;
    const cp = text.codePointAt(i) ?? code;
    if (changed.has(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

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
  if (!mayConvert(text)) return text;
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
  const known = keys.get(text);
  if (known !== undefined) return known;
  const key = normalizeText(text)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  // Questions match the same records' titles and texts over and over: the keys are kept (bounded, dropped all at once when full).
  if (keys.size >= MAX_KEYS) keys.clear();
  if (text.length <= 2_000) keys.set(text, key);
  return key;
}

const MAX_KEYS = 20_000;
const keys = new Map<string, string>();

/**
 * PDF and web text often put spaces between CJK and digits ("9 月", "200 场次"): close them up. Between two
 * Chinese characters a space is closed only on a letter-spaced line ("工 作 要 点", most characters apart);
 * elsewhere it is the writer's own break ("一、主题 提高科学素质 二、时间 …") and stays.
 */
export function closeCjkSpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const spaced = (line.match(/\p{Script=Han}[ \t]+(?=\p{Script=Han})/gu) ?? []).length;
      const close = (line.match(/\p{Script=Han}(?=\p{Script=Han})/gu) ?? []).length;
      const hanHan = spaced > close ? /(?<=[\p{Script=Han}，。、；：（）])[ \t]+(?=[\p{Script=Han}\d（(])/gu : /(?<=[，。、；：（）])[ \t]+(?=[\p{Script=Han}\d（(])|(?<=\p{Script=Han})[ \t]+(?=\d)/gu;
      return line.replace(hanHan, '').replace(/(?<=\d)[ \t]+(?=[\p{Script=Han}%])/gu, '');
    })
    .join('\n');
}
