// The activity log's snapshot kept fresh: checked against the log's size and identity, built from the start
// when the log is new or replaced, caught up line by line otherwise (one catch-up at a time, under the lock).
import { stat } from 'node:fs/promises';
import { StoreError } from '../../core/errors.js';
import { ActivityIndex } from './activity-index.js';
import { LogApplier } from './log-apply.js';
import { identifyLog, sameLog } from './log-identity.js';
import { claimBuild } from './build-claim.js';
import { buildSnapshot, finishBuild, THREAD_FROM_BYTES } from './build-snapshot.js';
import { type BuildWaitListener, buildWaitListener } from './build-wait.js';
import type { IndexMeta } from './snapshot-layout.js';

const stamp = (meta: IndexMeta): string => `${meta.generation}:${meta.logSize}:${meta.seenSize ?? ''}:${meta.lines}`;

/** The snapshot was last seen with this very file (same inode), or predates the check. */
function sameInode(meta: IndexMeta, ino: number): boolean {
  return meta.logIno === undefined || meta.logIno === 0 || ino === 0 || meta.logIno === ino;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The snapshot made fresh on demand; ActivityLog reads and writes through it. */
export class LogSnapshot extends LogApplier {
  protected meta: IndexMeta | undefined;
  protected freshening: Promise<IndexMeta> | undefined;
  /** The snapshot's meta as this instance left it when it last held the lock. */
  protected lastHeld: string | undefined;

  protected building: Promise<void> | undefined;
  /** How far the build from the start has got (bytes of the log filed of its size), while one runs. */
  protected progress = { logSize: 0, size: 0 };
  /** Requests waiting for a check that may yet start a build: told when it does. */
  private readonly waiters = new Set<BuildWaitListener>();
  /** The running build is long enough that waiting requests are told (BuildHooks.noticeFromBytes). */
  private noticed = false;

  /**
   * A snapshot that covers the whole log. Concurrent callers share one check, and at most one
   * catch-up runs (under the workspace lock, so one across processes too). A caller that registered a listener
   * (build-wait.ts) is told, at once or when it starts, if the check has to wait for a build from the start.
   */
  fresh(): Promise<IndexMeta> {
    this.freshening ??= this.check().finally(() => {
      this.freshening = undefined;
    });
    const listener = buildWaitListener();
    if (listener) {
      if (this.building) {
        if (this.noticed) listener(this.percent());
      }
      else {
        this.waiters.add(listener);
        void this.freshening.finally(() => this.waiters.delete(listener)).catch(() => undefined);
      }
    }
    return this.freshening;
  }

  /** The share of the log the running build has filed (0–100). */
  protected percent(): { percent: number } {
    const { logSize, size } = this.progress;
    return { percent: size > 0 ? (logSize / size) * 100 : 0 };
  }

  protected async check(): Promise<IndexMeta> {
    const [meta, { size, ino }] = await Promise.all([ActivityIndex.readMeta(this.indexRoot), this.logFile()]);
    if (meta && sameInode(meta, ino) && (meta.logSize === size || meta.seenSize === size)) return this.use(meta);
    // A build from the start runs outside the workspace lock: writers of plans, sign-ups… are not held up.
    if (!meta || !(await this.covers(meta, size, ino))) await this.build(size);
    return this.lock.run(() => this.holding(() => this.catchUpLocked()));
  }

  /** The snapshot covers the start of the log as it is now: the same file, or a copy of it (same bytes). */
  protected async covers(meta: IndexMeta, size: number, ino: number): Promise<boolean> {
    if (size < meta.logSize) return false;
    if (meta.logIno && ino && meta.logIno === ino) return true;
    if (meta.logId) return sameLog(this.file, size, meta.logSize, meta.logId);
    return meta.logSize === 0 || sameInode(meta, ino);
  }

  /** Builds the snapshot from the log's start (or its last checkpoint), once per process and one process at a time. */
  protected build(size: number): Promise<void> {
    if (!this.building) {
      this.progress = { logSize: 0, size: 0 };
      // Only a long build is worth a word: a small log is filed before the answer would be late.
      this.noticed = size >= (this.hooks.noticeFromBytes ?? THREAD_FROM_BYTES);
      this.building = this.buildOnce().finally(() => {
        this.building = undefined;
      });
      const waiting = [...this.waiters];
      this.waiters.clear();
      if (this.noticed) for (const tell of waiting) tell(this.percent());
    }
    // A caller that waits for the build outside fresh() (a write finding the log replaced) is told too; a listener
    // may hear more than once.
    if (this.noticed) buildWaitListener()?.(this.percent());
    return this.building;
  }

  protected async buildOnce(): Promise<void> {
    for (;;) {
      const release = await claimBuild(this.indexRoot);
      if (release) {
        try {
          // Another process may have published one while we waited for the claim.
          const { size, ino } = await this.logFile();
          const meta = await ActivityIndex.readMeta(this.indexRoot);
          if (meta && (await this.covers(meta, size, ino))) return;
          const built = await buildSnapshot(this.file, this.indexRoot, size, this.logger, { ...this.hooks, onProgress: (p) => ((this.progress = p), this.hooks.onProgress?.(p)) });
          const next: IndexMeta = { ...built, logIno: ino, logId: await identifyLog(this.file, built.logSize) };
          await ActivityIndex.writeMeta(this.indexRoot, next);
          await finishBuild(this.indexRoot);
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
  protected async holding<T>(work: () => Promise<T>): Promise<T> {
    const meta = await ActivityIndex.readMeta(this.indexRoot);
    this.index.hold(true, meta !== undefined && stamp(meta) === this.lastHeld);
    try {
      return await work();
    } finally {
      this.lastHeld = this.meta ? stamp(this.meta) : undefined;
      this.index.hold(false);
    }
  }

  protected use(meta: IndexMeta): IndexMeta {
    if (this.meta && this.meta.generation !== meta.generation) this.index.forget();
    this.meta = meta;
    return meta;
  }

  protected async logFile(): Promise<{ size: number; ino: number }> {
    const info = await stat(this.file).catch(() => undefined);
    return { size: info?.size ?? 0, ino: info?.ino ?? 0 };
  }

  /** Brings the snapshot up to the end of the log (caller holds the lock); rebuilds it when the log was replaced. */
  protected async catchUpLocked(): Promise<IndexMeta> {
    let meta = await ActivityIndex.readMeta(this.indexRoot);
    let { size, ino } = await this.logFile();
    if (meta && sameInode(meta, ino) && (meta.logSize === size || meta.seenSize === size)) return this.use(meta);
    // A log that shrank or is another file (restored, moved in) is not the one the snapshot covers.
    if (!meta || !(await this.covers(meta, size, ino))) {
      await this.build(size);
      meta = await ActivityIndex.readMeta(this.indexRoot);
      ({ size, ino } = await this.logFile());
      if (!meta) throw new StoreError('store_corrupt', 'activities.index');
    }
    const caught = await this.applyLog(meta, size);
    meta = { ...caught, seenSize: size, logIno: ino, logId: await identifyLog(this.file, caught.logSize, meta.logId) };
    await ActivityIndex.writeMeta(this.indexRoot, meta);
    return this.use(meta);
  }
}
