// The activity log as a file: a line read whole at an offset, the text between two offsets, a durable append
// cut back when it fails, and a scan from the end backwards, a chunk at a time with turns of the event loop.
import { open } from 'node:fs/promises';
import type { StoreFs } from './store-fs.js';

/** Bytes of log read per step; between steps the event loop runs. */
export const CHUNK_BYTES = 32 * 1024;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type Handle = Awaited<ReturnType<typeof open>>;

/** The line starting at `from` (before `size`) and its length in bytes with its newline; undefined when it has no end. */
export async function readLineAt(handle: Handle, from: number, size: number): Promise<{ text: string; bytes: number } | undefined> {
  const parts: Buffer[] = [];
  for (let at = from; at < size; ) {
    const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, size - at));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    const nl = buffer.subarray(0, bytesRead).indexOf(0x0a);
    if (nl >= 0) {
      parts.push(buffer.subarray(0, nl));
      const text = Buffer.concat(parts).toString('utf8');
      return { text, bytes: at + nl + 1 - from };
    }
    parts.push(buffer.subarray(0, bytesRead));
    at += bytesRead;
  }
  return undefined;
}

/** The bytes of the file from `from` to `to` as text (a torn last line). */
export async function readLogText(file: string, from: number, to: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(to - from);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Appends to the file and flushes it to disk; a failed append is cut off again, so what is not acknowledged is not stored. */
export async function appendDurably(fs: StoreFs, file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'a');
  try {
    const { size } = await handle.stat();
    try {
      await handle.writeFile(text, 'utf8');
      await handle.datasync();
    } catch (error) {
      await handle.truncate(size).catch(() => undefined);
      throw error;
    }
  } finally {
    await handle.close();
  }
}

/** Visits the lines before `size`, last first, until `visit` returns false or the file's start. */
export async function scanBackwards(file: string, size: number, visit: (line: string) => Promise<boolean>): Promise<void> {
  const handle = await open(file, 'r');
  try {
    let end = size;
    let carry = Buffer.alloc(0);
    while (end > 0) {
      const start = Math.max(0, end - CHUNK_BYTES);
      const buffer = Buffer.alloc(end - start);
      await handle.read(buffer, 0, buffer.length, start);
      const joined = Buffer.concat([buffer, carry]);
      end = start;
      // The first line of this chunk may begin in the one before: it waits for it, unless this is the file's start.
      const cut = start === 0 ? 0 : joined.indexOf(0x0a) + 1;
      if (cut === 0 && start > 0) {
        carry = joined;
        continue;
      }
      carry = joined.subarray(0, cut);
      for (const text of joined.subarray(cut).toString('utf8').split('\n').reverse()) if (!(await visit(text))) return;
      await yieldToLoop();
    }
  } finally {
    await handle.close();
  }
}
