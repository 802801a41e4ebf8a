// Applies the activity log's lines to its snapshot: complete lines from an offset, in chunks, each validated
// once; an unreadable line or a second record with a taken id is counted as damaged and skipped.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActivityEvent, ActivityEventSchema } from '../../core/activities/activity-schema.js';
import type { Logger } from '../../core/ports.js';
import { ActivityIndex } from './activity-index.js';
import { CHUNK_BYTES, readLineAt } from './log-file.js';
import type { BuildHooks } from './build-files.js';
import type { DamagedLine, IndexMeta } from './snapshot-layout.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import type { WorkspaceLock } from './workspace-lock.js';

/** Lines applied between two flushes of the snapshot while catching up. */
const FLUSH_LINES = 20_000;

export const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The log file, its snapshot's folder and index, and the applying of log lines to it. */
export class LogApplier {
  protected readonly index: ActivityIndex;
  protected readonly indexRoot: string;

  constructor(
    readonly file: string,
    protected readonly lock: WorkspaceLock,
    protected readonly logger: Logger,
    protected readonly fs: StoreFs = nodeFs,
    protected readonly hooks: BuildHooks = {},
  ) {
    this.indexRoot = join(file, '..', 'activities.index');
    this.index = new ActivityIndex(this.indexRoot);
  }

  /** Applies complete log lines from meta.logSize to `size`, in chunks, validating each once. */
  protected async applyLog(start: IndexMeta, size: number): Promise<IndexMeta> {
    const meta = { ...start, damaged: [...start.damaged] };
    if (size <= meta.logSize) return meta;
    const handle = await open(this.file, 'r');
    try {
      let sinceFlush = 0;
      while (meta.logSize < size) {
        const length = Math.min(CHUNK_BYTES, size - meta.logSize);
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, meta.logSize);
        let end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
        if (end === 0) {
          // A line longer than a chunk, or a torn last line left by a crash: read on, or stop before it.
          if (meta.logSize + bytesRead >= size) break;
          const whole = await readLineAt(handle, meta.logSize, size);
          if (!whole) break;
          await this.applyLine(meta, whole.text, meta.logSize);
          meta.logSize += whole.bytes;
          continue;
        }
        let offset = meta.logSize;
        for (const text of buffer.subarray(0, end).toString('utf8').split('\n')) {
          const bytes = Buffer.byteLength(text) + 1;
          if (offset + bytes > meta.logSize + end) break;
          if (text !== '') {
            await this.applyLine(meta, text, offset);
            sinceFlush++;
          }
          offset += bytes;
        }
        meta.logSize += end;
        if (sinceFlush >= FLUSH_LINES) {
          // Written out and forgotten: memory stays bounded however long the log is.
          await this.index.flush(meta.generation);
          this.index.forget(true);
          sinceFlush = 0;
        }
        await yieldToLoop();
      }
    } finally {
      await handle.close();
    }
    await this.index.flush(meta.generation);
    return meta;
  }

  protected async applyLine(meta: IndexMeta, text: string, offset: number, unreadable = '不是有效的活动记录'): Promise<void> {
    meta.lines++;
    let event: ActivityEvent | undefined;
    try {
      const parsed = ActivityEventSchema.safeParse(JSON.parse(text));
      if (parsed.success) event = parsed.data;
    } catch {
      // not JSON
    }
    if (!event) {
      this.damage(meta, { line: meta.lines, reason: unreadable });
      return;
    }
    // The snapshot may hold this very line already (a crash after it was written, before its meta): that is
    // a replay, not a second record. Only an id filed from an earlier line is a duplicate.
    const current = event.type === 'create' ? await this.index.find(meta.generation, event.activity.id) : undefined;
    if (event.type === 'create' && current && current.o < offset) {
      this.damage(meta, { line: meta.lines, reason: `编号 ${event.activity.id} 与前面的记录重复` });
      return;
    }
    await this.index.apply(meta.generation, offset, event);
  }

  protected damage(meta: IndexMeta, d: DamagedLine): void {
    meta.damaged.push(d);
    this.logger.warn('activity log: skipped an unreadable line', { file: 'activities.jsonl', line: d.line });
  }
}
