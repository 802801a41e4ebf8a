import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import { StoreError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/ports.js';
import { createFileStoreFactory, FileStore } from '../../src/infra/store/file-store.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const newDir = (): string => mkdtempSync(join(tmpdir(), 'kexie-store-'));

describe('FileStore', () => {
  let dir: string;
  beforeEach(() => {
    dir = newDir();
  });
  const kexieOn = (storeFor = createFileStoreFactory(dir)) =>
    createKexie({ storeFor, observances: OBSERVANCES, clock: FixedClock.at('2025-09-22'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });

  it('keeps plans across instances and replaces a plan by id, saying what changed', async () => {
    const k = kexieOn();
    const ctx = k.context({});
    await k.importPlan(ctx, { text: readFixture('plans', 'traditional-outline.txt'), source: 'a' });
    const changed = readFixture('plans', 'traditional-outline.txt').replace('4、開展防災減災日宣傳，發放宣傳資料1萬份以上。', '4、開展國際減災日宣傳。\n\n5、舉辦科技館開放日活動。');
    const second = await kexieOn(createFileStoreFactory(dir)).importPlan(ctx, { text: changed, source: 'b' });
    expect(second.changes?.added.map((i) => i.path)).toEqual(['二/4', '二/5']);
    expect(second.changes?.removed.map((i) => i.path)).toEqual(['二/4']);
    const plans = await new FileStore(join(dir, 'local')).listPlans();
    expect(plans).toHaveLength(1);
    expect(plans[0]?.source).toBe('b');
  });

  it('reports a corrupted plans file in Chinese and leaves it untouched', async () => {
    const k = kexieOn();
    const file = join(dir, 'local', 'plans.json');
    await k.importPlan(k.context({}), { text: readFixture('plans', 'traditional-outline.txt'), source: 'a' });
    writeFileSync(file, '{"version":1,"plans":[{"id":');
    const broken = kexieOn(createFileStoreFactory(dir));
    // Issue 21.6: a question answers, naming the damaged file and what to do, instead of failing.
    expect((await broken.ask(broken.context({}), '本月')).answer).toMatch(/plans\.json 已损坏.*从备份恢复/s);
    await expect(broken.importPlan(broken.context({}), { text: readFixture('plans', 'traditional-outline.txt'), source: 'c' })).rejects.toThrow(/数据文件.*plans\.json.*没有改动它/s);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"plans":[{"id":');
  });

  it('loses nothing when 200 logs arrive at once', async () => {
    const k = kexieOn();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, n) => k.log(k.context({ user: `u${n % 7}`, source: { kind: 'slack', channel: 'C1', message: `${n}` } }), `科普讲座第${n}次，参加${n + 1}人`)),
    );
    expect(results.every((r) => r.ok && !r.duplicate)).toBe(true);
    const fresh = new FileStore(join(dir, 'local'));
    const all = await fresh.listActivities();
    expect(all).toHaveLength(200);
    expect(new Set(all.map((a) => a.id)).size).toBe(200);
    expect(all.reduce((n, a) => n + (a.headcount ?? 0), 0)).toBe((200 * 201) / 2);
  });

  it('shares one log between two writers (the CLI and a running bot) and dedupes across them', async () => {
    const a = kexieOn(createFileStoreFactory(dir));
    const b = kexieOn(createFileStoreFactory(dir));
    const slack = { kind: 'slack' as const, channel: 'C1', message: '42' };
    await Promise.all([
      ...Array.from({ length: 20 }, (_, n) => a.log(a.context({ user: 'a' }), `讲座A${n}，参加${n + 1}人`)),
      ...Array.from({ length: 20 }, (_, n) => b.log(b.context({ user: 'b' }), `讲座B${n}，参加${n + 1}人`)),
    ]);
    const first = await a.log(a.context({ user: 'a', source: slack }), '重复投递，参加5人');
    const again = await b.log(b.context({ user: 'a', source: slack }), '重复投递，参加5人');
    expect(again.ok && again.duplicate).toBe(true);
    expect(first.ok && again.ok && first.activity.id === again.activity.id).toBe(true);
    expect(await a.activities(a.context({}))).toHaveLength(41);
    expect(await b.activities(b.context({}))).toHaveLength(41);
  });

  it('skips an unreadable line without losing it, and survives a torn last line', async () => {
    const k = kexieOn();
    await k.log(k.context({}), '讲座一，参加10人');
    const file = join(dir, 'local', 'activities.jsonl');
    appendFileSync(file, 'this is not json\n{"type":"create","activity":{"id":"half');
    const other = kexieOn(createFileStoreFactory(dir));
    const r = await other.log(other.context({}), '讲座二，参加20人');
    expect(r.ok).toBe(true);
    const store = new FileStore(join(dir, 'local'));
    const list = await store.listActivities();
    expect(list.map((a) => a.headcount).sort()).toEqual([10, 20]);
    expect((await store.damagedRecords()).map((d) => [d.where, d.line])).toEqual([
      ['activities.jsonl', 2],
      ['activities.jsonl', 3],
    ]);
    expect(readFileSync(file, 'utf8')).toContain('this is not json');
  });
});
