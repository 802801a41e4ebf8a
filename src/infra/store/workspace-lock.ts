// One writer at a time per workspace folder: an in-process queue, a first-come queue of waiting processes, and a
// lock file naming its owner, published whole; a lock left empty (a full disk) or by a dead process is taken over
// at once. Waits are fair and bounded: a write waits its turn while the writers ahead of it keep finishing, and is
// refused with store_busy when none has moved for `waitMs` (a stuck holder) or after `maxWaitMs` in all.
// File-system faults become words (store-fault.ts).
import { basename } from 'node:path';
import { join } from 'node:path';
import { StoreError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';
import { isAbandoned, letGo, newOwner, type Owner, ownerText } from './lock-owner.js';
import { storeFault } from './store-fault.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import { WriteQueue } from './write-queue.js';

export interface LockOptions {
  /** The longest a write waits while no writer ahead of it (in this process or others) finishes, before store_busy. */
  waitMs?: number;
  /** The longest a write waits in all, however the queue moves (default six times waitMs). */
  maxWaitMs?: number;
  /** The clock of the bounds (tests inject one). */
  now?: () => number;
  /** A lock of another host untouched this long is abandoned (its owner cannot be checked). */
  staleMs?: number;
  fs?: StoreFs;
  logger?: Logger;
}

/** How long a write waits at most with nobody ahead of it finishing, unless configured: the README states it. */
export const LOCK_WAIT_MS = 10_000;
/** How long a write waits at most in all, unless configured: the README states it. */
export const LOCK_MAX_WAIT_MS = 60_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs tasks one after another in this process and under a cross-process lock file in `dir`. */
export class WorkspaceLock {
  private tail: Promise<unknown> = Promise.resolve();
  readonly file: string;
  /** When a write of this process last finished (or the lock's queue across processes last moved). */
  private moved: number;
  private readonly now: () => number;
  private readonly waitMs: number;
  private readonly maxWaitMs: number;
  private readonly staleMs: number;
  private readonly fs: StoreFs;
  private readonly queue: WriteQueue;

  constructor(
    private readonly dir: string,
    private readonly options: LockOptions = {},
  ) {
    this.file = join(dir, '.write.lock');
    this.waitMs = options.waitMs ?? LOCK_WAIT_MS;
    this.maxWaitMs = options.maxWaitMs ?? Math.max(this.waitMs, options.waitMs === undefined ? LOCK_MAX_WAIT_MS : 6 * this.waitMs);
    this.now = options.now ?? Date.now;
    this.moved = this.now();
    this.staleMs = options.staleMs ?? 30_000;
    this.fs = options.fs ?? nodeFs;
    this.queue = new WriteQueue(dir, this.fs, this.staleMs);
  }

  /** Runs `task` holding the lock; a full disk or a folder kexie may not write comes back as a StoreError that says so. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const since = this.now();
    const ahead = this.tail;
    // Given up while waiting in this process (nobody ahead moved): skipped when its turn comes, so nothing of it is written.
    let gaveUp = false;
    const turn = this.waitInProcess(ahead, since).catch((error: unknown) => {
      gaveUp = true;
      throw error;
    });
    const next = ahead.then(() => (gaveUp ? Promise.reject(this.busy()) : this.withFileLock(task, since)));
    this.tail = next.catch(() => undefined);
    return Promise.all([turn, next]).then(
      ([, value]) => value,
      async (error: unknown) => {
        throw await storeFault(error, this.dir, this.options.logger);
      },
    );
  }

  /** Resolves when the writes ahead in this process are done; rejects with store_busy when they stall past the bounds. */
  private async waitInProcess(ahead: Promise<unknown>, since: number): Promise<void> {
    let done = false;
    void ahead.then(() => (done = true));
    await Promise.resolve();
    while (!done) {
      this.checkBounds(since);
      await Promise.race([ahead, pause(Math.min(250, Math.max(1, this.waitMs / 4)))]);
    }
  }

  /** Throws store_busy when nobody ahead has moved for waitMs, or the write has waited maxWaitMs in all. */
  private checkBounds(since: number): void {
    const now = this.now();
    if (now - Math.max(this.moved, since) >= this.waitMs || now - since >= this.maxWaitMs) throw this.busy(since);
  }

  private async withFileLock<T>(task: () => Promise<T>, since: number): Promise<T> {
    const owner = await this.acquire(since);
    try {
      return await task();
    } finally {
      await this.release(owner).catch(() => undefined);
      this.moved = this.now();
    }
  }

  /** `since`: when the refused write began to wait (its message says how long it waited). */
  private busy(since?: number): StoreError {
    const waited = Math.round((since === undefined ? this.waitMs : this.now() - since) / 1000);
    return new StoreError('store_busy', basename(this.dir), `等了 ${waited} 秒仍未轮到写入。`);
  }

  private async acquire(since: number): Promise<Owner> {
    const owner = newOwner();
    const text = ownerText(owner);
    const draft = `${this.file}.${owner.token}`;
    let ticket: string | undefined;
    try {
      // Written beside the lock and linked into place: the lock file never exists half-written.
      await this.fs.writeFile(draft, text).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await this.fs.mkdir(this.dir, { recursive: true });
        await this.fs.writeFile(draft, text);
      });
      if (!(await this.queue.isEmpty())) ticket = await this.queue.join(owner);
      let delay = 1;
      // The queue across processes moves when fewer wait ahead of us or the lock changes hands.
      let lastAhead = Number.POSITIVE_INFINITY;
      let lastHolder: string | undefined;
      this.moved = Math.max(this.moved, this.now());
      for (;;) {
        const ahead = ticket === undefined ? 0 : await this.queue.position(ticket);
        if (ahead < lastAhead) this.moved = this.now();
        lastAhead = ahead;
        if (ahead === 0) {
          if (await this.publish(draft, text)) return owner;
          const holder = await this.takeOverIfAbandoned();
          if (holder === true) continue;
          if (holder !== lastHolder && lastHolder !== undefined) this.moved = this.now();
          lastHolder = holder;
          ticket ??= await this.queue.join(owner);
          delay = Math.min(delay * 2, 16);
        } else {
          // Far back in the queue: look rarely, leaving the processor to the writer that holds the lock.
          delay = Math.min(20 * ahead, 250);
        }
        this.checkBounds(since);
        await pause(delay + Math.random() * delay * 0.25);
      }
    } catch (error) {
      letGo(owner);
      throw error;
    } finally {
      await this.fs.unlink(draft).catch(() => undefined);
      if (ticket !== undefined) await this.queue.leave(ticket);
    }
  }

  /** Puts our lock in place unless one is there. */
  private async publish(draft: string, text: string): Promise<boolean> {
    try {
      await this.fs.link(draft, this.file);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    }
    // A file system without hard links: an exclusive create (briefly empty; judged so only by another writer).
    try {
      await this.fs.writeFile(this.file, text, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  }

  /**
   * Removes the lock when it is abandoned (see lock-owner.ts); true when the caller should try again at once,
   * else what the lock says now (its holder).
   */
  private async takeOverIfAbandoned(): Promise<true | string> {
    const info = await this.fs.stat(this.file).catch(() => undefined);
    if (!info) return true;
    const age = Date.now() - info.mtimeMs;
    if (info.isDirectory()) {
      // A lock directory left by an older kexie (proper-lockfile), which refreshed it while held.
      if (age < 10_000) return 'directory';
      await this.fs.rmdir(this.file).catch(() => undefined);
      return true;
    }
    const content = await this.fs.readFile(this.file, 'utf8').catch(() => undefined);
    if (content === undefined) return true;
    if (!isAbandoned(content, age, this.staleMs)) return content;
    // Only one process takes over, and only the lock it judged: another may have replaced it meanwhile.
    const guard = `${this.file}.takeover`;
    try {
      await this.fs.mkdir(guard);
    } catch {
      const g = await this.fs.stat(guard).catch(() => undefined);
      if (g && Date.now() - g.mtimeMs > 2_000) await this.fs.rmdir(guard).catch(() => undefined);
      return content;
    }
    try {
      if ((await this.fs.readFile(this.file, 'utf8').catch(() => undefined)) === content) await this.fs.unlink(this.file).catch(() => undefined);
    } finally {
      await this.fs.rmdir(guard).catch(() => undefined);
    }
    return true;
  }

  private async release(owner: Owner): Promise<void> {
    try {
      const content = await this.fs.readFile(this.file, 'utf8');
      if (JSON.parse(content).token === owner.token) await this.fs.unlink(this.file);
    } finally {
      letGo(owner);
    }
  }
}
