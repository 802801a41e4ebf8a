// One way to wait for a worker thread: the first outcome counts (a result, a refusal, an error, the thread's exit or
// the time running out), the timer is cleared and the thread terminated; later events are ignored. The runners
// (summaries, ledgers, plan documents) say only what each event means.
import type { Worker } from 'node:worker_threads';

export interface WorkerRun<M, T> {
  /** The longest the thread may take. */
  timeoutMs: number;
  /** What a message means: an outcome (an Error rejects), or undefined while more messages are to come. */
  message(message: M): T | Error | undefined;
  /** The outcome when the time runs out. */
  timeout(): T | Error;
  /** The outcome when the thread fails (ERR_WORKER_OUT_OF_MEMORY in `code` when its heap limit was reached). */
  error(error: Error & { code?: string }): T | Error;
  /** The outcome when the thread stops before a message settled the run. */
  exit(): T | Error;
}

/** Waits for `worker` as `run` says; `isSettled` tells a caller still feeding the thread when to stop. */
export function runWorker<M, T>(worker: Worker, run: WorkerRun<M, T>): { result: Promise<T>; isSettled(): boolean } {
  let settled = false;
  const result = new Promise<T>((resolve, reject) => {
    const settle = (outcome: () => T | Error | undefined): void => {
      if (settled) return;
      const value = outcome(); // only the first outcome is worked out (and logged, where a runner logs)
      if (value === undefined) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (value instanceof Error) reject(value);
      else resolve(value);
    };
    const timer = setTimeout(() => settle(() => run.timeout()), run.timeoutMs);
    worker.on('message', (message: M) => settle(() => run.message(message)));
    worker.on('error', (error: Error & { code?: string }) => settle(() => run.error(error)));
    worker.on('exit', () => settle(() => run.exit()));
  });
  return { result, isSettled: () => settled };
}
