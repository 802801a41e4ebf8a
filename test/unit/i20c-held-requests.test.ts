// Issue 20, a log write told "这条消息已收到，不用重发" while a copied folder's records are filed: it is kept on disk
// before the user is told, so a bot stopped before the filing ends still stores it when it starts again, and it is
// forgotten once answered. The filing is held at a checkpoint (a hook), and the bot "stops" by being left there:
// its build claim is taken over as a dead process's would be, and a new store and app start on the same folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import type { SlackMessage } from '../../src/adapters/slack/blocks/reply-blocks.js';
import { deliverReply } from '../../src/adapters/slack/deliver-reply.js';
import { resumeHeldRequests } from '../../src/adapters/slack/resume-held.js';
import { createSlackDeps } from '../../src/adapters/slack/slack-deps.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { HELD_FOLDER } from '../../src/infra/store/held-requests.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const base: Activity = {
  id: '', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};

/** A workspace folder with a log of 8,000 records of May 2026 and no snapshot (as a folder copied without it). */
function copiedFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'kexie-held-')), 'T1');
  mkdirSync(dir, { recursive: true });
  const lines = Array.from({ length: 8_000 }, (_, i) => JSON.stringify({ type: 'create', activity: { ...base, id: `a${String(i).padStart(12, '0')}`, date: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`, dedupeKey: `k${i}`, title: `活动${i}` } }));
  writeFileSync(join(dir, 'activities.jsonl'), `${lines.join('\n')}\n`);
  return dir;
}

/** The bot on `dir`: its store (its build held at the first checkpoint until `go`, when `hold`), its Slack deps. */
function bot(dir: string, hold: boolean) {
  let reached!: () => void;
  const atCheckpoint = new Promise<void>((resolve) => (reached = resolve));
  let go!: () => void;
  const resume = new Promise<void>((resolve) => (go = resolve));
  const store = new FileStore(dir, silentLogger, { snapshot: { batchChars: 10_000, noticeFromBytes: 0, ...(hold ? { onCheckpoint: () => (reached(), resume) } : {}) } });
  const kexie = createKexie({ storeFor: () => store, observances: OBSERVANCES, clock: FixedClock.at('2026-06-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
  const deps = createSlackDeps(kexie, { logger: silentLogger, admins: [], token: 'xoxb-test' });
  return { store, kexie, deps, atCheckpoint, go };
}

/** A reply target that records what it posts and says when the first post came. */
function recorder() {
  const posted: string[] = [];
  let first!: () => void;
  const firstPost = new Promise<void>((resolve) => (first = resolve));
  const post = async (m: SlackMessage) => {
    posted.push(m.text ?? '');
    first();
  };
  return { posted, firstPost, post };
}

const heldFiles = (dir: string): string[] => (existsSync(join(dir, HELD_FOLDER)) ? readdirSync(join(dir, HELD_FOLDER)).filter((n) => n.endsWith('.json')) : []);
const WRITE = '记录 6月18日 青少年科技创新培训，参加45人';

describe('a log write told not to send again while the records are filed', () => {
  it('is kept on disk before the notice, and stored after a restart although the bot stopped mid-build', async () => {
    const dir = copiedFolder();
    const first = bot(dir, true);
    const ctx = first.kexie.context({ workspace: 'T1', user: 'U1', source: { kind: 'slack', channel: 'D1', message: '1718700000.000100' } });
    const seen = recorder();
    // Never answered: the bot stops while its build waits at the checkpoint.
    void deliverReply(first.deps, ctx, WRITE, { post: seen.post, resume: { channel: 'D1' } });
    await first.atCheckpoint;
    await seen.firstPost;
    expect(seen.posted[0]).toContain('这条消息已收到，不用重发');
    // On disk by the time the user was told; the live holder does not count its own as orphaned.
    expect(heldFiles(dir)).toHaveLength(1);
    expect(await first.store.orphanedRequests()).toEqual([]);

    // The bot stops: its build claim is taken over, as a dead process's is, and the bot starts again on the folder.
    rmSync(join(dir, 'activities.index', 'build.lock'), { force: true });
    const again = bot(dir, false);
    const sent: Array<{ channel: string; text?: string }> = [];
    const client = { chat: { postMessage: async (m: { channel: string; text?: string }) => (sent.push(m), { ok: true, ts: '1.1' }), postEphemeral: async () => ({ ok: true }) } };
    expect(await resumeHeldRequests(again.deps, client as never, ['T1'])).toBe(1);

    expect((await again.store.listActivities({ from: '2026-06-18', to: '2026-06-18' })).map((a) => a.headcount)).toEqual([45]);
    expect(await again.store.countActivities()).toBe(8_001);
    // Answered where it was asked, and no longer kept; a second start finds nothing to answer.
    expect(sent.map((m) => m.channel)).toContain('D1');
    expect(sent.some((m) => /45/u.test(m.text ?? ''))).toBe(true);
    expect(heldFiles(dir)).toEqual([]);
    expect(await resumeHeldRequests(bot(dir, false).deps, client as never, ['T1'])).toBe(0);
  });

  it('is forgotten once answered when the bot did not stop', async () => {
    const dir = copiedFolder();
    const { kexie, deps, store, atCheckpoint, go } = bot(dir, true);
    const ctx = kexie.context({ workspace: 'T1', user: 'U1', source: { kind: 'slack', channel: 'D1', message: '1718700000.000200' } });
    const seen = recorder();
    const written = deliverReply(deps, ctx, WRITE, { post: seen.post, resume: { channel: 'D1' } });
    await atCheckpoint;
    await seen.firstPost;
    expect(heldFiles(dir)).toHaveLength(1);
    go();
    expect((await written).kind).toBe('activity');
    expect(heldFiles(dir)).toEqual([]);
    expect((await store.listActivities({ from: '2026-06-18', to: '2026-06-18' })).map((a) => a.headcount)).toEqual([45]);
  });
});
