// Runs one snapshot build (snapshot-build.ts): a big log's in a worker thread (snapshot-thread.ts), a small one's here.
// Built on the event loop, a million records kept it busy for a minute: every request waited a turn behind a
// megabyte of the log, and the answer lane (ack-gate.ts), which frees a slot when the loop idles, never saw it idle,
// so questions about the plans queued behind the reads that waited for the build.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../core/ports.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';
import type { BuildHooks } from './build-files.js';
import { SnapshotBuild } from './snapshot-build.js';
import type { IndexMeta } from './snapshot-layout.js';

/** Logs from this size on are built in a worker thread (about 15,000 records; a second or so of filing). */
export const THREAD_FROM_BYTES = 8 * 1024 * 1024;

export interface SnapshotThreadInput {
  file: string;
  indexRoot: string;
  size: number;
  batchChars?: number;
}

export type SnapshotThreadOutput =
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; context?: Record<string, unknown> }
  | { type: 'progress'; logSize: number; size: number }
  | { type: 'done'; meta: IndexMeta }
  | { type: 'failed'; message: string; code?: string };

/** Builds the snapshot of the log's first `size` bytes (from its checkpoint, if any); returns the meta to publish. */
export async function buildSnapshot(file: string, indexRoot: string, size: number, logger: Logger, hooks: BuildHooks = {}): Promise<IndexMeta> {
  // A hook is a function, which cannot cross to a thread: a test that watches the build has it here.
  const inThread = size >= (hooks.threadFromBytes ?? THREAD_FROM_BYTES) && !hooks.onCheckpoint;
  if (!inThread) return new SnapshotBuild(file, indexRoot, logger, hooks).run(size);
  const workerData: SnapshotThreadInput = { file, indexRoot, size, ...(hooks.batchChars ? { batchChars: hooks.batchChars } : {}) };
  let started = false;
  try {
    const worker = startWorker(import.meta.url, 'snapshot-thread', { workerData });
    return await runWorker<SnapshotThreadOutput, IndexMeta>(worker, {
      // A build has no deadline: a restart resumes it from its checkpoint, and reads wait for it.
      timeoutMs: 2 ** 31 - 1,
      message: (m) => {
        started = true;
        if (m.type === 'log') return void logger[m.level](m.message, m.context);
        if (m.type === 'progress') return void hooks.onProgress?.({ logSize: m.logSize, size: m.size });
        if (m.type === 'done') return m.meta;
        return Object.assign(new Error(m.message), m.code ? { code: m.code } : {});
      },
      timeout: () => new Error('the snapshot build did not finish'),
      error: (error) => error,
      exit: () => new Error('the snapshot thread stopped'),
    }).result;
  } catch (error) {
    // A thread that could not start or load its module says nothing: the build runs here instead. One that spoke
    // failed while building (a full disk…): that failure is the read's, and the next read resumes the build.
    if (started) throw error;
    logger.warn('activity log: building its snapshot on the main thread', { error: String(error) });
    return new SnapshotBuild(file, indexRoot, logger, hooks).run(size);
  }
}

/** Removes a published build's checkpoint (BuildFiles.finish, without a build at hand). */
export const finishBuild = (indexRoot: string): Promise<void> => rm(join(indexRoot, 'build.json'), { force: true });
