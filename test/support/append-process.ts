// One writer as its own process, for the lock tests: `node --import tsx test/support/append-process.ts DIR N`.
// Waits for GO on stdin (so every process starts writing at once), appends activity N, and prints what it was told.
import { once } from 'node:events';
import { AppError } from '../../src/core/errors.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { crowdEvent } from './crowd-event.js';

const [dir, n] = process.argv.slice(2);
const store = new FileStore(dir ?? '');
process.stdout.write('ready\n');
await once(process.stdin, 'data');
const started = Date.now();
try {
  const r = await store.appendActivityEvent(crowdEvent(Number(n)));
  process.stdout.write(`${JSON.stringify({ ok: true, id: r.activity?.id, waitedMs: Date.now() - started })}\n`);
} catch (error) {
  const reply = error instanceof AppError ? { code: error.code, text: error.userMessage } : { code: 'internal', text: String(error) };
  process.stdout.write(`${JSON.stringify({ ok: false, ...reply, waitedMs: Date.now() - started })}\n`);
}
process.exit(0);
