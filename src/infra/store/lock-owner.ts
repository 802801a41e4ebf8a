// Who holds a lock file or a place in the writers' queue, and whether that holder is gone: a lock file that is
// empty or unreadable (a full disk, a crash while it was made), or names a process no longer alive on this host,
// or a thread of this process that has ended, is abandoned and may be taken over at once. Ours are published whole
// (link), so a live one is never empty.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';
import { isThreadAlive } from '../live-threads.js';

/** Tokens this thread holds now (lock files and queue tickets), across every store instance. */
const held = new Set<string>();

export interface Owner {
  pid: number;
  host: string;
  token: string;
  /** The owner's thread in its process (worker_threads' threadId), when not the main thread. */
  thread?: number;
}

/** A new owner token of this thread, marked as held until `let go`. */
export function newOwner(): Owner {
  const owner: Owner = { pid: process.pid, host: hostname(), token: randomUUID(), ...(threadId !== 0 ? { thread: threadId } : {}) };
  held.add(owner.token);
  return owner;
}

/** This process no longer holds `owner`. */
export function letGo(owner: Owner): void {
  held.delete(owner.token);
}

/** The lock file's text for `owner`. */
export function ownerText(owner: Owner): string {
  return JSON.stringify({ ...owner, at: new Date().toISOString() });
}

/** Whether a process is alive on this host (a process of another user counts as alive). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether this host's `pid` (its thread `thread`) with `token` no longer holds anything: dead, a thread of this
 * process that has ended, or this very thread without it.
 */
export function isGone(pid: number, token: string | undefined, thread = 0): boolean {
  if (pid !== process.pid) return !isAlive(pid);
  if (thread !== threadId) return !isThreadAlive(thread);
  return token === undefined || !held.has(token);
}

/**
 * Whether a lock file's contents show it abandoned: empty or unreadable, or a holder on this host that is gone.
 * A holder on another host cannot be checked: only `ageMs` beyond `staleMs` frees it.
 */
export function isAbandoned(content: string, ageMs: number, staleMs: number): boolean {
  let owner: Partial<Owner>;
  try {
    owner = JSON.parse(content) as Partial<Owner>;
  } catch {
    return true;
  }
  if (typeof owner?.pid !== 'number' || typeof owner.host !== 'string') return true;
  if (owner.host === hostname()) return isGone(owner.pid, owner.token, typeof owner.thread === 'number' ? owner.thread : 0);
  return ageMs > staleMs;
}
