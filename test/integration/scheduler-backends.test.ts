// The scheduler `npm start` runs posts what is due on either store: the data folder and Postgres (PGlite here).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/adapters/slack/start-scheduler.js';
import { loadConfig } from '../../src/config.js';
import { isoInZone } from '../../src/core/schedules/zoned-time.js';
import { holidayPlan } from '../support/schedule-fixtures.js';
import { startScheduleHarness } from '../support/schedule-harness.js';

type Harness = Awaited<ReturnType<typeof startScheduleHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const kindOf = (text: string): string => /^【(.+?)】/.exec(text)?.[1] ?? text.slice(0, 10);
const metaKey = (m: { metadata?: unknown }): string => String((m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key);

describe.each(['folder', 'pglite'] as const)('scheduled posts on the %s store', (backend) => {
  it('the scheduler started beside the Slack app finds the subscribed workspace and posts each due post once', async () => {
    h = await startScheduleHarness('2026-01-05T10:00:00+08:00', { backend });
    await h.store.savePlan(holidayPlan());
    for (const cmd of ['订阅 本月待办', '订阅 每周预告', '订阅 到期提醒 提前3个工作日', '订阅 逾期提醒']) expect(await h.say(cmd)).toMatch(/^已订阅/);
    // On Postgres the configured data folder holds no workspace: the store itself must say which ones to visit.
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: h.slack.apiUrl, KEXIE_DATA_DIR: backend === 'folder' ? h.dataDir : mkdtempSync(join(tmpdir(), 'kexie-empty-')) });
    h.clock.set('2026-09-28T08:00:00+08:00');
    const scheduler = startScheduler(h.kexie, config, 24 * 3_600_000);
    const seen: string[] = [];
    try {
      // The hours around each due time (a walk hour by hour says the same, slowly).
      const days = ['09-28', '09-29', '09-30', '10-01', '10-07', '10-08'];
      for (const at of days.flatMap((d) => ['08:00', '09:00', '10:00', '16:00', '17:00'].map((t) => `2026-${d}T${t}:00+08:00`))) {
        h.clock.set(at);
        const before = h.slack.messages.length;
        await scheduler.tick();
        for (const m of h.slack.messages.slice(before)) seen.push(`${isoInZone(h.clock.now(), 'Asia/Shanghai')} ${m.channel} ${kindOf(m.text)}`);
      }
    } finally {
      scheduler.stop();
    }
    expect(seen).toEqual([
      '2026-09-28T09:00:00+08:00 C1 逾期提醒',
      '2026-09-29T09:00:00+08:00 C1 到期提醒',
      '2026-09-30T16:00:00+08:00 C1 下周预告',
      '2026-10-08T09:00:00+08:00 C1 本月待办',
      '2026-10-08T09:00:00+08:00 C1 逾期提醒',
    ]);
    for (const m of h.slack.messages) expect((await h.store.getPost(metaKey(m)))?.status).toBe('sent');
    expect(h.slack.calls.filter((c) => c.method === 'chat.postMessage').every((c) => c.authorization === 'Bearer xoxb-test-token')).toBe(true);
  }, 180_000); // opening PGlite on a busy machine has taken 35 s
});
