// Which log a snapshot covers, by content rather than inode: a copied folder (new inodes) keeps its snapshot,
// a different log at the same path (a restore, a move) does not.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Bytes at the head of the log that name it. */
const HEAD_BYTES = 64 * 1024;
/** Bytes just before the snapshot's offset that must be the same. */
const BEFORE_BYTES = 4 * 1024;

export interface LogId {
  headBytes: number;
  head: string;
  before: string;
}

async function hashRange(file: string, from: number, to: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, to - from));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
    return createHash('sha256').update(buffer.subarray(0, bytesRead)).digest('hex').slice(0, 32);
  } finally {
    await handle.close();
  }
}

/** The identity of the log's first `logSize` bytes (an empty log: none); a full head already known is not read again. */
export async function identifyLog(file: string, logSize: number, known?: LogId): Promise<LogId | undefined> {
  if (logSize === 0) return undefined;
  const headBytes = Math.min(HEAD_BYTES, logSize);
  const [head, before] = await Promise.all([
    known && known.headBytes === HEAD_BYTES ? known.head : hashRange(file, 0, headBytes),
    hashRange(file, Math.max(0, logSize - BEFORE_BYTES), logSize),
  ]);
  return { headBytes, head, before };
}

/** The head hash alone (for a build checkpoint, whose offset moves). */
export async function headOf(file: string, size: number): Promise<{ headBytes: number; head: string }> {
  const headBytes = Math.min(HEAD_BYTES, size);
  return { headBytes, head: headBytes === 0 ? '' : await hashRange(file, 0, headBytes) };
}

/** The file now holds the bytes `id` was taken of (it may have grown since). */
export async function sameLog(file: string, size: number, logSize: number, id: LogId): Promise<boolean> {
  if (size < logSize) return false;
  const now = await identifyLog(file, logSize);
  return now !== undefined && now.headBytes === id.headBytes && now.head === id.head && now.before === id.before;
}
