// One writer at a time per workspace folder: an in-process queue plus a lock file naming its owner's pid,
// so a lock left by a dead process is taken over at once and waits stay short and bounded.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { mkdir, open, readFile, rmdir, stat, unlink } from 'node:fs/promises';
import { StoreError } from '../../core/errors.js';

export interface LockOptions {
  /** The longest a write waits for another writer before giving up with store_busy. */
  waitMs?: number;
  /** A lock untouched this long is abandoned even when its owner cannot be checked (another host). */
  staleMs?: number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs tasks one after another in this process and under a cross-process lock file in `dir`. */
export class WorkspaceLock {
  private tail: Promise<unknown> = Promise.resolve();
  readonly file: string;
  private readonly waitMs: number;
  private readonly staleMs: number;

  constructor(
    private readonly dir: string,
    options: LockOptions = {},
  ) {
    this.file = join(dir, '.write.lock');
    this.waitMs = options.waitMs ?? 10_000;
    this.staleMs = options.staleMs ?? 30_000;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(() => this.withFileLock(task));
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async withFileLock<T>(task: () => Promise<T>): Promise<T> {
    const token = await this.acquire();
    try {
      return await task();
    } finally {
      await this.release(token).catch(() => undefined);
    }
  }

  private async acquire(): Promise<string> {
    const token = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString(), token: randomUUID() });
    const deadline = Date.now() + this.waitMs;
    let delay = 1;
    for (;;) {
      try {
        const handle = await open(this.file, 'wx');
        try {
          await handle.writeFile(token);
        } finally {
          await handle.close();
        }
        return token;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new StoreError('store_busy', basename(this.dir), undefined, { cause: error });
      }
      if (await this.takeOverIfAbandoned()) continue;
      if (Date.now() >= deadline) throw new StoreError('store_busy', basename(this.dir));
      await pause(delay);
      delay = Math.min(delay * 2, 8);
    }
  }

  /** Removes the lock when its owner is a dead process on this host, or when it is older than staleMs. */
  private async takeOverIfAbandoned(): Promise<boolean> {
    const info = await stat(this.file).catch(() => undefined);
    if (!info) return true;
    const old = Date.now() - info.mtimeMs > this.staleMs;
    if (info.isDirectory()) {
      // A lock directory left by an older kexie (proper-lockfile).
      if (!old && Date.now() - info.mtimeMs < 10_000) return false;
      await rmdir(this.file).catch(() => undefined);
      return true;
    }
    const content = await readFile(this.file, 'utf8').catch(() => undefined);
    if (content === undefined) return true;
    if (!old && !ownerIsDead(content)) return false;
    // Only one process takes over, and only the lock it judged: another may have replaced it meanwhile.
    const guard = `${this.file}.takeover`;
    try {
      await mkdir(guard);
    } catch {
      const g = await stat(guard).catch(() => undefined);
      if (g && Date.now() - g.mtimeMs > 2_000) await rmdir(guard).catch(() => undefined);
      return false;
    }
    try {
      if ((await readFile(this.file, 'utf8').catch(() => undefined)) === content) await unlink(this.file).catch(() => undefined);
    } finally {
      await rmdir(guard).catch(() => undefined);
    }
    return true;
  }

  private async release(token: string): Promise<void> {
    if ((await readFile(this.file, 'utf8')) === token) await unlink(this.file);
  }
}

function ownerIsDead(content: string): boolean {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(content) as { pid?: unknown; host?: unknown };
  } catch {
    return false; // being written right now
  }
  if (owner.host !== hostname() || typeof owner.pid !== 'number') return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
