import { afterEach, describe, expect, it } from 'vitest';
import { isoInZone } from '../../src/core/schedules/zoned-time.js';
import { createWorkdays } from '../../src/core/schedules/work-calendar.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';
import type { Scheduler } from '../../src/infra/schedule/scheduler.js';
import { holidayPlan } from '../support/schedule-fixtures.js';
import { recordingLogger, startScheduleHarness } from '../support/schedule-harness.js';

type Harness = Awaited<ReturnType<typeof startScheduleHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.slack.close();
  h = undefined;
});

const HOUR = 3_600_000;
const kindOf = (text: string): string => /^【(.+?)】/.exec(text)?.[1] ?? text.slice(0, 10);
const metaKey = (m: { metadata?: unknown }): string => String((m.metadata as { event_payload?: { key?: string } } | undefined)?.event_payload?.key);

/** Moves the clock hour by hour, ticking each time; returns what Slack received and at which clock time. */
async function walk(harness: Harness, scheduler: Scheduler, from: string, to: string) {
  const seen: Array<{ at: string; channel: string; kind: string; text: string }> = [];
  harness.clock.set(from);
  for (let t = Date.parse(from); t <= Date.parse(to); t += HOUR) {
    harness.clock.set(new Date(t).toISOString());
    const before = harness.slack.messages.length;
    await scheduler.tick();
    for (const m of harness.slack.messages.slice(before)) seen.push({ at: isoInZone(harness.clock.now(), 'Asia/Shanghai'), channel: m.channel, kind: kindOf(m.text), text: m.text });
  }
  return seen;
}

async function subscribedWorkspace(start: string) {
  h = await startScheduleHarness(start);
  await h.store.savePlan(holidayPlan());
  for (const cmd of ['订阅 本月待办', '订阅 每周预告', '订阅 到期提醒 提前3个工作日', '订阅 逾期提醒']) expect(await h.say(cmd)).toMatch(/^已订阅/);
  expect(await h.say('负责人 科普部 <@U7|张三> @李四')).toContain('已设置');
  return h;
}

describe('the scheduler on the Chinese work calendar', () => {
  it('posts across the 2026 Spring Festival on working days only, 调休 Saturdays included', async () => {
    const harness = await subscribedWorkspace('2026-01-05T10:00:00+08:00');
    const seen = await walk(harness, harness.scheduler(), '2026-02-01T00:00:00+08:00', '2026-03-02T12:00:00+08:00');
    expect(seen.map((s) => `${s.at} ${s.kind}`)).toEqual([
      '2026-02-02T09:00:00+08:00 本月待办',
      '2026-02-06T16:00:00+08:00 下周预告',
      '2026-02-14T16:00:00+08:00 下周预告', // a 调休 Saturday is the week's last working day
      '2026-02-24T09:00:00+08:00 到期提醒', // three working days before 2-27, across nothing but 2-24..2-26
      '2026-02-28T16:00:00+08:00 下周预告', // the second 调休 Saturday
      '2026-03-02T09:00:00+08:00 本月待办',
      '2026-03-02T09:00:00+08:00 逾期提醒',
    ]);
    const workdays = createWorkdays(chineseHolidayCalendar);
    for (const s of seen) expect(workdays.isWorkday(s.at.slice(0, 10))).toBe(true);
    const febDigest = seen[0]?.text ?? '';
    expect(febDigest).toContain('【本月待办】2026年2月，共 1 项');
    expect(febDigest).toContain('一/1 报送年度科普工作计划');
    expect(seen[2]?.text).toBe('【下周预告】2月16日—2月22日：下周是法定节假日，没有工作日，也没有到期的任务。');
    const reminder = seen.find((s) => s.kind === '到期提醒')?.text ?? '';
    expect(reminder).toContain('将于2月27日截止（还有 3 个工作日，3 天）');
    const overdue = seen.find((s) => s.kind === '逾期提醒')?.text ?? '';
    expect(overdue).toContain('报送年度科普工作计划');
  });

  it('posts around Mid-Autumn and National Day 2026: reminders counted back over the holiday, the digest on 10-08', async () => {
    const harness = await subscribedWorkspace('2026-01-05T10:00:00+08:00');
    const seen = await walk(harness, harness.scheduler(), '2026-09-18T00:00:00+08:00', '2026-10-15T12:00:00+08:00');
    expect(seen.map((s) => `${s.at} ${s.kind}`)).toEqual([
      '2026-09-20T16:00:00+08:00 下周预告', // a 调休 Sunday
      '2026-09-21T09:00:00+08:00 逾期提醒',
      '2026-09-24T16:00:00+08:00 下周预告', // 9-25 is the Mid-Autumn Festival
      '2026-09-28T09:00:00+08:00 逾期提醒',
      '2026-09-29T09:00:00+08:00 到期提醒', // 10-09 minus 3 working days: 10-08, 9-30, 9-29
      '2026-09-30T16:00:00+08:00 下周预告', // last working day before the holiday
      '2026-10-08T09:00:00+08:00 本月待办',
      '2026-10-08T09:00:00+08:00 逾期提醒',
      '2026-10-10T16:00:00+08:00 下周预告', // 调休 Saturday
      '2026-10-12T09:00:00+08:00 逾期提醒',
      '2026-10-15T09:00:00+08:00 到期提醒', // the 10-20 event
    ]);
    const eventReminder = seen.at(-1)?.text ?? '';
    expect(eventReminder).toContain('负责：科普部 <@U7> @李四');
    expect(eventReminder).toContain('将于10月20日开始');
  });

  it('a bot down at 09:00 sends today’s missed posts once when it comes back and skips older ones with a log line', async () => {
    const harness = await subscribedWorkspace('2026-01-05T10:00:00+08:00');
    harness.clock.set('2026-09-28T08:00:00+08:00');
    await harness.scheduler().tick();
    expect(harness.slack.messages).toHaveLength(0);
    // Down from 9-28 08:00 until 10-08 10:30: a new process starts.
    const logger = recordingLogger();
    harness.clock.set('2026-10-08T10:30:00+08:00');
    const restarted = harness.scheduler({ logger });
    const report = await restarted.tick();
    expect(harness.slack.messages.map((m) => kindOf(m.text)).sort()).toEqual(['本月待办', '逾期提醒']);
    expect(report.skipped).toHaveLength(3); // 9-28 overdue, 9-29 reminder, 9-30 preview
    expect(logger.lines.filter((l) => l.message.includes('skipped a missed post'))).toHaveLength(3);
    harness.clock.advance(HOUR);
    const again = await restarted.tick();
    expect(again).toEqual({ sent: [], skipped: [], failed: [] });
    expect(harness.slack.messages).toHaveLength(2);
    expect(logger.lines.filter((l) => l.message.includes('skipped a missed post'))).toHaveLength(3);
  });

  it('a bot killed after posting but before recording it does not post again after a restart', async () => {
    const harness = await subscribedWorkspace('2026-01-05T10:00:00+08:00');
    await harness.say('取消订阅 逾期提醒');
    harness.clock.set('2026-10-08T09:00:00+08:00');
    const real = (await import('../../src/adapters/slack/slack-poster.js')).createSlackPoster(harness.client);
    // The "process" posts, then dies before it can record the post.
    const dying = harness.scheduler({ poster: { ...real, post: async (p) => (await real.post(p), new Promise(() => {})) } });
    void dying.tick();
    await harness.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(harness.slack.messages).toHaveLength(1);
    const key = metaKey(harness.slack.messages[0] ?? {});
    expect((await harness.store.getPost(key))?.status).toBe('sending');
    // Restarted a minute later: the claim is still trusted, nothing is sent.
    harness.clock.set('2026-10-08T09:01:00+08:00');
    expect(await harness.scheduler().tick()).toEqual({ sent: [], skipped: [], failed: [] });
    // After the lease, the new process finds the message in the channel and records it, without posting again.
    harness.clock.set('2026-10-08T09:15:00+08:00');
    const restarted = harness.scheduler();
    await restarted.tick();
    await restarted.tick();
    expect(harness.slack.messages).toHaveLength(1);
    expect((await harness.store.getPost(key))?.status).toBe('sent');
  });

  it('a claim left by a process that died before posting is posted once after the lease', async () => {
    const harness = await subscribedWorkspace('2026-01-05T10:00:00+08:00');
    await harness.say('取消订阅 逾期提醒');
    harness.clock.set('2026-10-08T09:00:00+08:00');
    const real = (await import('../../src/adapters/slack/slack-poster.js')).createSlackPoster(harness.client);
    let claimed!: () => void;
    const claimedNow = new Promise<void>((r) => (claimed = r));
    void harness.scheduler({ poster: { ...real, post: () => (claimed(), new Promise(() => {})) } }).tick();
    await claimedNow;
    harness.clock.set('2026-10-08T09:20:00+08:00');
    await harness.scheduler().tick();
    await harness.scheduler().tick();
    expect(harness.slack.messages.map((m) => kindOf(m.text))).toEqual(['本月待办']);
  });

  it('two processes on one data folder post each post once', async () => {
    const harness = await subscribedWorkspace('2026-01-05T10:00:00+08:00');
    harness.clock.set('2026-10-08T09:00:00+08:00');
    const [a, b] = [harness.scheduler(), harness.scheduler()];
    const reports = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(harness.slack.messages.map((m) => kindOf(m.text)).sort()).toEqual(['本月待办', '逾期提醒']);
    expect(new Set(reports.flatMap((r) => r.sent)).size).toBe(2);
  });

  it('retries after a 429 as Retry-After says, reports a missing channel to the subscriber, and keeps posting the rest', async () => {
    h = await startScheduleHarness('2026-01-05T10:00:00+08:00');
    await h.store.savePlan(holidayPlan());
    await h.say('订阅 本月待办', 'C-GONE', 'U9');
    await h.say('订阅 本月待办', 'C-OUT', 'U9');
    await h.say('订阅 本月待办', 'C1');
    h.slack.channelErrors.set('C-GONE', 'channel_not_found');
    h.slack.channelErrors.set('C-OUT', 'not_in_channel');
    h.slack.rateLimit = { remaining: 2, retryAfter: 7 };
    h.clock.set('2026-10-08T09:00:00+08:00');
    const report = await h.scheduler().tick();
    expect(report.sent).toHaveLength(1);
    expect(report.failed).toHaveLength(2);
    expect(h.waits).toEqual([7000, 7000]);
    expect(h.slack.messages.filter((m) => m.channel === 'C1').map((m) => kindOf(m.text))).toEqual(['本月待办']);
    const dms = h.slack.messages.filter((m) => m.channel === 'U9').map((m) => m.text);
    expect(dms).toHaveLength(2);
    expect(dms.join('\n')).toContain('找不到这个频道');
    expect(dms.join('\n')).toContain('kexie 不在这个频道里');
    expect(dms[0]).toContain('/invite @kexie');
    // A failure is final for that post: no retry storm on the next tick.
    await h.scheduler().tick();
    expect(h.slack.messages.filter((m) => m.channel === 'U9')).toHaveLength(2);
  });

  it('a Slack outage leaves the post claimed, and it goes out once after the lease', async () => {
    h = await startScheduleHarness('2026-01-05T10:00:00+08:00');
    await h.store.savePlan(holidayPlan());
    await h.say('订阅 本月待办');
    h.slack.serverErrors = 1;
    h.clock.set('2026-10-08T09:00:00+08:00');
    const scheduler = h.scheduler();
    expect(await scheduler.tick()).toEqual({ sent: [], skipped: [], failed: [] });
    h.clock.set('2026-10-08T09:05:00+08:00');
    await scheduler.tick();
    expect(h.slack.messages).toHaveLength(0);
    h.clock.set('2026-10-08T09:11:00+08:00');
    expect((await scheduler.tick()).sent).toHaveLength(1);
    await scheduler.tick();
    expect(h.slack.messages.map((m) => kindOf(m.text))).toEqual(['本月待办']);
  });
});
