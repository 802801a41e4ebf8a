// The one build of a snapshot across processes: a lock file its owner touches while it builds, taken over when
// its owner died or stopped touching it.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { isThreadAlive } from '../live-threads.js';

/** A build lock untouched this long is abandoned (its owner touches it every few seconds while it builds). */
const BUILD_STALE_MS = 60_000;

/**
 * Claims the one build of this snapshot across processes: a release function, or undefined while another
 * live process builds. A lock whose owner died (this host) or that nobody touched for a minute is taken over.
 */
export async function claimBuild(indexRoot: string): Promise<(() => Promise<void>) | undefined> {
  const path = join(indexRoot, 'build.lock');
  await mkdir(indexRoot, { recursive: true });
  const token = JSON.stringify({ pid: process.pid, host: hostname(), token: randomUUID(), ...(threadId !== 0 ? { thread: threadId } : {}) });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, token, { flag: 'wx' });
      const touch = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), 5_000);
      touch.unref();
      return async () => {
        clearInterval(touch);
        if ((await readFile(path, 'utf8').catch(() => '')) === token) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!(await abandoned(path))) return undefined;
      await rm(path, { force: true });
    }
  }
  return undefined;
}

async function abandoned(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return true;
  if (Date.now() - info.mtimeMs > BUILD_STALE_MS) return true;
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; host?: unknown; thread?: unknown };
    if (owner.host !== hostname() || typeof owner.pid !== 'number') return false;
    // A thread of this process that has ended (a worker stopped mid-build) holds nothing.
    if (owner.pid === process.pid && typeof owner.thread === 'number') return !isThreadAlive(owner.thread);
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
