// Reads a plan file of any format staff have (.txt/.md in UTF-8 or GB18030, .docx, .doc, .pdf) into text.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import mammoth from 'mammoth';
import WordExtractor from 'word-extractor';
import { PlanParseError } from '../../core/errors.js';
import { decodeTextBytes, describeNotText, TEXT_ENCODINGS } from './decode-text.js';
import { closeCjkSpaces } from '../../core/text/normalize.js';
import { readListMarkers } from './docx-numbering.js';
import { htmlToLines } from './html-to-lines.js';
import { pdfPagesToLines, toPieces } from './pdf-lines.js';
import { convertTextTables } from '../../core/plans/table-rows.js';

export type DocumentFormat = 'text' | 'docx' | 'doc' | 'pdf';

/** Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (which covers GBK). Throws PlanParseError when they are not text. */
export function decodeText(bytes: Uint8Array, label = '文件'): string {
  const decoded = decodeTextBytes(bytes);
  if (decoded.ok) return decoded.text;
  throw new PlanParseError(decoded.problem === 'binary' ? 'file_unsupported' : 'file_unreadable', undefined, `${describeNotText(label, decoded)}计划请用 .txt/.md（${TEXT_ENCODINGS} 编码）、.docx、.doc 或 .pdf 文件。`);
}

function formatOf(bytes: Uint8Array, name: string): DocumentFormat | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'docx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'doc';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  const ext = extname(name).toLowerCase();
  if (['.docx', '.doc', '.pdf'].includes(ext)) return undefined;
  if (['.txt', '.md', '.text', '.markdown', '.csv', ''].includes(ext)) return 'text';
  return undefined;
}

/** The text of a .docx, .doc or .pdf. */
async function readOffice(bytes: Uint8Array, format: Exclude<DocumentFormat, 'text'>, label: string): Promise<string> {
  try {
    if (format === 'docx') {
      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      return htmlToLines(value, readListMarkers(bytes)).join('\n');
    }
    if (format === 'doc') {
      const doc = await new WordExtractor().extract(Buffer.from(bytes));
      return convertTextTables(doc.getBody().split('\n'), /\t+/).join('\n');
    }
    const { getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const pages = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(toPieces(content.items as Parameters<typeof toPieces>[0]));
    }
    return closeCjkSpaces(pdfPagesToLines(pages).join('\n'));
  } catch (cause) {
    throw new PlanParseError('file_unreadable', undefined, `读取“${label}”失败（${format}）。`, { cause });
  }
}

/** The text of a document in memory; `name` gives the extension. Throws PlanParseError. */
export async function readDocumentBytes(bytes: Uint8Array, name: string): Promise<{ text: string; format: DocumentFormat }> {
  const format = formatOf(bytes, name);
  const label = basename(name);
  if (!format) {
    const ext = extname(name).toLowerCase();
    if (['.docx', '.doc', '.pdf'].includes(ext)) throw new PlanParseError('file_unreadable', undefined, `“${label}”不是有效的 ${ext} 文件（可能已损坏或只上传了一部分）。`);
    throw new PlanParseError('file_unsupported', undefined, `“${label}”的格式无法识别。`);
  }
  const text = format === 'text' ? decodeText(bytes, label) : await readOffice(bytes, format, label);
  if (text.trim() === '') throw new PlanParseError('file_empty', undefined, `“${label}”里没有文字。`);
  return { text, format };
}

/** The text of a document file on disk. */
export async function readDocument(path: string): Promise<{ text: string; format: DocumentFormat }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    throw new PlanParseError('file_unreadable', undefined, `找不到或打不开文件“${path}”。`, { cause });
  }
  return readDocumentBytes(bytes, path);
}
