// What a user is told when the disk is full, read-only or not kexie's, and that a lock left behind never blocks:
// faults come from an injected file system (tests may run as root) and, where the kernel can give them, for real.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { StoreError } from '../../src/core/errors.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { cliInProcess } from '../support/cli.js';
import { crowdEvent } from '../support/crowd-event.js';
import { faultyFs } from '../support/faulty-fs.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const folder = () => join(mkdtempSync(join(tmpdir(), 'kexie-faults-')), 'T1');
const kexieOn = (store: FileStore) =>
  createKexie({ storeFor: () => store, observances: OBSERVANCES, clock: FixedClock.at('2026-05-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
const failureOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as StoreError);
/** What a folder holds besides the data: locks, drafts, queue tickets. */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.write.lock') || n.includes('.tmp')).concat(existsSync(join(dir, '.write.queue')) ? readdirSync(join(dir, '.write.queue')) : []);

describe('a full disk', () => {
  it('says 磁盘已满 with the folder, stores nothing, leaves no lock, and the next write after space is freed goes through at once', async () => {
    const dir = folder();
    const fs = faultyFs();
    // A wait of 1 ms: anything left in the way would refuse the write after space is freed.
    const store = new FileStore(dir, silentLogger, { fs, lockWaitMs: 1 });
    const k = kexieOn(store);
    expect((await k.log(k.context({}), '5月17日 科普讲座，参加30人')).ok).toBe(true);
    fs.fault = 'ENOSPC';
    const error = await failureOf(k.log(k.context({}), '5月18日 科技馆开放日，参加50人'));
    expect(error).toBeInstanceOf(StoreError);
    expect(error?.code).toBe('store_full');
    expect(error?.userMessage).toContain(`数据文件夹 ${basename(join(dir, '..'))}/T1 所在的磁盘已满，这次没有保存。`);
    expect(error?.userMessage).toContain('腾出空间后重试');
    expect(error?.userMessage).not.toContain(tmpdir());
    // A plan import (a JSON document) says the same.
    const planError = await failureOf(store.savePlan({ id: 'p1', title: '计划', year: 2026, yearTo: 2026, items: [], importedAt: '2026-05-20T00:00:00Z', source: 'x' } as never));
    expect(planError?.code).toBe('store_full');
    expect(leftovers(dir)).toEqual([]);
    fs.fault = 'none';
    const after = await k.log(k.context({}), '5月19日 科普讲座进社区，参加40人');
    expect(after.ok).toBe(true);
    const stored = await new FileStore(dir).listActivities();
    expect(stored.map((a) => a.date).sort()).toEqual(['2026-05-17', '2026-05-19']);
    expect(await new FileStore(dir).damagedRecords()).toEqual([]);
  });

  it('cuts a half-written line back off, so a write reported failed is not stored', async () => {
    const dir = folder();
    const fs = faultyFs();
    const store = new FileStore(dir, silentLogger, { fs });
    await store.appendActivityEvent(crowdEvent(1));
    const size = readFileSync(join(dir, 'activities.jsonl')).length;
    // The disk fills up during the log's own append: half of it lands.
    fs.fault = 'ENOSPC';
    fs.only = /activities\.jsonl$/;
    const error = await failureOf(store.appendActivityEvent(crowdEvent(2)));
    expect(error?.code).toBe('store_full');
    expect(readFileSync(join(dir, 'activities.jsonl')).length).toBe(size);
    fs.fault = 'none';
    const fresh = new FileStore(dir);
    expect((await fresh.listActivities()).map((a) => a.id)).toEqual([crowdEvent(1).activity.id]);
    expect(await fresh.damagedRecords()).toEqual([]);
  });

  it.skipIf(!existsSync('/dev/full'))('through the CLI, on a log the kernel refuses (/dev/full): the reply says the disk is full', async () => {
    const data = mkdtempSync(join(tmpdir(), 'kexie-faults-'));
    const env = { KEXIE_DATA_DIR: data, KEXIE_TODAY: '2026-05-20' };
    expect((await cliInProcess(env, 'log', '科普讲座，参加30人')).code).toBe(0);
    const log = join(data, 'local', 'activities.jsonl');
    execFileSync('rm', [log]);
    symlinkSync('/dev/full', log);
    const r = await cliInProcess(env, 'log', '科技馆开放日，参加50人');
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/磁盘已满，这次没有保存[\s\S]*请管理员清理这块磁盘、腾出空间后重试/);
    expect(r.stdout + r.stderr).not.toContain('出了点问题');
  });
});

describe('a folder kexie may not write', () => {
  it('says 没有写入权限 with the folder and its owner (EACCES), and never "busy"', async () => {
    const dir = folder();
    const fs = faultyFs();
    const store = new FileStore(dir, silentLogger, { fs });
    fs.fault = 'EACCES';
    const error = await failureOf(store.appendActivityEvent(crowdEvent(1)));
    expect(error?.code).toBe('store_denied');
    expect(error?.userMessage).toMatch(new RegExp(`没有写入权限：kexie 以 .+ 运行，不能写入 ${basename(join(dir, '..'))}/T1（它属于 \\S+（uid \\d+），权限 \\d+）`));
    expect(error?.userMessage).toContain('所有者改成运行 kexie 的用户');
    expect(error?.userMessage).not.toContain('稍后重试');
  });

  it('says the disk is read-only (EROFS)', async () => {
    const fs = faultyFs();
    const store = new FileStore(folder(), silentLogger, { fs });
    fs.fault = 'EROFS';
    const error = await failureOf(store.updateSignups(() => undefined));
    expect(error?.code).toBe('store_read_only');
    expect(error?.userMessage).toMatch(/所在的磁盘是只读的，这次没有保存。\n请管理员把磁盘重新以可写方式挂载/);
  });

  it.skipIf(process.getuid?.() === 0)('says so for a real read-only folder (chmod 555; skipped as root, where chmod stops nothing)', async () => {
    const dir = folder();
    const store = new FileStore(dir);
    execFileSync('chmod', ['555', dir]);
    try {
      const error = await failureOf(store.appendActivityEvent(crowdEvent(1)));
      expect(error?.code).toBe('store_denied');
    } finally {
      execFileSync('chmod', ['755', dir]);
    }
  });
});

describe('a lock left behind', () => {
  const lockIn = (dir: string, text: string) => writeFileSync(join(dir, '.write.lock'), text);
  // Waits of 1 ms: a lock that is not recognised as abandoned at once refuses the write.
  const quick = (dir: string) => new FileStore(dir, silentLogger, { lockWaitMs: 1, lockStaleMs: 600_000 });

  it('takes over an empty lock file (left by a full disk) at once', async () => {
    const dir = folder();
    new FileStore(dir);
    lockIn(dir, '');
    expect((await quick(dir).appendActivityEvent(crowdEvent(1))).activity).toBeDefined();
    expect(existsSync(join(dir, '.write.lock'))).toBe(false);
  });

  it('takes over a lock of a dead process, and one of this very pid from an earlier life (a restarted container)', async () => {
    const dir = folder();
    new FileStore(dir);
    const deadPid = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    lockIn(dir, JSON.stringify({ pid: deadPid, host: hostname(), token: 'x', at: new Date().toISOString() }));
    expect((await quick(dir).appendActivityEvent(crowdEvent(1))).activity).toBeDefined();
    lockIn(dir, JSON.stringify({ pid: process.pid, host: hostname(), token: 'from-before', at: new Date().toISOString() }));
    expect((await quick(dir).appendActivityEvent(crowdEvent(2))).activity).toBeDefined();
  });

  it('waits for a live holder and then refuses with store_busy, which says nothing was saved', async () => {
    const dir = folder();
    new FileStore(dir);
    lockIn(dir, JSON.stringify({ pid: process.ppid, host: hostname(), token: 'live', at: new Date().toISOString() }));
    const error = await failureOf(quick(dir).appendActivityEvent(crowdEvent(1)));
    expect(error?.code).toBe('store_busy');
    expect(error?.userMessage).toMatch(/仍未轮到写入。\n数据正被另一个程序写入，这次没有保存。请稍后重试/);
    expect(existsSync(join(dir, 'activities.jsonl'))).toBe(false);
  });
});
