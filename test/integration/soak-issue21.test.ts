// The issue-21 soak in small (`npm run soak` runs it at full size): on the folder store and on PGlite, uploads from
// both kinds of file host, a summary and parallel writers at once; no crash, every acknowledged write stored once.
import { describe, expect, it } from 'vitest';
import { runIssue21Scenario } from '../soak/issue21-scenario.js';

describe.each(['folder', 'pglite'] as const)('the issue-21 soak in small, on the %s store', (store) => {
  it('survives both file hosts, answers the summary and keeps every acknowledged write', async () => {
    const r = await runIssue21Scenario({ store, records: 300, writers: 10, waves: 2, ledgerRows: 200 });
    expect(r.crashed, r.stderrTail).toBe(false);
    expect(r.uploads.map((u) => [u.style, u.reply.includes('新增 200 条活动')])).toEqual([['normal', true], ['http10-close', true]]);
    expect(r.summaryAnswered).toBe(true);
    expect(r.writesAcknowledged).toBe(20);
    expect([r.writesLost, r.writesStoredTwice]).toEqual([0, 0]);
  });
});
