// A lowdb JSON file validated with zod on every read; a broken file is reported, never overwritten.
import { basename } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import { StoreError } from '../../core/errors.js';
import { DurableJsonFile } from './durable-json-file.js';
import { nodeFs, type StoreFs } from './store-fs.js';

/** One JSON document of the store, cached until the file changes on disk. */
export class JsonDocument<S extends z.ZodType> {
  private readonly db: Low<z.infer<S>>;
  private stamp = '';

  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly empty: () => z.infer<S>,
    private readonly fs: StoreFs = nodeFs,
  ) {
    this.db = new Low<z.infer<S>>(new DurableJsonFile<z.infer<S>>(file, fs), empty());
  }

  /**
   * The current contents, re-read only when the file changed: lowdb replaces the file on each write (a new inode),
   * so two writes of the same size within one clock tick are still told apart.
   */
  async read(): Promise<z.infer<S>> {
    const info = await this.fs.stat(this.file).catch(() => undefined);
    const stamp = info ? `${info.ino}:${info.size}:${info.mtimeMs}` : 'missing';
    if (stamp === this.stamp) return this.db.data;
    if (!info) {
      this.db.data = this.empty();
      this.stamp = stamp;
      return this.db.data;
    }
    try {
      await this.db.read();
    } catch (cause) {
      throw new StoreError('store_corrupt', basename(this.file), `数据文件 ${basename(this.file)} 不是有效的 JSON。`, { cause });
    }
    const parsed = this.schema.safeParse(this.db.data);
    if (!parsed.success) {
      throw new StoreError('store_corrupt', basename(this.file), `数据文件 ${basename(this.file)} 的内容不符合格式。`, { cause: parsed.error });
    }
    this.db.data = parsed.data;
    this.stamp = stamp;
    return this.db.data;
  }

  /** Writes new contents (call under the workspace lock, after read()). */
  async write(data: z.infer<S>): Promise<void> {
    this.db.data = data;
    try {
      await this.db.write();
    } catch (error) {
      this.stamp = ''; // not stored: the next read reads the file, not what we meant to write
      throw error;
    }
    // Stored: a failure to look at it now only means the next read reads the file again.
    const info = await this.fs.stat(this.file).catch(() => undefined);
    this.stamp = info ? `${info.ino}:${info.size}:${info.mtimeMs}` : '';
  }
}
