// The upload path reads a 台账 in a worker thread: the same sheet and the same refusals as reading it in place.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { LEDGER_LIMITS, type LedgerLimits } from '../../src/core/exports/ledger-limits.js';
import { readLedgerOffThread } from '../../src/infra/exports/ledger-worker.js';
import { readLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import { ledgerWorkbook } from '../support/ledger-workbook.js';

const refusalOf = (p: Promise<unknown>): Promise<{ code: string; userMessage: string } | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof AppError ? { code: e.code, userMessage: e.userMessage } : { code: 'not an AppError', userMessage: String(e) }),
  );

describe('reading an uploaded ledger in a worker thread', () => {
  it('gives the sheet reading it in place gives, dates and numbers included', async () => {
    const bytes = await ledgerWorkbook(300, '甲');
    const inPlace = await readLedgerBytes(bytes, '台账.xlsx');
    const threaded = await readLedgerOffThread(bytes, '台账.xlsx');
    expect(threaded).toEqual(inPlace);
    expect(threaded.rows).toHaveLength(300);
  });

  it('refuses what reading in place refuses, with the same code and words', async () => {
    const small = { ...LEDGER_LIMITS, maxUnzippedBytes: 4096 };
    const cases: Array<[Uint8Array, string, LedgerLimits]> = [
      [new TextEncoder().encode('PK\u0003\u0004 not really a zip'), '坏的.xlsx', LEDGER_LIMITS],
      [await ledgerWorkbook(300), '大的.xlsx', small],
      [new Uint8Array([1, 2, 3]), '旧的.xls', LEDGER_LIMITS],
    ];
    for (const [bytes, name, limits] of cases) {
      const expected = await refusalOf(readLedgerBytes(bytes, name, limits));
      expect(expected, name).toBeDefined();
      expect(await refusalOf(readLedgerOffThread(bytes, name, { limits })), name).toEqual(expected);
    }
    expect((await refusalOf(readLedgerOffThread(cases[1]![0], '大的.xlsx', { limits: small })))?.code).toBe('ledger_too_large');
  });
});
