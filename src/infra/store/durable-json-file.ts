// A lowdb adapter that writes a JSON file durably: a temporary file beside it, flushed to disk, then renamed
// over it, so the document is whole before or after a crash and a write that fails (a full disk) leaves the
// old one and no temporary behind. Its file operations are replaceable (store-fs.ts) for the tests.
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { StoreFs } from './store-fs.js';

/** One JSON file, read whole and replaced whole. */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly fs: StoreFs,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const temp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    try {
      const handle = await this.fs.open(temp, 'wx');
      try {
        await handle.writeFile(JSON.stringify(data, null, 2));
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await this.fs.rename(temp, this.file);
    } catch (error) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}
