// Turns a text file's bytes into text, or says why they are not text: binary data, an unknown encoding, or lines in two encodings.

/** The encodings a text file (a plan, a CSV ledger) may be in, as said to users. */
export const TEXT_ENCODINGS = 'UTF-8、GB18030（GBK）或带 BOM 的 UTF-16';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'gb18030' }
  /** binary: NUL bytes or many control characters; encoding: neither UTF-8 nor GB18030; mixed: some lines UTF-8, others not (the first of each, 1-based). */
  | { ok: false; problem: 'binary' | 'encoding' | 'mixed'; lines?: { utf8: number; other: number } };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** At most this share of a text's characters may be controls (other than tab, newline, VT, FF, CR) or U+FFFD. */
const MAX_JUNK_SHARE = 0.01;

/** Characters that no text file holds in numbers: C0 controls but tab, LF, VT, FF, CR; DEL; C1 controls; U+FFFD. */
function junkCount(text: string): number {
  let junk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) junk++;
  }
  return junk;
}

/** Bytes that are C0 controls (but tab, LF, VT, FF, CR) or DEL: common in binary data, rare in text of any encoding. */
function controlBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) n++;
  return n;
}

const HAN = /\p{Script=Han}/gu;

/**
 * The first line (split at LF) that is valid UTF-8 holding at least two Han characters, and the first that is not valid
 * UTF-8: a GBK line is valid UTF-8 with two Han characters only by rare chance, so both in one file mean mixed encodings.
 */
function firstLines(bytes: Uint8Array): { utf8?: number; other?: number } {
  const found: { utf8?: number; other?: number } = {};
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length && (found.utf8 === undefined || found.other === undefined); i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    let ascii = true;
    for (let j = start; j < i && ascii; j++) ascii = (bytes[j] as number) < 0x80;
    if (!ascii) {
      try {
        if ((utf8.decode(bytes.subarray(start, i)).match(HAN)?.length ?? 0) >= 2) found.utf8 ??= line;
      } catch {
        found.other ??= line;
      }
    }
    start = i + 1;
    line++;
  }
  return found;
}

/**
 * Text from bytes: UTF-16 with a BOM, UTF-8 (BOM or not), else GB18030 (which covers GBK and GB2312); never mojibake
 * or binary passed on as text. `lenient` (a CSV, whose cells are cleaned later) lets through a stray NUL and up to 5%
 * of junk characters instead of 1% and none.
 */
export function decodeTextBytes(bytes: Uint8Array, options: { lenient?: boolean } = {}): DecodedText {
  const refuseNul = !options.lenient;
  const maxShare = options.lenient ? 0.05 : MAX_JUNK_SHARE;
  let text: string;
  let encoding: 'utf-8' | 'utf-16' | 'gb18030';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16';
  } else {
    if (refuseNul && bytes.includes(0)) return { ok: false, problem: 'binary' };
    try {
      text = utf8.decode(bytes).replace(/^\uFEFF/u, '');
      encoding = 'utf-8';
    } catch {
      const lines = firstLines(bytes);
      if (lines.utf8 !== undefined && lines.other !== undefined) return { ok: false, problem: 'mixed', lines: { utf8: lines.utf8, other: lines.other } };
      try {
        text = gb18030.decode(bytes);
        encoding = 'gb18030';
      } catch {
        return { ok: false, problem: controlBytes(bytes) > bytes.length * maxShare ? 'binary' : 'encoding' };
      }
    }
  }
  if ((refuseNul && text.includes('\u0000')) || junkCount(text) > Math.max(2, text.length * maxShare)) return { ok: false, problem: 'binary' };
  return { ok: true, text, encoding };
}

/** Why bytes are not text, in Chinese: what the file seems to be and which encodings are read. */
export function describeNotText(label: string, decoded: Extract<DecodedText, { ok: false }>): string {
  if (decoded.problem === 'mixed') {
    const [a, b] = decoded.lines ? [`（如第 ${decoded.lines.utf8} 行）`, `（如第 ${decoded.lines.other} 行）`] : ['', ''];
    return `“${label}”里混用了两种文字编码：有的行是 UTF-8${a}，有的行是 GBK/GB18030${b}，读出来会是乱码，没有导入。请用 Excel、WPS 或记事本打开，另存为“UTF-8”编码（Excel 里选“CSV UTF-8（逗号分隔）”）后重新导入。`;
  }
  if (decoded.problem === 'encoding') return `“${label}”不是 ${TEXT_ENCODINGS} 编码的文字，无法读取。请用记事本或 WPS 打开，另存为“UTF-8”编码后重新导入。`;
  return `“${label}”不是文字文件（里面是二进制数据或大量不可显示的字符），没有导入。`;
}
