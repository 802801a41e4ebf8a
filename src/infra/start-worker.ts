// Starts a worker thread from a module beside the caller: compiled JavaScript as is, TypeScript (tests, `npm run dev`)
// through tsx's loader.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker running `name` (without extension) next to the module `base` (its import.meta.url). */
export function startWorker(base: string, name: string, options: WorkerOptions): Worker {
  if (!base.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, base), options);
  const tsx = pathToFileURL(join(dirname(createRequire(base).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL(`./${name}.ts`, base).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`;
  return new Worker(code, { ...options, eval: true, execArgv: [] });
}
