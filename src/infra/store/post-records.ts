// "Was this post already sent": one small file per post key, claimed with an exclusive create so two processes post once.
import { mkdirSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type PostRecord, PostRecordSchema } from '../../core/schedules/subscription-schema.js';
import { stableId } from '../../core/text/hash.js';

/** Temporary files written by this process: two saves of a key in the same millisecond each have their own. */
let temps = 0;

/** Post records in `<workspace>/posts/`, one JSON file each. */
export class PostRecords {
  constructor(readonly dir: string) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      // A data folder kexie may not write: the first claim fails and says so.
    }
  }

  /** A file name for a key: readable, safe, and unique (a hash guards against look-alike keys). */
  private file(key: string): string {
    return join(this.dir, `${key.replace(/[^A-Za-z0-9@_-]/g, '~').slice(0, 120)}.${stableId(key)}.json`);
  }

  async claim(record: PostRecord): Promise<boolean> {
    try {
      await writeFile(this.file(record.key), JSON.stringify(record), { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  async save(record: PostRecord): Promise<void> {
    const file = this.file(record.key);
    const temp = `${file}.${process.pid}.${Date.now()}.${++temps}.tmp`;
    await writeFile(temp, JSON.stringify(record));
    await rename(temp, file);
  }

  /** The record; a claim whose contents are not written yet (or torn by a crash) reads as "sending" since the file's time. */
  async get(key: string): Promise<PostRecord | undefined> {
    const file = this.file(key);
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text === undefined) return undefined;
    try {
      const parsed = PostRecordSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: torn claim
    }
    const info = await stat(file);
    return { key, status: 'sending', at: info.mtime.toISOString() };
  }
}
