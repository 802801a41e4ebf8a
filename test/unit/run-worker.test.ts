// runWorker: the first outcome of a worker thread counts; the exit after a result, later messages and the timer
// are ignored; chunks are gathered until a message settles the run; a failed thread or a silent one is an outcome.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runWorker, type WorkerRun } from '../../src/infra/run-worker.js';

const thread = (code: string): Worker => new Worker(`const { parentPort } = require('node:worker_threads');\n${code}`, { eval: true });
const outcomes = (over: Partial<WorkerRun<unknown, string>>, seen: string[]): WorkerRun<unknown, string> => ({
  timeoutMs: 600_000,
  message: (m) => (seen.push(`message ${String(m)}`), m === 'chunk' ? undefined : `result ${String(m)}`),
  timeout: () => (seen.push('timeout'), new Error('timeout')),
  error: (e) => (seen.push('error'), new Error(e.message)),
  exit: () => (seen.push('exit'), new Error('exit')),
  ...over,
});

describe('runWorker', () => {
  it('settles on the first outcome, after the chunks, and ignores what follows', async () => {
    const seen: string[] = [];
    const run = runWorker(thread("parentPort.postMessage('chunk'); parentPort.postMessage('chunk'); parentPort.postMessage('done'); parentPort.postMessage('late');"), outcomes({}, seen));
    expect(await run.result).toBe('result done');
    expect(run.isSettled()).toBe(true);
    expect(seen).toEqual(['message chunk', 'message chunk', 'message done']);
  });

  it('rejects with the outcome of a thread that fails or stops without a result', async () => {
    const seen: string[] = [];
    await expect(runWorker(thread("throw new Error('boom');"), outcomes({}, seen)).result).rejects.toThrow('boom');
    await expect(runWorker(thread('process.exit(0);'), outcomes({}, seen)).result).rejects.toThrow('exit');
    expect(seen).toEqual(['error', 'exit']);
  });

  it('gives the timeout outcome for a thread that never answers, and stops it', async () => {
    const seen: string[] = [];
    const worker = thread('setInterval(() => {}, 1000);');
    const exited = new Promise((r) => worker.once('exit', r));
    await expect(runWorker(worker, outcomes({ timeoutMs: 0, timeout: () => (seen.push('timeout'), 'too slow') }, seen)).result).resolves.toBe('too slow');
    await exited;
    expect(seen).toEqual(['timeout']);
  });
});
