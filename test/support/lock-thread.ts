// A worker thread that takes a workspace folder's write lock and holds it until told to let go (i20d-ledger-upload-thread.test.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { WorkspaceLock } from '../../src/infra/store/workspace-lock.js';

const { dir } = workerData as { dir: string };
await new WorkspaceLock(dir).run(
  () =>
    new Promise<void>((resolve) => {
      parentPort?.once('message', () => resolve());
      parentPort?.postMessage('held');
    }),
);
parentPort?.postMessage('released');
