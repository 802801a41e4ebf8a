// The rows of a 台账 kept on disk between the pass that made them and the workbook written from them, in records of
// a few hundred rows (each its length, then the rows as v8 serializes them), so neither side holds more than a month. Synchronous: only the ledger file's own process (ledger-file-child.ts) reads and writes it.
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { LedgerActivityRow } from '../../core/exports/ledger-rows.js';
import type { LedgerStream, LedgerSummary } from '../../core/exports/ledger-stream.js';

/**
 * Rows a record of the file holds: a month's (8,000 in a 100,000-row year) read back at once outlived the young
 * generation and was promoted, which cost the writer more garbage collection than the reads.
 */
export const ROWS_A_RECORD = 500;

/** Writes every byte of `bytes` (a write may take fewer). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/** Reads exactly `length` bytes, or fewer at the end of the file. */
function readAll(fd: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  let at = 0;
  while (at < length) {
    const n = readSync(fd, bytes, at, length - at, null);
    if (n === 0) break;
    at += n;
  }
  return at === length ? bytes : bytes.subarray(0, at);
}

/** A file of rows being written, a month's rows at a time. */
export class LedgerRowsFile {
  private readonly fd: number;
  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Adds rows, in records of at most ROWS_A_RECORD (read back, each lives only while its rows are written). */
  append(rows: readonly LedgerActivityRow[]): void {
    for (let at = 0; at < rows.length; at += ROWS_A_RECORD) {
      const body = serialize(rows.slice(at, at + ROWS_A_RECORD));
      const head = Buffer.alloc(4);
      head.writeUInt32LE(body.length);
      writeAll(this.fd, head);
      writeAll(this.fd, body);
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** The rows of a file LedgerRowsFile wrote, a record at a time. */
export function* readLedgerRows(path: string): Generator<LedgerActivityRow[]> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const head = readAll(fd, 4);
      if (head.length === 0) return;
      const length = head.length === 4 ? head.readUInt32LE(0) : -1;
      const body = length >= 0 ? readAll(fd, length) : undefined;
      if (!body || body.length !== length) throw new Error(`the kept rows in ${path} end mid-record`);
      yield deserialize(body) as LedgerActivityRow[];
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A summary's 台账 with its rows read from the file its pass kept (not from the store again); `names` turns the
 * authors' ids into display names, as resumeLedger does.
 */
export function keptLedger(summary: LedgerSummary, path: string, names?: ReadonlyMap<string, string>): LedgerStream {
  const named = (r: LedgerActivityRow): LedgerActivityRow => {
    const name = names?.get(r.reporterId);
    return name === undefined ? r : { ...r, reporter: name };
  };
  return {
    ...summary,
    first: names ? summary.first.map(named) : summary.first,
    async *parts() {
      for (const rows of readLedgerRows(path)) yield names ? rows.map(named) : rows;
    },
  };
}
