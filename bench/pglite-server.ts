// PGlite served over the Postgres wire protocol on loopback, so the burst bench runs the bot as it runs on a
// Postgres server: its own process, node-postgres and a pool of connections. PGlite has one backend, so the
// connections take turns: a client's messages up to a Sync or a simple Query go through `execProtocolRaw` as one
// unit, and a connection whose answer ends inside a transaction keeps the backend until it leaves it.
// Usage: tsx bench/pglite-server.ts <data dir> (prints "pglite listening on <port>").
import { writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { openLeanPglite } from '../test/support/lean-pglite.js';

/** A connection's unit of messages; `socket` undefined for the ROLLBACK of a connection lost inside a transaction. */
type Unit = { socket: Socket | undefined; bytes: Uint8Array };

/** Splits what a connection sent into units that end at a Sync ('S'), a Query ('Q') or a Terminate ('X'). */
function framer(onUnit: (bytes: Uint8Array) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    let at = 0;
    let cut = 0;
    for (;;) {
      // The startup packet (and an SSLRequest) has no type byte: length, then the body.
      if (!started) {
        if (pending.length - at < 4) break;
        const len = pending.readInt32BE(at);
        if (pending.length - at < len) break;
        const code = pending.readInt32BE(at + 4);
        at += len;
        cut = at;
        // An SSLRequest (80877103) comes before the real startup packet.
        if (code !== 80877103) started = true;
        continue;
      }
      if (pending.length - at < 5) break;
      const type = pending[at]!;
      const len = pending.readInt32BE(at + 1);
      if (pending.length - at < 1 + len) break;
      at += 1 + len;
      if (type === 0x53 || type === 0x51 || type === 0x58) cut = at;
    }
    if (cut > 0) {
      onUnit(new Uint8Array(pending.subarray(0, cut)));
      pending = pending.subarray(cut);
    }
  };
}

/** The transaction status of the last ReadyForQuery ('Z') in a backend answer: 'I' idle, 'T' or 'E' in one. */
function lastStatus(answer: Uint8Array): string | undefined {
  let status: string | undefined;
  const view = Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength);
  for (let at = 0; at + 5 <= view.length; ) {
    const type = view[at]!;
    const len = view.readInt32BE(at + 1);
    if (type === 0x5a && len === 5) status = String.fromCharCode(view[at + 5]!);
    at += 1 + len;
  }
  return status;
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/pglite-server.ts <data dir>');
const db = openLeanPglite(dir === 'memory' ? undefined : dir);
await db.waitReady;

// PGLITE_TRACE=<file>: each unit's time in the backend, the slowest written to the file when the server stops.
const trace = process.env.PGLITE_TRACE ? ([] as Array<{ ms: number; what: string }>) : undefined;
process.on('SIGTERM', () => {
  if (trace) {
    const total = trace.reduce((n, t) => n + t.ms, 0);
    const slowest = [...trace].sort((a, b) => b.ms - a.ms).slice(0, 30);
    writeFileSync(process.env.PGLITE_TRACE!, `${trace.length} units, ${total.toFixed(0)} ms in the backend\n${slowest.map((t) => `${t.ms.toFixed(1)} ${t.what}`).join('\n')}\n`);
  }
  process.exit(0);
});

const queue: Unit[] = [];
let owner: Socket | undefined;
let busy = false;
async function pump(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    for (;;) {
      // While a connection is inside a transaction only its own units run.
      const i = owner ? queue.findIndex((u) => u.socket === owner) : 0;
      if (i < 0 || queue.length === 0) return;
      const { socket, bytes } = queue.splice(i, 1)[0]!;
      if (socket?.destroyed) continue;
      const started = performance.now();
      const answer = await db.execProtocolRaw(bytes);
      if (trace) trace.push({ ms: performance.now() - started, what: Buffer.from(bytes).toString('latin1').replace(/[^\x20-\x7e]+/g, ' ').slice(0, 160) });
      if (!socket) continue;
      const status = lastStatus(answer);
      if (status !== undefined) owner = status === 'I' ? undefined : socket;
      // An empty answer is not written.
      if (answer.length > 0 && socket.writable) socket.write(answer);
    }
  } finally {
    busy = false;
  }
}

const server = createServer((socket) => {
  socket.setNoDelay(true);
  socket.on('data', framer((bytes) => {
    queue.push({ socket, bytes });
    void pump();
  }));
  const gone = (): void => {
    if (owner === socket) {
      owner = undefined;
      // A connection lost inside a transaction must not leave it open for the next one.
      queue.unshift({ socket: undefined, bytes: new Uint8Array(Buffer.from('Q\0\0\0\rROLLBACK\0', 'latin1')) });
      void pump();
    }
  };
  socket.on('close', gone);
  socket.on('error', () => socket.destroy());
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`pglite listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
