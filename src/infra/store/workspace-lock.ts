// One writer at a time per workspace folder: an in-process queue, a first-come queue of waiting processes, and a
// lock file naming its owner, published whole; a lock left empty (a full disk) or by a dead process is taken over
// at once. Every wait ends by its bound with store_busy, and file-system faults become words (store-fault.ts).
import { basename } from 'node:path';
import { join } from 'node:path';
import { StoreError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';
import { isAbandoned, letGo, newOwner, type Owner, ownerText } from './lock-owner.js';
import { storeFault } from './store-fault.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import { WriteQueue } from './write-queue.js';

export interface LockOptions {
  /** The longest a write waits for other writers (in this process and others) before store_busy. */
  waitMs?: number;
  /** A lock of another host untouched this long is abandoned (its owner cannot be checked). */
  staleMs?: number;
  fs?: StoreFs;
  logger?: Logger;
}

/** How long a write waits at most, unless configured: the README states it. */
export const LOCK_WAIT_MS = 10_000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs tasks one after another in this process and under a cross-process lock file in `dir`. */
export class WorkspaceLock {
  private tail: Promise<unknown> = Promise.resolve();
  readonly file: string;
  private readonly waitMs: number;
  private readonly staleMs: number;
  private readonly fs: StoreFs;
  private readonly queue: WriteQueue;

  constructor(
    private readonly dir: string,
    private readonly options: LockOptions = {},
  ) {
    this.file = join(dir, '.write.lock');
    this.waitMs = options.waitMs ?? LOCK_WAIT_MS;
    this.staleMs = options.staleMs ?? 30_000;
    this.fs = options.fs ?? nodeFs;
    this.queue = new WriteQueue(dir, this.fs, this.staleMs);
  }

  /** Runs `task` holding the lock; a full disk or a folder kexie may not write comes back as a StoreError that says so. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.waitMs;
    const next = this.tail.then(() => this.withFileLock(task, deadline));
    this.tail = next.catch(() => undefined);
    return next.catch(async (error: unknown) => {
      throw await storeFault(error, this.dir, this.options.logger);
    });
  }

  private async withFileLock<T>(task: () => Promise<T>, deadline: number): Promise<T> {
    if (Date.now() > deadline) throw this.busy();
    const owner = await this.acquire(deadline);
    try {
      return await task();
    } finally {
      await this.release(owner).catch(() => undefined);
    }
  }

  private busy(): StoreError {
    return new StoreError('store_busy', basename(this.dir), `等了 ${Math.round(this.waitMs / 1000)} 秒仍未轮到写入。`);
  }

  private async acquire(deadline: number): Promise<Owner> {
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
      for (;;) {
        const ahead = ticket === undefined ? 0 : await this.queue.position(ticket);
        if (ahead === 0) {
          if (await this.publish(draft, text)) return owner;
          if (await this.takeOverIfAbandoned()) continue;
          ticket ??= await this.queue.join(owner);
          delay = Math.min(delay * 2, 16);
        } else {
          // Far back in the queue: look rarely, leaving the processor to the writer that holds the lock.
          delay = Math.min(20 * ahead, 250);
        }
        if (Date.now() >= deadline) throw this.busy();
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

  /** Removes the lock when it is abandoned (see lock-owner.ts); true when the caller should try again at once. */
  private async takeOverIfAbandoned(): Promise<boolean> {
    const info = await this.fs.stat(this.file).catch(() => undefined);
    if (!info) return true;
    const age = Date.now() - info.mtimeMs;
    if (info.isDirectory()) {
      // A lock directory left by an older kexie (proper-lockfile), which refreshed it while held.
      if (age < 10_000) return false;
      await this.fs.rmdir(this.file).catch(() => undefined);
      return true;
    }
    const content = await this.fs.readFile(this.file, 'utf8').catch(() => undefined);
    if (content === undefined) return true;
    if (!isAbandoned(content, age, this.staleMs)) return false;
    // Only one process takes over, and only the lock it judged: another may have replaced it meanwhile.
    const guard = `${this.file}.takeover`;
    try {
      await this.fs.mkdir(guard);
    } catch {
      const g = await this.fs.stat(guard).catch(() => undefined);
      if (g && Date.now() - g.mtimeMs > 2_000) await this.fs.rmdir(guard).catch(() => undefined);
      return false;
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
