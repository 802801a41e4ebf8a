// The writers waiting for one workspace folder, across processes, in order of arrival: each waiter leaves an
// empty ticket file named after its arrival time, host and pid (with its thread's id after a dot, a worker thread's),
// and only the first live ticket tries the lock.
// So a crowd of processes is served first come, first served, and waiters far back look rarely.
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isGone, type Owner } from './lock-owner.js';
import type { StoreFs } from './store-fs.js';

function tagOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

const HOST = tagOf(hostname());

/** The queue of writers of one folder, in `<folder>/.write.queue/`. */
export class WriteQueue {
  readonly dir: string;

  constructor(
    folder: string,
    private readonly fs: StoreFs,
    /** A ticket of another host older than this is abandoned (its pid cannot be checked). */
    private readonly staleMs: number,
  ) {
    this.dir = join(folder, '.write.queue');
  }

  /** Whether nobody is waiting (then a newcomer may try the lock without a ticket). */
  async isEmpty(): Promise<boolean> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[]);
    return names.length === 0;
  }

  /** Takes a ticket for `owner`; returns its name. */
  async join(owner: Owner): Promise<string> {
    const name = `${String(Date.now()).padStart(14, '0')}-${HOST}-${owner.pid}${owner.thread ? `.${owner.thread}` : ''}-${owner.token}`;
    await this.fs.mkdir(this.dir, { recursive: true });
    await this.fs.writeFile(join(this.dir, name), '', { flag: 'wx' });
    return name;
  }

  /** How many live tickets are ahead of `ticket` (0: it is first); tickets of gone writers are removed on the way. */
  async position(ticket: string): Promise<number> {
    const names = (await this.fs.readdir(this.dir).catch(() => [] as string[])).filter((n) => n < ticket).sort();
    let ahead = 0;
    for (const name of names) {
      if (this.isAbandoned(name)) await this.fs.unlink(join(this.dir, name)).catch(() => undefined);
      else ahead++;
    }
    return ahead;
  }

  private isAbandoned(name: string): boolean {
    const [ms, host, who, ...token] = name.split('-');
    if (!ms || !host || !who || token.length === 0) return true;
    const [pid, thread] = who.split('.');
    if (host === HOST) return isGone(Number(pid), token.join('-'), Number(thread ?? 0));
    return Date.now() - Number(ms) > this.staleMs;
  }

  /** Gives a ticket back. */
  async leave(ticket: string): Promise<void> {
    await this.fs.unlink(join(this.dir, ticket)).catch(() => undefined);
  }
}
