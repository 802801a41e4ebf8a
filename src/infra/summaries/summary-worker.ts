// The SummaryWorker port on worker threads: a summary's heavy part runs off the event loop, so the bot keeps
// acknowledging everyone else while a month of 25,000 records is summed. Records go over in chunks with a turn of
// the event loop between them; one summary at a time; memory and time capped.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';
import type { Fact } from '../../core/summaries/gather-facts.js';
import type { PreparedSummary, SummaryInput, SummaryWorker } from '../../core/summaries/prepare-summary.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';
import { CHUNK, type ToMain, type ToWorker } from './summary-messages.js';

export interface SummaryWorkerOptions {
  logger: Logger;
  /** Heap of the worker (default 1,536 MB). */
  memoryMb?: number;
  /** The longest one summary may take (default 5 minutes). */
  timeoutMs?: number;
}

/** A SummaryWorker that runs each summary in its own worker thread, one after another. */
export function createSummaryWorker(options: SummaryWorkerOptions): SummaryWorker {
  const failed = (detail: string, cause?: unknown): AppError => {
    const incident = Math.random().toString(36).slice(2, 8);
    options.logger.error('summary worker failed', { incident, detail, error: cause });
    return new AppError('internal', `生成总结失败（事件编号 ${incident}）：${detail}可以先按月或按季度分别生成。`, { cause });
  };
  const run = (input: SummaryInput, keepFacts: boolean): Promise<PreparedSummary> => {
    const { activities, ...rest } = input;
    const worker = startWorker(import.meta.url, 'summary-thread', { workerData: { ...rest, keepFacts }, resourceLimits: { maxOldGenerationSizeMb: options.memoryMb ?? 1536 } });
    const list: Fact[] = [];
    const timeoutMs = options.timeoutMs ?? 300_000;
    // Only the first outcome counts (and is logged): the exit that follows a result is no failure.
    const { result, isSettled } = runWorker<ToMain, PreparedSummary>(worker, {
      timeoutMs,
      message: (message) => {
        if (message.type === 'facts') for (const f of message.list) list.push(f);
        else if (message.type === 'done') return { ...message.prepared, list };
        else return failed('整理记录时出错。', new Error(message.message));
        return undefined;
      },
      timeout: () => failed(`超过 ${Math.round(timeoutMs / 1000)} 秒仍未完成。`),
      error: (error) => failed(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? '需要的内存超过上限。' : '整理记录时出错。', error),
      exit: () => failed('整理记录时意外中止。'),
    });
    void (async () => {
      for (let at = 0; at < activities.length && !isSettled(); at += CHUNK) {
        worker.postMessage({ type: 'activities', activities: activities.slice(at, at + CHUNK) } satisfies ToWorker);
        await nextTurn();
      }
      if (!isSettled()) worker.postMessage({ type: 'go' } satisfies ToWorker);
    })();
    return result;
  };
  let queue: Promise<unknown> = Promise.resolve();
  return (input, { keepFacts }) => {
    const turn = queue.then(() => run(input, keepFacts));
    queue = turn.catch(() => undefined);
    return turn;
  };
}
