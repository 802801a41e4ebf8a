import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isoInZone } from '../../src/core/schedules/zoned-time.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { cliInProcess, cliProcess } from '../support/cli.js';
import { holidayPlan } from '../support/schedule-fixtures.js';
import { startScheduleHarness } from '../support/schedule-harness.js';

type Harness = Awaited<ReturnType<typeof startScheduleHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.slack.close();
  h = undefined;
});

describe('kexie remind', () => {
  it('adds, lists, previews and removes subscriptions with the documented JSON shapes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-remind-'));
    await new FileStore(join(dir, 'local')).savePlan(holidayPlan());
    const env = { KEXIE_DATA_DIR: dir, TZ: 'Asia/Shanghai' };
    const added = await cliInProcess(env, 'remind', 'add', '--channel', 'C123', '--kind', 'deadline', '--days', '2', '--at', '8:30', '--json');
    expect(added.code).toBe(0);
    const sub = (added.json as { subscription: { id: string; kind: string; at: string; days: number } }).subscription;
    expect(sub).toMatchObject({ kind: 'deadline', at: '08:30', days: 2 });
    expect((await cliInProcess(env, 'remind', 'add', '--channel', 'C123', '--kind', 'monthly', '--json')).code).toBe(0);
    expect((await cliInProcess(env, 'remind', 'add', '--channel', 'C123', '--kind', 'yearly')).code).toBe(2);
    expect((await cliInProcess(env, 'remind', 'add', '--channel', 'C123', '--kind', 'weekly', '--at', '25:00')).code).toBe(2);
    const list = await cliInProcess(env, 'remind', 'list', '--json');
    expect((list.json.subscriptions as unknown[]).length).toBe(2);

    const preview = await cliProcess(env, 'remind', 'preview', '--from', '2026-09-01', '--to', '2026-10-31', '--json');
    expect(preview.code).toBe(0);
    const posts = preview.json.posts as Array<{ at: string; channel: string; kind: string; text: string; items: string[] }>;
    expect(posts.map((p) => `${p.at} ${p.kind} ${p.items.join(',')}`)).toEqual([
      '2026-09-01T09:00:00+08:00 monthly ',
      '2026-09-30T08:30:00+08:00 deadline i-oct', // 10-09 minus 2 working days (10-08, 9-30)
      '2026-10-08T09:00:00+08:00 monthly i-oct,i-oct2',
      '2026-10-16T08:30:00+08:00 deadline i-oct2',
    ]);
    expect(posts.every((p) => p.channel === 'C123' && p.text.length > 0)).toBe(true);

    expect((await cliInProcess(env, 'remind', 'remove', sub.id, '--json')).json.removed).toHaveLength(1);
    expect((await cliInProcess(env, 'remind', 'remove', sub.id)).code).toBe(1);
    expect((await cliInProcess(env, 'remind', 'preview', '--from', '2026-10-31', '--to', '2026-10-01')).code).toBe(2);
  });

  it('previews exactly what the running scheduler posts', async () => {
    h = await startScheduleHarness('2026-01-05T10:00:00+08:00');
    await h.store.savePlan(holidayPlan());
    for (const cmd of ['订阅 本月待办', '订阅 每周预告', '订阅 到期提醒', '订阅 逾期提醒']) await h.say(cmd);
    const preview = await cliInProcess({ KEXIE_DATA_DIR: h.dataDir }, 'remind', 'preview', '--from', '2026-09-28', '--to', '2026-10-12', '--workspace', 'T1', '--json');
    const expected = (preview.json.posts as Array<{ at: string; channel: string; text: string }>).map((p) => `${p.at}|${p.channel}|${p.text}`);
    expect(expected.length).toBeGreaterThan(5);
    const scheduler = h.scheduler();
    const got: string[] = [];
    for (let t = Date.parse('2026-09-28T00:00:00+08:00'); t <= Date.parse('2026-10-12T23:00:00+08:00'); t += 3_600_000) {
      h.clock.set(new Date(t).toISOString());
      const before = h.slack.messages.length;
      await scheduler.tick();
      for (const m of h.slack.messages.slice(before)) got.push(`${isoInZone(h.clock.now(), 'Asia/Shanghai')}|${m.channel}|${m.text}`);
    }
    expect(got).toEqual(expected);
  });
});
