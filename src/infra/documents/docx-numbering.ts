// Word's automatic numbering is defined in numbering.xml, not written in the text (mammoth keeps only the list
// nesting): reads each list level's number style ("%1、" in 一二三, "%2." in digits) so the outline numbers come
// back as Word shows them, and a .docx reads into the same paths as the plan with its numbers typed.
import { inflateEntry, zipEntries } from './document-limits.js';

/** The number Word shows before an item at one list level, from the item's count at that level. */
export type LevelMarker = (n: number) => string;

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Digits in one of the number formats the outline reader knows; undefined for others (letters, roman, 壹贰). */
function digits(format: string): ((n: number) => string | undefined) | undefined {
  if (format === 'decimal' || format === 'decimalZero' || format === 'decimalFullWidth' || format === 'decimalHalfWidth') return (n) => String(n);
  if (format === 'chineseCounting' || format === 'chineseCountingThousand' || format === 'ideographDigital') return (n) => CN[n - 1];
  if (format === 'decimalEnclosedCircle' || format === 'decimalEnclosedCircleChinese') return (n) => [...CIRCLED][n - 1];
  return undefined;
}

const MAX_XML = 8 * 1024 * 1024;
const attr = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`, 'u').exec(xml)?.[1];

/**
 * The marker of each list level (index = ilvl) used by the document's numbered paragraphs, when every numbering
 * definition they use agrees on that level; undefined where they differ or the style is not one the reader knows.
 */
export function readListMarkers(bytes: Uint8Array): Array<LevelMarker | undefined> {
  const entries = zipEntries(bytes);
  const numbering = entries?.find((e) => e.name === 'word/numbering.xml');
  const document = entries?.find((e) => e.name === 'word/document.xml');
  if (!entries || !numbering || !document) return [];
  const numberingXml = inflateEntry(bytes, numbering, MAX_XML)?.toString('utf8') ?? '';
  const documentXml = inflateEntry(bytes, document, MAX_XML * 4)?.toString('utf8') ?? '';
  // Each abstract definition's levels: ilvl → [numFmt, lvlText].
  const abstract = new Map<string, Map<number, [string, string]>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu)) {
    const levels = new Map<number, [string, string]>();
    for (const l of (m[2] ?? '').matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/gu)) levels.set(Number(l[1]), [attr(l[2] ?? '', 'numFmt') ?? '', attr(l[2] ?? '', 'lvlText') ?? '']);
    abstract.set(m[1] ?? '', levels);
  }
  const abstractOf = new Map<string, string>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*w:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/gu)) abstractOf.set(m[1] ?? '', attr(m[2] ?? '', 'abstractNumId') ?? '');
  // The definitions the text uses (numId 0 means "no numbering").
  const used = new Set<string>();
  for (const m of documentXml.matchAll(/<w:numId\b[^>]*w:val="([^"]+)"/gu)) if (m[1] !== '0') used.add(abstractOf.get(m[1] ?? '') ?? '');
  const markers: Array<LevelMarker | undefined> = [];
  for (let ilvl = 0; ilvl < 9; ilvl++) {
    const styles = new Set([...used].map((id) => abstract.get(id)?.get(ilvl)).filter((s) => s !== undefined).map((s) => s.join('\u0000')));
    if (styles.size !== 1) continue;
    const [format = '', text = ''] = ([...styles][0] ?? '').split('\u0000');
    const number = digits(format);
    // One placeholder, this level's own ("%2." at ilvl 1); "%1.%2" and other levels' numbers are left to the default.
    const places = [...text.matchAll(/%(\d)/gu)];
    if (!number || places.length !== 1 || Number(places[0]?.[1]) !== ilvl + 1) continue;
    markers[ilvl] = (n) => text.replace(/%\d/u, number(n) ?? String(n));
  }
  return markers;
}
