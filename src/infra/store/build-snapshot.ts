// Runs one snapshot build (snapshot-build.ts): a big log's in a worker thread (snapshot-thread.ts), a small one's here.
// Built on the event loop, a million records kept it busy for a minute: every request waited a turn behind a
// megabyte of the log, and the answer lane (ack-gate.ts), which frees a slot when the loop idles, never saw it idle,
// so questions about the plans queued behind the reads that waited for the build.
import { rm } from 'node:fs/promises';
import type { ResourceLimits } from 'node:worker_threads';
import { join } from 'node:path';
import type { Logger } from '../../core/ports.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';
import type { BuildHooks } from './build-files.js';
import { SnapshotBuild } from './snapshot-build.js';
import type { IndexMeta } from './snapshot-layout.js';

/** Logs from this size on are built in a worker thread (about 15,000 records; a second or so of filing). */
export const THREAD_FROM_BYTES = 8 * 1024 * 1024;
/**
 * The build thread's heap (MB). What it keeps is small at a million records (the id table lives in typed arrays
 * outside the heap, one batch of lines, 4,096 recent states); without a cap V8 let its garbage grow, and a 1M build
 * took its process to 354 MB. A thread that reaches the cap is run again without one (it resumes from its checkpoint).
 */
export const SNAPSHOT_HEAP_MB = 128;
/** The build thread's young generation (MB): V8's default let each scavenge leave more garbage behind. */
const SNAPSHOT_YOUNG_MB = 16;

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
  const heapMb = hooks.threadHeapMb ?? SNAPSHOT_HEAP_MB;
  try {
    return await inThreadOnce(workerData, logger, hooks, { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(SNAPSHOT_YOUNG_MB, heapMb) });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
    logger.warn('activity log: the snapshot thread reached its heap cap; building again without it', { heapMb });
    return inThreadOnce(workerData, logger, hooks, undefined);
  }
}

/** One build in a thread (`limits`: its heap caps); on the main thread instead if the thread cannot start. */
async function inThreadOnce(workerData: SnapshotThreadInput, logger: Logger, hooks: BuildHooks, limits: ResourceLimits | undefined): Promise<IndexMeta> {
  const { file, indexRoot, size } = workerData;
  let started = false;
  try {
    const worker = startWorker(import.meta.url, 'snapshot-thread', { workerData, ...(limits ? { resourceLimits: limits } : {}) });
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
    // failed while building (a full disk…): that failure is the read's, and the next read resumes the build. One that
    // ran out of its capped heap is run again without the cap (buildSnapshot).
    if (started || (limits && (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')) throw error;
    logger.warn('activity log: building its snapshot on the main thread', { error: String(error) });
    return new SnapshotBuild(file, indexRoot, logger, hooks).run(size);
  }
}

/** Removes a published build's checkpoint (BuildFiles.finish, without a build at hand). */
export const finishBuild = (indexRoot: string): Promise<void> => rm(join(indexRoot, 'build.json'), { force: true });
