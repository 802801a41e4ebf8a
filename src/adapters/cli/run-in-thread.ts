// The ledger import run on a heap of its own: Node sets no heap limit of its own below gigabytes, and V8 let a
// 100,000-row import's garbage grow to 400-500 MB although what it holds at any time is under 100 MB (the keys of
// the rows read, a part of rows, the store's bounded caches). In a worker thread with a capped old generation the
// same import collects as it goes: 240 MB at its peak, a few percent more CPU.
// A ledger uploaded to the bot is imported on the same heap (infra/exports/ledger-import-worker.ts). `export` runs
// there too: it holds a month of records at a time (core/exports/ledger-stream.ts), but a year of 100,000 records
// peaked at 350-380 MB of garbage on an uncapped heap, 190 MB on this one.
import { IMPORT_HEAP_MB, importLimits, outOfMemory } from '../../infra/exports/ledger-import-worker.js';
import { startWorker } from '../../infra/start-worker.js';
import type { CliIo } from './run-cli.js';

export { IMPORT_HEAP_MB };

/** The command's words, options and their values left out. */
function positionalsOf(argv: readonly string[]): string[] {
  const positionals: string[] = [];
  // Every option of the CLI but --json takes a value (run-cli.ts), given after it unless as --name=value.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) positionals.push(a);
    else if (a !== '--json' && !a.includes('=')) i++;
  }
  return positionals;
}

/** Whether the command is `activities import <file>` (run in a thread of its own). */
export function isLedgerImport(argv: readonly string[]): boolean {
  const positionals = positionalsOf(argv);
  return positionals[0] === 'activities' && positionals[1] === 'import';
}

/** Whether the command is `export` (the 台账 workbook, run in a thread of its own). */
export function isExport(argv: readonly string[]): boolean {
  return positionalsOf(argv)[0] === 'export';
}

/** Runs the CLI with `argv` in a worker thread whose heap is capped at `heapMb`; resolves to its exit code. */
export function runCliInThread(argv: string[], io: Pick<CliIo, 'stdout' | 'stderr'>, heapMb = IMPORT_HEAP_MB): Promise<number> {
  const worker = startWorker(import.meta.url, 'cli-thread', { workerData: { argv }, resourceLimits: importLimits(heapMb) });
  let code: number | undefined;
  worker.on('message', (m: unknown) => (code = typeof m === 'number' ? m : 1));
  return new Promise((resolve) => {
    worker.on('error', (error: Error & { code?: string }) => {
      // What was written stays written; the same file imported again skips it.
      const message =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? isExport(argv)
            ? `导出台账需要的内存超过上限（${heapMb} MB），请分段导出（例如 --quarter 或 --from/--to）。`
            : outOfMemory(heapMb).userMessage
          : `出了点问题（${error.message.slice(0, 120)}），请稍后重试或联系管理员。`;
      if (argv.includes('--json')) io.stdout.write(`${JSON.stringify({ error: { code: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ledger_too_large' : 'internal', message } })}\n`);
      io.stderr.write(`${message}\n`);
      code = 1;
    });
    worker.on('exit', (exit) => resolve(code ?? (exit === 0 ? 0 : 1)));
  });
}
