// The rows a 台账 pass keeps on disk for its file (ledger-rows-file.ts): read back as written, in order, a few
// hundred at a time; names applied on the way out; a file cut short is an error, not fewer rows.
import { mkdtempSync, rmSync, truncateSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerActivityRow } from '../../src/core/exports/ledger-rows.js';
import type { LedgerSummary } from '../../src/core/exports/ledger-stream.js';
import { keptLedger, LedgerRowsFile, readLedgerRows, ROWS_A_RECORD } from '../../src/infra/exports/ledger-rows-file.js';

const row = (i: number): LedgerActivityRow => ({
  id: `r${i}`, date: '2026-03-01', dateEnd: null, title: `青少年科技辅导第${i}次`, unit: '', reporter: '', reporterId: i % 2 ? 'U0AAA' : 'cli',
  headcount: i, headcountUnit: '人次', approximate: false, metrics: { 件: i }, itemPath: '', itemTitle: '', source: 'Slack',
  lastEdit: '2026-03-01T01:00:00.000Z', lastEditLocal: '2026-03-01 09:00', reporterUnit: '', categories: '',
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('kept 台账 rows', () => {
  it('come back as written, in order, in records of a few hundred rows', () => {
    dir = mkdtempSync(join(tmpdir(), 'kexie-rows-test-'));
    const file = new LedgerRowsFile(join(dir, 'rows'));
    const months = [Array.from({ length: ROWS_A_RECORD * 2 + 7 }, (_, i) => row(i)), [], [row(9999)]];
    for (const m of months) file.append(m);
    file.close();
    const parts = [...readLedgerRows(join(dir, 'rows'))];
    expect(parts.map((p) => p.length)).toEqual([ROWS_A_RECORD, ROWS_A_RECORD, 7, 1]);
    expect(parts.flat()).toEqual(months.flat());
  });

  it('carry the authors\' display names when the file is written, the first rows too', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kexie-rows-test-'));
    const file = new LedgerRowsFile(join(dir, 'rows'));
    file.append([row(1), row(2)]);
    file.close();
    const ledger = keptLedger({ first: [row(1), row(2)] } as unknown as LedgerSummary, join(dir, 'rows'), new Map([['U0AAA', '王老师']]));
    const rows: LedgerActivityRow[] = [];
    for await (const part of ledger.parts()) rows.push(...part);
    expect(rows.map((r) => r.reporter)).toEqual(['王老师', '']);
    expect(ledger.first.map((r) => r.reporter)).toEqual(['王老师', '']);
  });

  it('cut short, are an error rather than fewer rows', () => {
    dir = mkdtempSync(join(tmpdir(), 'kexie-rows-test-'));
    const path = join(dir, 'rows');
    const file = new LedgerRowsFile(path);
    file.append([row(1), row(2), row(3)]);
    file.close();
    truncateSync(path, statSync(path).size - 5);
    expect(() => [...readLedgerRows(path)]).toThrow(/mid-record/u);
  });
});
