// The worker threads of this process that are alive, as every thread of it sees them: a lock file or a queue ticket
// names its owner's process and thread, and a thread's lock is its own only while the thread lives (a ledger
// import's thread writes the workspace folder beside the bot's main thread, and may be stopped mid-write).
// One table in shared memory, handed to each new thread with the environment data of the thread that starts it.
import { getEnvironmentData, setEnvironmentData, threadId } from 'node:worker_threads';

const KEY = 'kexie.live-threads';
/** Threads alive at once that the table can hold (a thread past them counts as ended as soon as it started). */
const SLOTS = 1_024;

const table: Int32Array = (() => {
  let shared = getEnvironmentData(KEY);
  if (!(shared instanceof SharedArrayBuffer)) {
    shared = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
    setEnvironmentData(KEY, shared);
  }
  return new Int32Array(shared as SharedArrayBuffer);
})();

/** Notes a worker thread started (its id, as `worker.threadId` gives it right after the Worker is made). */
export function threadStarted(id: number): void {
  if (id <= 0) return;
  for (let i = 0; i < SLOTS; i++) if (Atomics.compareExchange(table, i, 0, id) === 0) return;
}

/** Notes a worker thread ended (its 'exit' event: a finish, a terminate, its heap limit reached). */
export function threadEnded(id: number): void {
  if (id <= 0) return;
  for (let i = 0; i < SLOTS; i++) if (Atomics.compareExchange(table, i, id, 0) === id) return;
}

/** Whether thread `id` of this process is alive: the main thread (0) and the asking thread always are. */
export function isThreadAlive(id: number): boolean {
  if (id === 0 || id === threadId) return true;
  for (let i = 0; i < SLOTS; i++) if (Atomics.load(table, i) === id) return true;
  return false;
}
