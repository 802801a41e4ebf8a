// A chat reply's 台账, its sums and then its file, made in worker threads of their own, on the capped heap the CLI's export and
// the ledger import run on: the bot's own heap has no cap, and there V8 let a 100,000-row year's garbage (month
// reads, exceljs rows) pile up to 350–380 MB although the export holds a month at a time (191 MB capped). The thread
// opens the workspace's store itself (the data folder or the database), as the ledger import's does.
import { AppError, type ErrorCode } from '../../core/errors.js';
import type { DateRange } from '../../core/dates/civil-date.js';
import type { LedgerFiles, LedgerSummary } from '../../core/exports/ledger-stream.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';
import { IMPORT_HEAP_MB, importLimits, type StoreLocation } from './ledger-import-worker.js';
import { refusal } from './ledger-worker.js';

/** The longest a file may take to write (a 100,000-row year took about a minute on a busy 2-core machine). */
export const LEDGER_FILE_TIMEOUT_MS = 15 * 60_000;

export type LedgerFileThreadInput = { workspace: string; store: StoreLocation } & (
  | { task: 'write'; ledger: LedgerSummary; path: string; names: Array<[string, string]>; folder?: string }
  | { task: 'summarize'; input: { period: DateRange & { label: string }; team?: string; timeZone?: string } }
);
export type LedgerFileThreadOutput = { type: 'done'; summary?: LedgerSummary } | { type: 'refused'; code: ErrorCode; userMessage: string } | { type: 'failed'; message: string };

/** LedgerFiles on worker threads, one file at a time (each is a minute of a core at 100,000 rows). */
export function createLedgerFiles(options: { store: StoreLocation; heapMb?: number; timeoutMs?: number }): LedgerFiles {
  const heapMb = options.heapMb ?? IMPORT_HEAP_MB;
  const timeoutMs = options.timeoutMs ?? LEDGER_FILE_TIMEOUT_MS;
  let tail: Promise<unknown> = Promise.resolve();
  const run = (input: DistributiveOmit<LedgerFileThreadInput, 'store'>): Promise<LedgerSummary | undefined> => {
    const worker = startWorker(import.meta.url, 'ledger-file-thread', { workerData: { ...input, store: options.store } satisfies LedgerFileThreadInput, resourceLimits: importLimits(heapMb) });
    return runWorker<LedgerFileThreadOutput, { summary?: LedgerSummary }>(worker, {
      timeoutMs,
      message: (m) => (m.type === 'done' ? { ...(m.summary ? { summary: m.summary } : {}) } : m.type === 'refused' ? refusal(m.code, m.userMessage) : new AppError('export_failed', '台账文件没能生成：读写数据时出错。', { cause: new Error(m.message) })),
      timeout: () => new AppError('export_failed', `台账文件超过 ${Math.round(timeoutMs / 60_000)} 分钟仍未写完，已停止。`),
      error: (error) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('export_failed', `台账文件需要的内存超过上限（${heapMb} MB），请缩短导出的时间段（例如按季度导出）。`) : error),
      exit: () => new Error('the ledger file thread stopped without an answer'),
    }).result.then((r) => r.summary);
  };
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work);
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    async summarize(workspace, input) {
      const summary = await queued(() => run({ task: 'summarize', workspace, input }));
      if (!summary) throw new Error('the ledger file thread gave no sums');
      return summary;
    },
    async write(workspace, ledger, path, names, folder) {
      await queued(() => run({ task: 'write', workspace, ledger, path, names: [...(names ?? [])], ...(folder ? { folder } : {}) }));
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
