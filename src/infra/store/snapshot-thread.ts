// Worker thread: builds the activity log's snapshot (snapshot-build.ts) off the bot's event loop, so that requests
// are read, acknowledged and answered from the plans while a copied or old folder's million records are filed.
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../../core/ports.js';
import type { SnapshotThreadInput, SnapshotThreadOutput } from './build-snapshot.js';
import { SnapshotBuild } from './snapshot-build.js';

const input = workerData as SnapshotThreadInput;
const post = (message: SnapshotThreadOutput): void => parentPort?.postMessage(message);
const logger: Logger = {
  info: (message, context) => post({ type: 'log', level: 'info', message, context }),
  warn: (message, context) => post({ type: 'log', level: 'warn', message, context }),
  error: (message, context) => post({ type: 'log', level: 'error', message, context }),
};
try {
  const onProgress = (p: { logSize: number; size: number }): void => post({ type: 'progress', logSize: p.logSize, size: p.size });
  const build = new SnapshotBuild(input.file, input.indexRoot, logger, { onProgress, ...(input.batchChars ? { batchChars: input.batchChars } : {}) });
  post({ type: 'done', meta: await build.run(input.size) });
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  post({ type: 'failed', message: e instanceof Error ? e.message : String(error), ...(typeof e?.code === 'string' ? { code: e.code } : {}) });
}
