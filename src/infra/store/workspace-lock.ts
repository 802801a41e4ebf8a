// One writer at a time per workspace folder: an in-process queue plus a lock file shared with other processes.
import lockfile from 'proper-lockfile';
import { StoreError } from '../../core/errors.js';

/** Runs tasks one after another in this process and under a cross-process lock on `dir`. */
export class WorkspaceLock {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly dir: string) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(() => this.withFileLock(task));
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async withFileLock<T>(task: () => Promise<T>): Promise<T> {
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(this.dir, {
        lockfilePath: `${this.dir}/.write.lock`,
        realpath: false,
        stale: 10_000,
        retries: { retries: 200, minTimeout: 5, maxTimeout: 50, factor: 1.3 },
      });
    } catch (cause) {
      throw new StoreError('store_busy', this.dir, undefined, { cause });
    }
    try {
      return await task();
    } finally {
      await release().catch(() => undefined);
    }
  }
}
