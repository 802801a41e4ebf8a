// Issue 20, a ledger uploaded in Slack: imported in a worker thread on a capped heap, as `activities import` is, through
// a store the thread opens on the bot's folder. The folder's write lock knows the threads of its process: a live
// thread's lock is waited for, an ended thread's (stopped mid-import) taken over at once.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { startWorker } from '../../src/infra/start-worker.js';
import { WorkspaceLock } from '../../src/infra/store/workspace-lock.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  const rejected = h?.slack.rejected.map((r) => `${r.method}: ${r.error}`) ?? [];
  await h?.close();
  h = undefined;
  expect(rejected).toEqual([]);
});

const stored = (id: string, date: string, title: string, headcount: number): Activity => ({
  id, date, dateEnd: null, title, headcount, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: `${title}，参加${headcount}人`, by: 'U1', at: '2026-05-01T08:00:00.000Z', source: { kind: 'slack' }, dedupeKey: null, flags: [], undone: false, history: [],
});

/** Uploads `csv` as an admin's "导入台账" in a DM and waits for the bot's reply there. */
async function upload(s: SlackHarness, csv: string, channel: string): Promise<string> {
  const name = `${channel}.csv`;
  s.slack.files.set(name, new TextEncoder().encode(csv));
  const file = { id: `F${channel}`, name: '台账.csv', url_private_download: `${s.slack.url}/files/${name}`, size: csv.length };
  await s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel, user: 'UADMIN', text: '导入台账', ts: '1779156002.000100', files: [file] });
  return String((await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === channel)).body.text);
}

describe('a ledger uploaded in Slack', () => {
  it('is imported by a thread of its own into the bot folder, matched against what the bot stored, and read by the bot after', async () => {
    const s = (h = await startSlackHarness({ admins: ['UADMIN'] }));
    const store = s.kexie.deps.storeFor('T1');
    await store.appendActivityEvent({ type: 'create', activity: stored('kept1', '2026-03-05', '学雷锋志愿服务', 200) });
    expect(await store.listActivities({ from: '2026-03-01', to: '2026-03-31' })).toHaveLength(1);
    const csv = '日期,活动名称,参加人数\n2026-03-05,学雷锋志愿服务,200\n2026-03-12,植树节科普,60\n2026-03-20,科普讲座,45\n';
    expect(await upload(s, csv, 'D1')).toContain('新增 2 条活动，跳过 1 条（已有记录），未导入 0 行');
    // The bot's own store (its cached snapshot files) sees what the thread wrote, and writes after it.
    expect((await store.listActivities({ from: '2026-03-01', to: '2026-03-31' })).map((a) => a.title).sort()).toEqual(['学雷锋志愿服务', '植树节科普', '科普讲座']);
    await store.appendActivityEvent({ type: 'create', activity: stored('after1', '2026-03-25', '青少年科技营', 30) });
    expect(await upload(s, csv, 'D2')).toContain('新增 0 条活动，跳过 3 条（已有记录）');
    expect(await store.listActivities({ from: '2026-03-01', to: '2026-03-31' })).toHaveLength(4);
  });

  it('is imported on a capped heap: a thread past it stops, and the reply says what was kept and what to do', async () => {
    const s = (h = await startSlackHarness({ admins: ['UADMIN'], ledgerImports: { heapMb: 4 } }));
    const reply = await upload(s, '日期,活动名称,参加人数\n2026-03-12,植树节科普,60\n', 'D3');
    expect(reply).toContain('台账导入需要的内存超过上限（4 MB）');
    expect(reply).toContain('已导入的行已保存');
  });
});

describe("the folder's write lock across the threads of one process", () => {
  it("waits for a live thread's lock, and takes over the lock of a thread that ended holding it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-thread-lock-'));
    const thread = startWorker(new URL('../support/lock-thread.ts', import.meta.url).href, 'lock-thread', { workerData: { dir } });
    try {
      expect((await once(thread, 'message'))[0]).toBe('held');
      await expect(new WorkspaceLock(dir, { waitMs: 300, maxWaitMs: 300 }).run(async () => 'mine')).rejects.toMatchObject({ code: 'store_busy' });
      const exited = once(thread, 'exit');
      await thread.terminate();
      await exited;
      await expect(new WorkspaceLock(dir, { waitMs: 300, maxWaitMs: 300 }).run(async () => 'mine')).resolves.toBe('mine');
    } finally {
      await thread.terminate();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
