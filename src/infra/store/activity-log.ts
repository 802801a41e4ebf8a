// The activity log: append-only JSON lines (the history), read through a snapshot that covers it up to a
// byte offset, so neither a write nor a month's read costs more with 100,000 records than with 1,000.
import { open, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type Activity, type ActivityEvent, ActivityEventSchema } from '../../core/activities/activity-schema.js';
import { StoreError } from '../../core/errors.js';
import type { DateRange, Logger } from '../../core/ports.js';
import { ActivityIndex } from './activity-index.js';
import type { DamagedLine, IndexMeta } from './snapshot-layout.js';
import { AppendBatcher } from './append-batch.js';
import { checkEvents } from './check-event.js';
import { appendDurably, CHUNK_BYTES, readLineAt, readLogText, scanBackwards } from './log-file.js';
import { identifyLog, sameLog } from './log-identity.js';
import { type BuildHooks, claimBuild, SnapshotBuild } from './snapshot-build.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import type { WorkspaceLock } from './workspace-lock.js';

/** Events filed between two turns of the event loop. */
const CHECK_STEP = 200;
/** Batches from this many events have their lookups done ahead (ActivityIndex.prefetch). */
const PREFETCH_FROM = 16;
/** Lines applied between two flushes of the snapshot while catching up. */
const FLUSH_LINES = 20_000;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const stamp = (meta: IndexMeta): string => `${meta.generation}:${meta.logSize}:${meta.seenSize ?? ''}:${meta.lines}`;

/** The snapshot was last seen with this very file (same inode), or predates the check. */
function sameInode(meta: IndexMeta, ino: number): boolean {
  return meta.logIno === undefined || meta.logIno === 0 || ino === 0 || meta.logIno === ino;
}

type AppendResult = { activity: Activity | undefined; duplicate: boolean };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One workspace's activities: the log, its snapshot, and one catch-up at a time. */
export class ActivityLog {
  private readonly index: ActivityIndex;
  private readonly indexRoot: string;
  private meta: IndexMeta | undefined;
  private freshening: Promise<IndexMeta> | undefined;
  /** The snapshot's meta as this instance left it when it last held the lock. */
  private lastHeld: string | undefined;

  private building: Promise<void> | undefined;
  private readonly batcher = new AppendBatcher<ActivityEvent, AppendResult>((events) => this.commit(events, {}));

  constructor(
    readonly file: string,
    private readonly lock: WorkspaceLock,
    private readonly logger: Logger,
    private readonly fs: StoreFs = nodeFs,
    private readonly hooks: BuildHooks = {},
  ) {
    this.indexRoot = join(file, '..', 'activities.index');
    this.index = new ActivityIndex(this.indexRoot);
  }

  /**
   * A snapshot that covers the whole log. Concurrent callers share one check, and at most one
   * catch-up runs (under the workspace lock, so one across processes too).
   */
  fresh(): Promise<IndexMeta> {
    this.freshening ??= this.check().finally(() => {
      this.freshening = undefined;
    });
    return this.freshening;
  }

  private async check(): Promise<IndexMeta> {
    const [meta, { size, ino }] = await Promise.all([ActivityIndex.readMeta(this.indexRoot), this.logFile()]);
    if (meta && sameInode(meta, ino) && (meta.logSize === size || meta.seenSize === size)) return this.use(meta);
    // A build from the start runs outside the workspace lock: writers of plans, sign-ups… are not held up.
    if (!meta || !(await this.covers(meta, size, ino))) await this.build();
    return this.lock.run(() => this.holding(() => this.catchUpLocked()));
  }

  /** The snapshot covers the start of the log as it is now: the same file, or a copy of it (same bytes). */
  private async covers(meta: IndexMeta, size: number, ino: number): Promise<boolean> {
    if (size < meta.logSize) return false;
    if (meta.logIno && ino && meta.logIno === ino) return true;
    if (meta.logId) return sameLog(this.file, size, meta.logSize, meta.logId);
    return meta.logSize === 0 || sameInode(meta, ino);
  }

  /** Builds the snapshot from the log's start (or its last checkpoint), once per process and one process at a time. */
  private build(): Promise<void> {
    this.building ??= this.buildOnce().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  private async buildOnce(): Promise<void> {
    for (;;) {
      const release = await claimBuild(this.indexRoot);
      if (release) {
        try {
          // Another process may have published one while we waited for the claim.
          const { size, ino } = await this.logFile();
          const meta = await ActivityIndex.readMeta(this.indexRoot);
          if (meta && (await this.covers(meta, size, ino))) return;
          const build = new SnapshotBuild(this.file, this.indexRoot, this.logger, this.hooks);
          const built = await build.run(size);
          const next: IndexMeta = { ...built, logIno: ino, logId: await identifyLog(this.file, built.logSize) };
          await ActivityIndex.writeMeta(this.indexRoot, next);
          await build.finish();
          await ActivityIndex.prune(this.indexRoot, next.generation);
          this.index.forget();
          this.use(next);
          return;
        } finally {
          await release();
        }
      }
      // Another process builds: wait for its snapshot.
      await pause(250);
      const [meta, { size, ino }] = await Promise.all([ActivityIndex.readMeta(this.indexRoot), this.logFile()]);
      if (meta && (await this.covers(meta, size, ino))) return;
    }
  }

  /** Runs work under the lock with the snapshot's files trusted after one read. */
  private async holding<T>(work: () => Promise<T>): Promise<T> {
    const meta = await ActivityIndex.readMeta(this.indexRoot);
    this.index.hold(true, meta !== undefined && stamp(meta) === this.lastHeld);
    try {
      return await work();
    } finally {
      this.lastHeld = this.meta ? stamp(this.meta) : undefined;
      this.index.hold(false);
    }
  }

  private use(meta: IndexMeta): IndexMeta {
    if (this.meta && this.meta.generation !== meta.generation) this.index.forget();
    this.meta = meta;
    return meta;
  }

  private async logFile(): Promise<{ size: number; ino: number }> {
    const info = await stat(this.file).catch(() => undefined);
    return { size: info?.size ?? 0, ino: info?.ino ?? 0 };
  }

  /** Brings the snapshot up to the end of the log (caller holds the lock); rebuilds it when the log was replaced. */
  private async catchUpLocked(): Promise<IndexMeta> {
    let meta = await ActivityIndex.readMeta(this.indexRoot);
    let { size, ino } = await this.logFile();
    if (meta && sameInode(meta, ino) && (meta.logSize === size || meta.seenSize === size)) return this.use(meta);
    // A log that shrank or is another file (restored, moved in) is not the one the snapshot covers.
    if (!meta || !(await this.covers(meta, size, ino))) {
      await this.build();
      meta = await ActivityIndex.readMeta(this.indexRoot);
      ({ size, ino } = await this.logFile());
      if (!meta) throw new StoreError('store_corrupt', 'activities.index');
    }
    const caught = await this.applyLog(meta, size);
    meta = { ...caught, seenSize: size, logIno: ino, logId: await identifyLog(this.file, caught.logSize, meta.logId) };
    await ActivityIndex.writeMeta(this.indexRoot, meta);
    return this.use(meta);
  }

  /** Applies complete log lines from meta.logSize to `size`, in chunks, validating each once. */
  private async applyLog(start: IndexMeta, size: number): Promise<IndexMeta> {
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

  private async applyLine(meta: IndexMeta, text: string, offset: number, unreadable = '不是有效的活动记录'): Promise<void> {
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

  private damage(meta: IndexMeta, d: DamagedLine): void {
    meta.damaged.push(d);
    this.logger.warn('activity log: skipped an unreadable line', { file: 'activities.jsonl', line: d.line });
  }

  async list(range: DateRange = {}): Promise<Activity[]> {
    const { generation } = await this.fresh();
    const from = range.from?.slice(0, 7);
    const to = range.to?.slice(0, 7);
    const months = (await this.index.months(generation, from, to)).filter((m) => (!from || m >= from) && (!to || m <= to || m === 'undated'));
    const out: Activity[] = [];
    const seen = new Set<string>();
    const { from: dayFrom, to: dayTo } = range;
    for (const m of months) {
      // Read in place, without a copy of the month (25,000 records in a busy one, read by every write's check).
      for (const { a } of await this.index.monthEntries(generation, m)) {
        if ((dayFrom && (a.dateEnd ?? a.date) < dayFrom) || (dayTo && a.date > dayTo)) continue;
        // An activity spanning months is filed in each of them: listed once.
        if (a.dateEnd && a.dateEnd.slice(0, 7) !== a.date.slice(0, 7)) {
          if (seen.has(a.id)) continue;
          seen.add(a.id);
        }
        out.push(a);
      }
    }
    return out;
  }

  /**
   * The activities linked to a plan item whose days touch the range: one bucket file of the snapshot. A
   * snapshot built before items were filed answers from the range's months instead.
   */
  async forItem(itemId: string, range: DateRange = {}): Promise<Activity[]> {
    const meta = await this.fresh();
    const touches = (a: Activity) => (!range.from || (a.dateEnd ?? a.date) >= range.from) && (!range.to || a.date <= range.to);
    if (!meta.itemYears) return (await this.list(range)).filter((a) => a.itemId === itemId);
    return (await this.index.item(meta.generation, itemId, range.from, range.to)).filter(touches);
  }

  /** Reads the log backwards from its end until `limit` live records (of `by`) are found. */
  async recent(options: { by?: string; limit: number }): Promise<Activity[]> {
    const { generation, logSize } = await this.fresh();
    const out: Activity[] = [];
    if (logSize === 0 || options.limit <= 0) return out;
    await scanBackwards(this.file, logSize, async (text) => {
      if (out.length >= options.limit) return false;
      if (!text.startsWith('{"type":"create"')) return true;
      let event: { activity?: { id?: unknown; by?: unknown } };
      try {
        event = JSON.parse(text) as typeof event;
      } catch {
        return true;
      }
      const id = event.activity?.id;
      if (typeof id !== 'string' || (options.by !== undefined && event.activity?.by !== options.by)) return true;
      const current = (await this.index.find(generation, id))?.a;
      if (current && !current.undone && !out.some((a) => a.id === id)) out.push(current);
      return out.length < options.limit;
    });
    return out;
  }

  /** Every activity once, a month at a time (for a copy into another store), with bounded memory. */
  async *eachMonth(): AsyncGenerator<Activity[]> {
    const { generation } = await this.fresh();
    yield* this.index.eachMonth(generation);
  }

  async count(): Promise<number> {
    return this.index.count((await this.fresh()).generation);
  }

  async find(id: string): Promise<Activity | undefined> {
    const { generation } = await this.fresh();
    return (await this.index.find(generation, id))?.a;
  }

  async findByDedupeKey(key: string): Promise<Activity | undefined> {
    const { generation } = await this.fresh();
    const id = await this.index.idOfKey(generation, key);
    return id === undefined ? undefined : (await this.index.find(generation, id))?.a;
  }

  /**
   * Many lookups by id or dedupe key against one snapshot; each record once. Under the lock, so each
   * snapshot file is looked at once however many lookups land in it.
   */
  findMany(query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }): Promise<Activity[]> {
    return this.lock.run(() =>
      this.holding(async () => {
        const { generation } = await this.catchUpLocked();
        // Grouped by bucket: a 1,000-row ledger's 2,000 lookups read each bucket once, not once a lookup (at 1M
        // stored a bucket is a few hundred KB, and reading it per lookup made the import grow with the history).
        const ids = new Set(query.ids ?? []);
        for (const id of (await this.index.idsOfKeys(generation, query.dedupeKeys ?? [])).values()) ids.add(id);
        return this.index.findMany(generation, [...ids]);
      }),
    );
  }

  async damaged(): Promise<DamagedLine[]> {
    return (await this.fresh()).damaged;
  }

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
