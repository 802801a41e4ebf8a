// Worker thread: checks a plan file against the limits, parses it, and checks the text; posts text or a refusal.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, ERROR_MESSAGES } from '../../core/errors.js';
import { checkDocx, checkPdf, checkText, type DocumentLimits } from './document-limits.js';

export interface WorkerInput {
  bytes: Uint8Array;
  name: string;
  label: string;
  limits: DocumentLimits;
}
export type WorkerOutput =
  | { ok: true; text: string; format: string }
  | { ok: false; code: string; detail?: string };

async function run(input: WorkerInput): Promise<WorkerOutput> {
  const { bytes, name, label, limits } = input;
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
  const before = isZip ? checkDocx(bytes, label, limits) : isPdf ? checkPdf(bytes, label, limits) : undefined;
  if (before) return { ok: false, code: 'file_too_large', detail: before };
  try {
    const { readDocumentBytes } = await import('./read-document.js');
    const { text, format } = await readDocumentBytes(bytes, name);
    const after = checkText(text, label, limits);
    if (after) return { ok: false, code: 'file_too_large', detail: after };
    return { ok: true, text, format };
  } catch (error) {
    if (error instanceof AppError) {
      const generic = ERROR_MESSAGES[error.code];
      const detail = error.userMessage === generic ? undefined : error.userMessage.slice(0, -generic.length - 1);
      return { ok: false, code: error.code, ...(detail ? { detail } : {}) };
    }
    return { ok: false, code: 'file_unreadable', detail: `读取“${label}”失败。` };
  }
}

const input = workerData as WorkerInput;
parentPort?.postMessage(await run({ ...input, bytes: new Uint8Array(input.bytes) }));
