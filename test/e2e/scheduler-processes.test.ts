import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../support/kexie-for-tests.js';
import { holidayPlan } from '../support/schedule-fixtures.js';
import { startScheduleHarness } from '../support/schedule-harness.js';

type Harness = Awaited<ReturnType<typeof startScheduleHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.slack.close();
  h = undefined;
});

/** One scheduler pass in its own Node process; resolves with its exit code. */
function pass(harness: Harness, clock: string, extra: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test', 'support', 'scheduler-process.ts')],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KEXIE_DATA_DIR: harness.dataDir, SLACK_API_URL: harness.slack.apiUrl, CLOCK: clock, ...extra }, timeout: 30_000 },
      (error) => resolve(error ? Number((error as { code?: number }).code ?? 1) : 0),
    );
  });
}

const keys = (harness: Harness): string[] => harness.slack.messages.map((m) => String((m.metadata as { event_payload?: { key?: string } }).event_payload?.key));

async function workspace() {
  h = await startScheduleHarness('2026-01-05T10:00:00+08:00');
  await h.store.savePlan(holidayPlan());
  await h.say('订阅 本月待办');
  await h.say('订阅 逾期提醒');
  return h;
}

describe('the scheduler as real processes on one data folder', () => {
  it('two processes ticking at once post each due post once', async () => {
    const harness = await workspace();
    const codes = await Promise.all([pass(harness, '2026-10-08T09:00:00+08:00'), pass(harness, '2026-10-08T09:00:00+08:00')]);
    expect(codes).toEqual([0, 0]);
    expect(keys(harness).sort()).toHaveLength(2);
    expect(new Set(keys(harness)).size).toBe(2);
  });

  it('a process killed right after posting: the restarted one neither loses nor doubles a post', async () => {
    const harness = await workspace();
    expect(await pass(harness, '2026-10-08T09:00:00+08:00', { DIE_AFTER_POST: '1' })).toBe(9);
    expect(harness.slack.messages).toHaveLength(1);
    // Restarted within the lease: the unfinished claim is left alone, the other post goes out.
    expect(await pass(harness, '2026-10-08T09:02:00+08:00')).toBe(0);
    expect(harness.slack.messages).toHaveLength(2);
    // After the lease: the first post is found in the channel and recorded, not sent again.
    expect(await pass(harness, '2026-10-08T09:30:00+08:00')).toBe(0);
    expect(harness.slack.messages).toHaveLength(2);
    expect(new Set(keys(harness)).size).toBe(2);
    for (const key of keys(harness)) expect((await harness.store.getPost(key))?.status).toBe('sent');
  });
});
