// Issue 20, a copied folder without its snapshot: while the records are filed from the start, a question that reads
// them or a log write is told at once how far the filing has got ("正在整理记录（约N%）…"), and its answer follows in
// the same conversation when the records are ready; nothing is lost. The build is held at a checkpoint (a hook), not
// timed.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { describeBuildWait } from '../../src/core/build-wait.js';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { deliverReply } from '../../src/adapters/slack/deliver-reply.js';
import type { SlackMessage } from '../../src/adapters/slack/blocks/reply-blocks.js';
import { createSlackDeps } from '../../src/adapters/slack/slack-deps.js';
import { whileWaitingForBuild } from '../../src/infra/store/build-wait.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const base: Activity = {
  id: '', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};

/** Records in the copied log: a few megabytes, read a megabyte at a time, so the build stops at a checkpoint before its end. */
const N = 8_000;

/** A workspace folder with a log of `n` records of May 2026 and no snapshot (as a folder copied without it). */
function copiedFolder(n: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kexie-build-wait-')), 'T1');
  mkdirSync(dir, { recursive: true });
  const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ type: 'create', activity: { ...base, id: `a${String(i).padStart(12, '0')}`, date: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`, dedupeKey: `k${i}`, title: `活动${i}` } }));
  writeFileSync(join(dir, 'activities.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

/** A store whose build stops at its first checkpoint until `go` is called. */
function heldStore(dir: string) {
  let reached!: () => void;
  const atCheckpoint = new Promise<void>((resolve) => (reached = resolve));
  let go!: () => void;
  const resume = new Promise<void>((resolve) => (go = resolve));
  const store = new FileStore(dir, silentLogger, { snapshot: { batchChars: 10_000, noticeFromBytes: 0, onCheckpoint: () => (reached(), resume) } });
  return { store, atCheckpoint, go };
}

describe('a read while the records are filed from the start', () => {
  it('tells a waiting request how far the filing has got, and still gives it every record', async () => {
    const { store, atCheckpoint, go } = heldStore(copiedFolder(N));
    const first = store.countActivities();
    await atCheckpoint;
    const heard: number[] = [];
    const read = whileWaitingForBuild((p) => heard.push(p.percent), () => store.listActivities({ from: '2026-05-01', to: '2026-05-31' }));
    // A request that registered nothing waits as before; one that reads nothing of the records hears nothing.
    const quiet: number[] = [];
    await whileWaitingForBuild((p) => quiet.push(p.percent), () => store.listPlans());
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(heard.length).toBeGreaterThan(0);
    expect(heard[0]).toBeGreaterThan(0);
    expect(heard[0]).toBeLessThan(100);
    expect(quiet).toEqual([]);
    go();
    expect(await read).toHaveLength(N);
    expect(await first).toBe(N);
  });

  it('says so in Chinese, with the share done or that it has just begun', () => {
    expect(describeBuildWait({ percent: 37.6 })).toBe('正在整理记录（约37%），整理完会接着回答。这条消息已收到，不用重发。');
    expect(describeBuildWait({ percent: 0 })).toContain('刚开始');
  });
});

describe('a Slack message while a copied folder is filed', () => {
  const setup = () => {
    const { store, atCheckpoint, go } = heldStore(copiedFolder(N));
    const kexie = createKexie({ storeFor: () => store, observances: OBSERVANCES, clock: FixedClock.at('2026-06-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
    const deps = createSlackDeps(kexie, { logger: silentLogger, admins: [], token: 'xoxb-test' });
    const posted: string[] = [];
    // The first post (the progress notice) settles `notified`: the tests wait for it, not for a count of turns, since
    // the notice follows a write to disk (the request is kept until answered) whose time depends on the machine.
    let notify!: () => void;
    const notified = new Promise<void>((resolve) => (notify = resolve));
    const target = { post: async (m: SlackMessage) => void (posted.push(m.text ?? ''), notify()) };
    const ctx = kexie.context({ workspace: 'T1', user: 'U1', source: { kind: 'slack', channel: 'D1' } });
    const planned = kexie.importPlan(ctx, { text: readFixture('..', '..', 'data', 'sample-plan.md'), source: 'sample-plan.md' });
    return { planned, store, atCheckpoint, go, deps, posted, notified, target, ctx };
  };

  it('answers a question about the records at once with the progress, then with the answer', async () => {
    const { store, atCheckpoint, go, deps, posted, notified, target, ctx, planned } = setup();
    await planned;
    // The bot's first request began the build (here a count); the question comes while it runs.
    const first = store.countActivities();
    await atCheckpoint;
    const answered = deliverReply(deps, ctx, '上个月都做了什么', target);
    await notified;
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatch(/^正在整理记录（(约\d+%|刚开始)），整理完会接着回答/u);
    go();
    await answered;
    expect(posted).toHaveLength(2);
    expect(posted[1]).toContain('5月');
    expect(await first).toBe(N);
  });

  it('accepts a log write at once, and stores it when the records are ready', async () => {
    const { store, atCheckpoint, go, deps, posted, notified, target, ctx, planned } = setup();
    await planned;
    const written = deliverReply(deps, ctx, '记录 6月18日 青少年科技创新培训，参加45人', target);
    await atCheckpoint;
    await notified;
    expect(posted[0]).toContain('这条消息已收到，不用重发');
    go();
    const reply = await written;
    expect(reply.kind).toBe('activity');
    expect(posted).toHaveLength(2);
    expect((await store.listActivities({ from: '2026-06-18', to: '2026-06-18' })).map((a) => a.headcount)).toEqual([45]);
  });
});
