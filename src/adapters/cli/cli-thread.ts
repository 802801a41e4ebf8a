// Worker thread: one CLI command run on a heap of its own (run-in-thread.ts), writing through this thread's process
// streams (forwarded to the process's own), its exit code posted back.
import { parentPort, workerData } from 'node:worker_threads';
import { runCli } from './run-cli.js';

const { argv } = workerData as { argv: string[] };
parentPort?.postMessage(await runCli({ argv, stdout: process.stdout, stderr: process.stderr, env: process.env }));
