// A describe block that runs correction cases against a fresh kexie each: every case must come out right and change
// no record it did not name.
import { describe, expect, it } from 'vitest';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

export function correctionCasesAreRight(title: string, cases: readonly CorrectionCase[]): void {
  describe(title, () => {
    it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const o = await runCorrectionCase(c);
      expect(o, o.note).toMatchObject({ right: true, changedWrong: false });
    }, 30_000);
  });
}
