// Requests told to wait while a workspace's records are filed from the start ("这条消息已收到，不用重发"), kept on
// disk until answered: a file each in <workspace>/requests.held/, written whole and flushed before the user is told,
// removed once the answer is out. A file whose holder stopped (its process gone, or another store instance of this
// process: a restart in the tests) is an orphan, answered by the bot when it starts again.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { HeldRequest } from '../../core/ports.js';
import { isAlive } from './lock-owner.js';

export const HELD_FOLDER = 'requests.held';

/** One workspace's held requests; ids this instance holds are its own until released. */
export class HeldRequests {
  /** This instance's mark in the names of the files it holds. */
  private readonly token = randomUUID().slice(0, 8);
  private readonly mine = new Set<string>();

  constructor(private readonly dir: string) {}

  private get folder(): string {
    return join(this.dir, HELD_FOLDER);
  }

  /** Writes the request durably (a temporary file flushed, then renamed); resolves once it would survive a crash. */
  async hold(request: HeldRequest): Promise<string> {
    const id = `${process.pid}-${this.token}-${randomUUID().slice(0, 12)}`;
    await mkdir(this.folder, { recursive: true });
    const temp = join(this.folder, `.${id}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(JSON.stringify(request));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, join(this.folder, `${id}.json`));
    this.mine.add(id);
    return id;
  }

  async release(id: string): Promise<void> {
    this.mine.delete(id);
    await unlink(join(this.folder, `${id}.json`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Held requests whose holder is gone: another process no longer alive, or another instance of this one. */
  async orphans(): Promise<Array<{ id: string; request: HeldRequest }>> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const found: Array<{ id: string; request: HeldRequest }> = [];
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const id = name.slice(0, -5);
      const [pid, token] = id.split('-');
      if (this.mine.has(id) || (Number(pid) === process.pid ? token === this.token : isAlive(Number(pid)))) continue;
      try {
        found.push({ id, request: JSON.parse(await readFile(join(this.folder, name), 'utf8')) as HeldRequest });
      } catch {
        // Unreadable (written by hand, or a disk fault): left where it is for someone to look at.
      }
    }
    return found;
  }
}

/** Whether a workspace folder holds requests (a cheap look for the bot's start). */
export async function hasHeldRequests(dir: string): Promise<boolean> {
  return (await readdir(join(dir, HELD_FOLDER)).catch(() => [] as string[])).some((n) => n.endsWith('.json'));
}
