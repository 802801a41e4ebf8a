// Starts a worker thread from a module beside the caller: compiled JavaScript as is, TypeScript (tests, `npm run dev`)
// through tsx's loader. Every thread is noted alive until it exits (live-threads.ts: whose locks are still held).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { threadEnded, threadStarted } from './live-threads.js';

/** A worker running `name` (without extension) next to the module `base` (its import.meta.url). */
export function startWorker(base: string, name: string, options: WorkerOptions): Worker {
  return noted(base.endsWith('.ts') ? fromSource(base, name, options) : new Worker(new URL(`./${name}.js`, base), options));
}

function fromSource(base: string, name: string, options: WorkerOptions): Worker {
  const tsx = pathToFileURL(join(dirname(createRequire(base).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL(`./${name}.ts`, base).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { ...options, eval: true, execArgv: [] });
}

/** The thread noted alive until its exit (its id reads -1 once it has exited: kept from the start). */
function noted(worker: Worker): Worker {
  const id = worker.threadId;
  threadStarted(id);
  worker.once('exit', () => threadEnded(id));
  return worker;
}
