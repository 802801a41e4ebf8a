import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../src/core/errors.js';
import { DEFAULT_LIMITS, readDocument, readDocumentBytes } from '../../src/infra/documents/read-document-safely.js';
import { fixture } from '../support/kexie-for-tests.js';
import { docxWithParagraphs, pdfWith } from '../support/zip.js';

const refusal = async (read: Promise<unknown>): Promise<PlanParseError> => {
  const error = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PlanParseError);
  return error as PlanParseError;
};

let bomb: Buffer | undefined;
/** The 2,000,000-paragraph .docx, built once (deflating 86 MB is the slow part of these tests). */
const twoMillion = (): Buffer => (bomb ??= docxWithParagraphs(2_000_000));

describe('reading hostile plan files', () => {
  it('refuses a small .docx of 2,000,000 paragraphs before inflating it, in Chinese', async () => {
    const bomb = twoMillion();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(readDocumentBytes(bomb, 'bomb.docx'));
    expect(error.code).toBe('file_too_large');
    expect(error.userMessage).toMatch(/解压后.*超过导入上限/u);
    expect(error.userMessage).toMatch(/请/u);
  });

  it('refuses a .docx whose directory lies about its size, inflating no more than the cap', async () => {
    const liar = Buffer.from(twoMillion());
    // Rewrite the declared size of word/document.xml (the last entry) in its local and central headers.
    for (let at = liar.indexOf('word/document.xml'); at >= 0; at = liar.indexOf('word/document.xml', at + 1)) {
      const central = liar.readUInt32LE(at - 46) === 0x02014b50;
      if (central) liar.writeUInt32LE(1000, at - 46 + 24);
      else if (liar.readUInt32LE(at - 30) === 0x04034b50) liar.writeUInt32LE(1000, at - 30 + 22);
    }
    const error = await refusal(readDocumentBytes(liar, 'liar.docx'));
    expect(error.code).toBe('file_too_large');
    expect(error.userMessage).toMatch(/正文解压后超过导入上限/u);
  });

  it('refuses a .docx with too many paragraphs though small when inflated', async () => {
    const error = await refusal(readDocumentBytes(docxWithParagraphs(DEFAULT_LIMITS.maxParagraphs + 1), 'many.docx'));
    expect(error.userMessage).toMatch(/30,001 个段落，超过导入上限 30,000 个/u);
  });

  it('refuses a small .pdf whose streams inflate past the cap, and one of too many pages', async () => {
    const bomb = pdfWith({ inflated: 60 * 1024 * 1024 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const inflated = await refusal(readDocumentBytes(bomb, 'bomb.pdf'));
    expect(inflated.code).toBe('file_too_large');
    expect(inflated.userMessage).toMatch(/“bomb.pdf”解压后超过导入上限 40 MB/u);
    const pages = await refusal(readDocumentBytes(pdfWith({ pages: 501 }), 'pages.pdf'));
    expect(pages.userMessage).toMatch(/501 页，超过导入上限 500 页/u);
  });

  it('refuses a 20 MB plan by its size before reading it', async () => {
    const big = new Uint8Array(20 * 1024 * 1024).fill(0x31);
    const error = await refusal(readDocumentBytes(big, 'big.txt'));
    expect(error.code).toBe('file_too_large');
    expect(error.userMessage).toMatch(/20\.0 MB，超过导入上限 10 MB/u);
  });

  it('refuses text with too many lines', async () => {
    const lines = new TextEncoder().encode('一、科普\n'.repeat(DEFAULT_LIMITS.maxParagraphs + 5));
    const error = await refusal(readDocumentBytes(lines, 'lines.txt'));
    expect(error.userMessage).toMatch(/超过 30,000 段/u);
  });

  it('stops a parse that runs past its time or its memory, and the process carries on', async () => {
    const docx = docxWithParagraphs(20_000);
    const slow = await refusal(readDocumentBytes(docx, 'slow.docx', { ...DEFAULT_LIMITS, timeoutMs: 1 }));
    expect(slow.userMessage).toMatch(/超过 0 秒仍未完成|仍未完成/u);
    const hungry = await refusal(readDocumentBytes(docxWithParagraphs(29_000), 'hungry.docx', { ...DEFAULT_LIMITS, memoryMb: 8 }));
    expect(hungry.code).toBe('file_too_large');
    expect(hungry.userMessage).toMatch(/内存超过上限 8 MB/u);
    // The same worker path still reads a real plan afterwards.
    const { format, text } = await readDocument(fixture('plans', 'deadline-in-table.docx'));
    expect(format).toBe('docx');
    expect(text).toMatch(/科普阵地/u);
  });

  it('keeps the parser errors of a broken file', async () => {
    const error = await refusal(readDocument(fixture('plans', 'broken.docx')));
    expect(error.code).toBe('file_unreadable');
    expect(error.userMessage).toMatch(/请/u);
  });
});
