// Reads a plan file in a worker thread with a heap limit and a timeout, after checking its size: a hostile
// file gets a Chinese refusal and the process (the bot, the CLI) carries on.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { PlanParseError } from '../../core/errors.js';
import { checkFileSize, DEFAULT_LIMITS, type DocumentLimits } from './document-limits.js';
import type { WorkerInput, WorkerOutput } from './document-worker.js';
import { runWorker } from '../run-worker.js';
import { startWorker } from '../start-worker.js';

export type { DocumentLimits } from './document-limits.js';
export { DEFAULT_LIMITS } from './document-limits.js';
type DocumentFormat = 'text' | 'docx' | 'doc' | 'pdf';
type ReadResult = { text: string; format: DocumentFormat };
type PlanErrorCode = ConstructorParameters<typeof PlanParseError>[0];

/** The document worker beside this module, its heap capped, the file's bytes handed over. */
function startDocumentWorker(input: WorkerInput): Worker {
  return startWorker(import.meta.url, 'document-worker', { workerData: input, transferList: [input.bytes.buffer as ArrayBuffer], resourceLimits: { maxOldGenerationSizeMb: input.limits.memoryMb, maxYoungGenerationSizeMb: 16 } });
}

/** At most two documents are parsed at once (each worker may take its whole heap limit); the rest wait their turn. */
const MAX_WORKERS = 2;
let running = 0;
const waiting: Array<() => void> = [];
async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve)); // a finishing task hands over its slot
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** The text of a document in memory; `name` gives the extension. Throws PlanParseError (file_too_large when over a limit). */
export async function readDocumentBytes(bytes: Uint8Array, name: string, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  const label = basename(name);
  const tooBig = checkFileSize(bytes.byteLength, label, limits);
  if (tooBig) throw new PlanParseError('file_too_large', undefined, tooBig);
  const copy = new Uint8Array(bytes); // the worker takes the copy's buffer
  const output = await inTurn(
    () =>
      runWorker<WorkerOutput, WorkerOutput>(startDocumentWorker({ bytes: copy, name, label, limits }), {
        timeoutMs: limits.timeoutMs,
        message: (out) => out,
        timeout: () => ({ ok: false, code: 'file_too_large', detail: `读取“${label}”超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成，已停止。` }),
        error: (error) =>
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { ok: false, code: 'file_too_large', detail: `读取“${label}”需要的内存超过上限 ${limits.memoryMb} MB，已停止。` }
            : { ok: false, code: 'file_unreadable', detail: `读取“${label}”失败。` },
        exit: () => ({ ok: false, code: 'file_unreadable', detail: `读取“${label}”时意外中止。` }),
      }).result,
  );
  if (output.ok) return { text: output.text, format: output.format as DocumentFormat };
  throw new PlanParseError(output.code as PlanErrorCode, undefined, output.detail);
}

/** The text of a document file on disk; its size is checked before it is read. */
export async function readDocument(path: string, limits: DocumentLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    const tooBig = checkFileSize(size, basename(path), limits);
    if (tooBig) throw new PlanParseError('file_too_large', undefined, tooBig);
    bytes = await readFile(path);
  } catch (cause) {
    if (cause instanceof PlanParseError) throw cause;
    throw new PlanParseError('file_unreadable', undefined, `找不到或打不开文件“${basename(path)}”。`, { cause });
  }
  return readDocumentBytes(bytes, path, limits);
}
