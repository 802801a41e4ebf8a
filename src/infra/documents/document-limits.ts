// Caps on an imported plan, checked before and after parsing so a hostile file is refused, never parsed at any cost.
import { inflateRawSync, inflateSync } from 'node:zlib';
import { megabytes as mb } from '../../core/exports/ledger-limits.js';

export interface DocumentLimits {
  /** The file itself. */
  maxBytes: number;
  /** All entries of a .docx (a zip) once inflated, as declared and as actually inflated. */
  maxUnzippedBytes: number;
  /** Paragraphs of a .docx, or lines of the text read from any format. */
  maxParagraphs: number;
  /** Characters of text read from any format. */
  maxChars: number;
  /** Pages of a .pdf. */
  maxPages: number;
  /** Heap of the worker that parses (MB). */
  memoryMb: number;
  /** The longest parsing may take. */
  timeoutMs: number;
}

/** A 100-page plan is about 150,000 characters and 3,000 paragraphs: these leave room for ten times that. */
export const DEFAULT_LIMITS: DocumentLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxUnzippedBytes: 40 * 1024 * 1024,
  maxParagraphs: 30_000,
  maxChars: 2_000_000,
  maxPages: 500,
  memoryMb: 256,
  timeoutMs: 30_000,
};

/** Why a document is refused, in Chinese, or undefined when it is within the limits. */
export type LimitProblem = string | undefined;


/** The size of the file itself. */
export function checkFileSize(size: number, label: string, limits: DocumentLimits): LimitProblem {
  return size > limits.maxBytes ? `“${label}”有 ${(size / 1024 / 1024).toFixed(1)} MB，超过导入上限 ${mb(limits.maxBytes)}。` : undefined;
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeader: number;
}

/** The entries of a zip's central directory, read without inflating anything; undefined when it is not a readable zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 65,557 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's stored (compressed) bytes, found through its local header; undefined when the header is not there. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** One entry inflated, never past `max` bytes whatever its header claims; undefined when it would be larger. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, max: number): Buffer | undefined {
  const data = entryData(bytes, entry);
  if (!data) return undefined;
  if (entry.method === 0) return data.length > max ? undefined : Buffer.from(data);
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: max });
  } catch {
    return undefined;
  }
}

/** Paragraph marks (<w:p> or <w:p …>) in WordprocessingML, counted in one pass. */
export function countParagraphs(xml: string): number {
  let count = 0;
  for (let i = xml.indexOf('<w:p'); i >= 0; i = xml.indexOf('<w:p', i + 4)) {
    const next = xml.charCodeAt(i + 4);
    if (next === 0x3e || next === 0x20 || next === 0x2f) count++; // '>', ' ', '/'
  }
  return count;
}

/** A .docx checked from its zip directory, then its main part inflated under a cap and its paragraphs counted. */
export function checkDocx(bytes: Uint8Array, label: string, limits: DocumentLimits): LimitProblem {
  const entries = zipEntries(bytes);
  if (!entries) return undefined; // not a zip we can read: the parser reports it as damaged
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxUnzippedBytes) return `“${label}”解压后有 ${mb(declared)}，超过导入上限 ${mb(limits.maxUnzippedBytes)}。`;
  const main = entries.find((e) => e.name === 'word/document.xml');
  if (!main) return undefined;
  const xml = inflateEntry(bytes, main, limits.maxUnzippedBytes);
  if (!xml) return `“${label}”的正文解压后超过导入上限 ${mb(limits.maxUnzippedBytes)}（或已损坏）。`;
  const paragraphs = countParagraphs(xml.toString('utf8'));
  if (paragraphs > limits.maxParagraphs) return `“${label}”有 ${paragraphs.toLocaleString('en')} 个段落，超过导入上限 ${limits.maxParagraphs.toLocaleString('en')} 个。`;
  return undefined;
}

/** Pages of a .pdf, counted from its page objects without parsing it; 0 when none are found. */
export function countPdfPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let count = 0;
  const re = /\/Type\s*\/Page(?![a-zA-Z])/g;
  while (re.exec(text)) count++;
  return count;
}

/**
 * A .pdf checked before parsing: its pages counted from the page objects, and its Flate streams inflated under
 * one budget (whatever sizes they claim), so a small file that inflates to gigabytes is refused.
 */
export function checkPdf(bytes: Uint8Array, label: string, limits: DocumentLimits): LimitProblem {
  const pages = countPdfPages(bytes);
  if (pages > limits.maxPages) return `“${label}”有 ${pages} 页，超过导入上限 ${limits.maxPages} 页。`;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let budget = limits.maxUnzippedBytes;
  for (let at = text.indexOf('stream'); at >= 0; at = text.indexOf('stream', at + 6)) {
    if (text.startsWith('end', at - 3)) continue;
    let start = at + 6;
    if (text[start] === '\r') start++;
    if (text[start] !== '\n') continue;
    start++;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf('<<', at)), at);
    if (dictionary.includes('/FlateDecode')) {
      try {
        budget -= inflateSync(bytes.subarray(start, end), { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') budget = -1;
        // any other error: a damaged stream, which the parser reports
      }
      if (budget < 0) return `“${label}”解压后超过导入上限 ${mb(limits.maxUnzippedBytes)}。`;
    }
    at = end;
  }
  return undefined;
}

/** The text read from any format: characters and lines. */
export function checkText(text: string, label: string, limits: DocumentLimits): LimitProblem {
  if (text.length > limits.maxChars) return `“${label}”有 ${text.length.toLocaleString('en')} 个字符，超过导入上限 ${limits.maxChars.toLocaleString('en')} 个。`;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (++lines > limits.maxParagraphs) return `“${label}”超过 ${limits.maxParagraphs.toLocaleString('en')} 段（行），超过导入上限。`;
  }
  return undefined;
}
