// The activity log: append-only JSON lines (the history), read through a snapshot that covers it up to a
// byte offset, so neither a write nor a month's read costs more with 100,000 records than with 1,000.
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Activity, ActivityEvent } from '../../core/activities/activity-schema.js';
import { StoreError } from '../../core/errors.js';
import { AppendBatcher } from './append-batch.js';
import { checkEvents } from './check-event.js';
import { appendDurably, readLogText } from './log-file.js';
import { identifyLog } from './log-identity.js';
import { yieldToLoop } from './log-apply.js';
import { LogReads } from './log-reads.js';
import type { IndexMeta } from './snapshot-layout.js';
import { ActivityIndex } from './activity-index.js';

/** Events filed between two turns of the event loop. */
const CHECK_STEP = 200;
/** Batches from this many events have their lookups done ahead (ActivityIndex.prefetch). */
const PREFETCH_FROM = 16;

type AppendResult = { activity: Activity | undefined; duplicate: boolean };

/** One workspace's activities: the log, its snapshot, and one catch-up at a time. */
export class ActivityLog extends LogReads {
  private readonly batcher = new AppendBatcher<ActivityEvent, AppendResult>((events) => this.commit(events, {}));

  /** Validates and appends one event, then files it in the snapshot (takes the workspace lock). */
  async append(event: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }> {
    const [result] = await this.appendAll([event]);
    return result!;
  }

  /**
   * Validates and appends events in one write, then files them in the snapshot (takes the workspace lock).
   * A create whose dedupe key is stored (or earlier in the batch) is left out and comes back as a duplicate;
   * an edit or undo of an unknown id is left out; a create whose id is taken refuses the whole batch.
   */
  async appendAll(events: readonly ActivityEvent[], options: { skipTaken?: boolean } = {}): Promise<AppendResult[]> {
    const checked = await checkEvents(events);
    // The first write of a process may find no snapshot: it is built before the lock is taken, not under it.
    if (!this.meta) await this.fresh();
    // Writes queued in this process share one lock hold and one fsync (append-batch.ts).
    return options.skipTaken ? this.commit(checked, options) : this.batcher.submit(checked);
  }

  private commit(checked: readonly ActivityEvent[], options: { skipTaken?: boolean }): Promise<AppendResult[]> {
    return this.lock.run(() =>
      this.holding(async () => {
        const meta = { ...(await this.catchUpLocked()) };
        meta.damaged = [...meta.damaged];
        const gen = meta.generation;
        // Nobody else appends while we hold the lock: the size seen while catching up is the size now.
        const size = Math.max(meta.logSize, meta.seenSize ?? 0);
        const torn = size > meta.logSize;
        const texts: string[] = [];
        const results: { activity: Activity | undefined; duplicate: boolean }[] = [];
        const linesBefore = meta.lines;
        try {
          // A last line without its newline (a crash mid-write) is ended first, so it cannot swallow these:
          // whole, it is a record like any other; cut short, it is counted as damaged and kept.
          if (torn) await this.applyLine(meta, await readLogText(this.file, meta.logSize, size), meta.logSize, '写入时中断的半行（那次写入没有完成）');
          let cursor = size + (torn ? 1 : 0);
          // A big batch's ids and keys looked up ahead, each bucket read once (not once an event).
          if (checked.length >= PREFETCH_FROM) {
            await this.index.prefetch(gen, checked.map((e) => (e.type === 'create' ? e.activity.id : e.id)), checked.flatMap((e) => (e.type === 'create' && e.activity.dedupeKey ? [e.activity.dedupeKey] : [])));
          }
          for (const [n, event] of checked.entries()) {
            // Lookups in files already read resolve at once: a turn of the event loop now and then keeps acks flowing.
            if (n > 0 && n % CHECK_STEP === 0) await yieldToLoop();
            if (event.type === 'create') {
              const key = event.activity.dedupeKey;
              const existingId = key ? await this.index.idOfKey(gen, key) : undefined;
              const existing = existingId === undefined ? undefined : await this.index.find(gen, existingId);
              if (existing) {
                results.push({ activity: existing.a, duplicate: true });
                continue;
              }
              if (await this.index.hasId(gen, event.activity.id)) {
                if (!options.skipTaken) throw new StoreError('record_clash', 'activities.jsonl');
                results.push({ activity: undefined, duplicate: false });
                continue;
              }
            } else if (!(await this.index.find(gen, event.id))) {
              results.push({ activity: undefined, duplicate: false });
              continue;
            }
            const text = `${JSON.stringify(event)}\n`;
            results.push({ activity: await this.index.apply(gen, cursor, event), duplicate: false });
            texts.push(text);
            cursor += Buffer.byteLength(text);
          }
          if (texts.length === 0 && !torn) return results;
          if (texts.length === 0) {
            this.index.forget(); // the torn line stays as it is until a record follows it
            return results;
          }
          await appendDurably(this.fs, this.file, `${torn ? '\n' : ''}${texts.join('')}`);
          meta.logSize = cursor;
        } catch (error) {
          this.index.forget(); // what was filed provisionally is not in the log
          throw error;
        }
        // Stored: from here a failure only leaves the snapshot behind the log. The write is not reported as
        // failed; the snapshot is dropped, so the next read rebuilds it from the log.
        try {
          await this.index.flush(gen);
          const logId = await identifyLog(this.file, meta.logSize, meta.logId);
          const next: IndexMeta = { ...meta, logIno: meta.logIno || (await this.logFile()).ino, logId, seenSize: meta.logSize, lines: linesBefore + texts.length + (torn ? 1 : 0) };
          await ActivityIndex.writeMeta(this.indexRoot, next);
          this.use(next);
        } catch (error) {
          this.index.forget();
          await unlink(join(this.indexRoot, 'meta.json')).catch(() => undefined);
          this.logger.warn('activity log: stored, but its snapshot could not be updated; it is rebuilt on the next read', { error: String(error) });
        }
        return results;
      }),
    );
  }
}
