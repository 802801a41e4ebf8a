// A plan file named .txt that is not text (a binary, random bytes, an unknown encoding) is refused in Chinese with the
// formats that are read, never imported as a plan of junk items; text in UTF-8, GB18030 and UTF-16 still reads.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../src/core/errors.js';
import { readDocument, readDocumentBytes } from '../../src/infra/documents/read-document-safely.js';

const refusal = async (read: Promise<unknown>): Promise<PlanParseError> => {
  const error = await read.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(PlanParseError);
  return error as PlanParseError;
};

/** Bytes from a fixed-seed generator (xorshift32), the same every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const FORMATS = /\.txt\/\.md.*\.docx、\.doc 或 \.pdf/u;

describe('a plan file that is not text', () => {
  it('refuses random bytes named .txt, saying which formats are read', async () => {
    for (const seed of [1, 7, 2026]) {
      const error = await refusal(readDocumentBytes(randomBytes(8192, seed), '工作要点.txt'));
      expect(error.code).toBe('file_unsupported');
      expect(error.userMessage).toContain('“工作要点.txt”不是文字文件');
      expect(error.userMessage).toMatch(FORMATS);
    }
  });

  it('refuses a binary with NUL bytes (an executable, an image) renamed .txt, from disk too', async () => {
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new TextEncoder().encode('一、开展科普活动\n二、举办科技周\n')]);
    expect((await refusal(readDocumentBytes(image, 'plan.txt'))).userMessage).toContain('不是文字文件');
    const dir = mkdtempSync(join(tmpdir(), 'kexie-not-text-'));
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...randomBytes(2000, 99)]);
    writeFileSync(join(dir, 'plan.md'), elf);
    expect((await refusal(readDocument(join(dir, 'plan.md')))).userMessage).toMatch(FORMATS);
  });

  it('refuses text with many control characters though no NUL', async () => {
    const text = Array.from({ length: 200 }, (_, i) => `一、任务${i}\u0001\u0002\u0003`).join('\n');
    expect((await refusal(readDocumentBytes(new TextEncoder().encode(text), 'plan.txt'))).code).toBe('file_unsupported');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the encodings', async () => {
    // Lead bytes followed by bytes no GB18030 sequence allows (0x7f, 0xff), and no controls.
    const bytes = new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 0xff : 0x41)));
    const error = await refusal(readDocumentBytes(bytes, 'plan.txt'));
    expect(error.code).toBe('file_unreadable');
    expect(error.userMessage).toContain('UTF-8、GB18030（GBK）或带 BOM 的 UTF-16');
  });

  it('still reads a plan in UTF-8, GB18030 and UTF-16 with a BOM', async () => {
    const text = '2026年工作要点\n一、举办全国科普日主场活动，9月底前完成\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const gbk = new Uint8Array([...Buffer.from('2026'), 0xc4, 0xea, ...Buffer.from('\n')]); // "2026年"
    expect((await readDocumentBytes(new TextEncoder().encode(text), 'a.txt')).text).toBe(text);
    expect((await readDocumentBytes(utf16, 'b.txt')).text).toBe(text);
    expect((await readDocumentBytes(gbk, 'c.txt')).text).toBe('2026年\n');
  });
});
