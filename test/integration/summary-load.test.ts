// Issue 21.2: a summary of a month of 25,000 activities must not hold up anyone else: while it is drafted, other
// requests through the Bolt app are acknowledged and answered (the order of events, not a time limit).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { silentLogger } from '../../src/core/ports.js';
import { createSummaryWorker } from '../../src/infra/summaries/summary-worker.js';
import { storeMonthOfRecords } from '../support/month-of-records.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('a 25,000-record summary in the bot', () => {
  it('lets five other requests in a row be acknowledged and answered before it is done', async () => {
    h = await startSlackHarness({ today: '2026-06-03', deps: { summaryWorker: createSummaryWorker({ logger: silentLogger }) } });
    const ctx = h.kexie.context({ workspace: 'T1', user: 'U1' });
    await h.kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
    await storeMonthOfRecords(h.kexie.deps.storeFor('T1'), 25_000);
    const events: string[] = [];
    const summary = await h.command('总结 2026年5月');
    events.push('summary acked');
    const summaryDone = h.slack.waitFor((c) => c.method === summary.responseId && /工作总结/u.test(JSON.stringify(c.body)), 600_000).then(() => events.push('summary answered'));
    // Wait until the bot is at work on it (the placeholder), then ask other things one after another.
    await h.slack.waitFor((c) => c.method === summary.responseId);
    for (let i = 0; i < 5; i++) {
      const other = await h.command('帮助', `U${i + 2}`);
      expect(other.sent.status).toBe(200);
      events.push(`ack ${i}`);
      await h.slack.waitFor((c) => c.method === other.responseId);
      events.push(`answer ${i}`);
    }
    await summaryDone;
    expect(events).toEqual(['summary acked', ...[0, 1, 2, 3, 4].flatMap((i) => [`ack ${i}`, `answer ${i}`]), 'summary answered']);
    const reply = h.slack.calls.filter((c) => c.method === summary.responseId).at(-1);
    expect(JSON.stringify(reply?.body)).toContain('25000');
  }, 900_000);
});
