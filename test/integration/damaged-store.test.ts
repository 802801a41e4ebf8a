// A damaged file never stops what does not depend on it, names no server path, and is reported by `doctor`.
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import type { StoreError } from '../../src/core/errors.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { cliInProcess } from '../support/cli.js';
import { OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

const kexieOn = (dir: string) =>
  createKexie({ storeFor: createFileStoreFactory(dir), observances: OBSERVANCES, clock: FixedClock.at('2025-09-22'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });

describe('a damaged store', () => {
  it('keeps logging with a corrupt plans.json, says the plan is unreadable, and shows no server path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const k = kexieOn(dir);
    await k.importPlan(k.context({}), { text: readFixture('plans', 'traditional-outline.txt'), source: 'a' });
    writeFileSync(join(dir, 'local', 'plans.json'), '{"version":1,"plans":[{"id":');
    const broken = kexieOn(dir);
    const r = await broken.log(broken.context({}), '科普讲座，参加30人');
    expect(r.ok && r.notice).toMatch(/工作计划文件无法读取.*已记录/);
    expect(await broken.activities(broken.context({}))).toHaveLength(1);
    // Questions are answered against the plan: they say it cannot be read (not "no plan imported"), and what to do.
    for (const q of ['这个月有什么要做的', '这个月做了什么']) {
      const answer = await broken.ask(broken.context({}), q);
      expect(answer.answer).toMatch(/工作计划文件 plans\.json 已损坏，无法读取[\s\S]*请从备份恢复该文件/);
      expect(answer.answer).not.toContain(dir);
    }
    expect((await broken.ask(broken.context({}), '帮助')).intent).toBe('help');
  });

  it('answers "what is due this month" with a truncated signups.json, saying what it went without, and counts the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const k = kexieOn(dir);
    await k.importPlan(k.context({}), { text: readFixture('plans', 'traditional-outline.txt'), source: 'a' });
    writeFileSync(join(dir, 'local', 'signups.json'), '{"version":1,"signups":[{"id":"s1","ev');
    const fresh = kexieOn(dir);
    const answer = await fresh.ask(fresh.context({}), '这个月有什么要做的');
    expect(answer.intent).toBe('due');
    expect(answer.answer).toContain('注意：数据文件 signups.json 已损坏、无法读取（原样保留），这次的回答没有用到其中的内容。');
    // Logging is untouched, and the App Home's count and `doctor` show the file.
    expect((await fresh.log(fresh.context({}), '科普讲座，参加30人')).ok).toBe(true);
    expect(await fresh.damagedCount(fresh.context({}))).toBe(1);
    const doctor = await cliInProcess({ KEXIE_DATA_DIR: dir, KEXIE_TODAY: '2025-09-22' }, 'doctor');
    expect(doctor.stdout).toContain('signups.json：整个文件无法读取');
  });

  it('drafts a summary with a broken plans.json (and statuses.json), counting the activities and saying what is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const env = { KEXIE_DATA_DIR: dir, KEXIE_TODAY: '2026-06-20' };
    await cliInProcess(env, 'log', '5月17日 科普讲座，参加30人');
    writeFileSync(join(dir, 'local', 'plans.json'), '{"version":1,"plans":[');
    writeFileSync(join(dir, 'local', 'statuses.json'), 'not json');
    const summary = await cliInProcess(env, 'summary', '--quarter', '2026Q2');
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('30');
    expect(summary.stdout).toContain('注意：数据文件 plans.json、statuses.json 已损坏、无法读取（原样保留）');
    expect(summary.stdout).toContain('2 条记录无法读取');
  });

  it('counts unreadable activity lines: `doctor` lists them and the store reports them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const env = { KEXIE_DATA_DIR: dir, KEXIE_TODAY: '2026-05-20' };
    expect((await cliInProcess(env, 'log', '科普讲座，参加30人')).code).toBe(0);
    expect((await cliInProcess(env, 'doctor')).stdout).toContain('数据完好');
    appendFileSync(join(dir, 'local', 'activities.jsonl'), 'garbage\n{"type":"create","activity":{"id":1}}\n');
    const doctor = await cliInProcess(env, '--json', 'doctor');
    expect(doctor.code).toBe(1);
    expect(doctor.json.count).toBe(2);
    expect((await cliInProcess(env, 'doctor')).stdout).toMatch(/2 条记录无法读取[\s\S]*activities\.jsonl 第 2 行[\s\S]*第 3 行/);
    // What could be read is still there, and a later write lands after the damage.
    expect((await cliInProcess(env, 'log', '科技馆开放日，参加50人')).code).toBe(0);
    expect(((await cliInProcess(env, '--json', 'activities')).json.activities as unknown[]).length).toBe(2);
  });

  it('refuses an Infinity figure at write with a reply naming it, and stores nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const store = createFileStoreFactory(dir)('local');
    const k = kexieOn(dir);
    const ok = await k.log(k.context({}), '科普讲座，参加30人');
    if (!ok.ok) throw new Error('not logged');
    const error = await store.appendActivityEvent({ type: 'edit', id: ok.activity.id, at: 'x', by: 'local-user', patch: { headcount: 30, metrics: { 份: Number.POSITIVE_INFINITY } } }).catch((e: unknown) => e);
    expect((error as StoreError).userMessage).toMatch(/“份”的数量（Infinity）不是有效的值/);
    const fresh = createFileStoreFactory(dir)('local');
    expect((await fresh.findActivity(ok.activity.id))?.history).toHaveLength(1);
    expect(await fresh.damagedRecords()).toEqual([]);
  });
});

describe('summaries and ids', () => {
  it('says in a summary how many records could not be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const env = { KEXIE_DATA_DIR: dir, KEXIE_TODAY: '2026-06-20' };
    await cliInProcess(env, 'log', '5月17日 科普讲座，参加30人');
    appendFileSync(join(dir, 'local', 'activities.jsonl'), 'garbage\n');
    const summary = await cliInProcess(env, 'summary', '--quarter', '2026Q2');
    expect(summary.stdout).toContain('1 条记录无法读取');
    expect((await cliInProcess(env, '--json', 'summary', '--quarter', '2026Q2')).json.damaged).toBe(1);
  });

  it('gives activities long random ids (62 bits), so 100,000 records do not collide by chance', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const k = kexieOn(dir);
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const r = await k.log(k.context({}), `讲座${i}，参加${i + 1}人`);
      if (r.ok) ids.add(r.activity.id);
    }
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^a[0-9a-z]{12}$/);
  });
});

describe('reads only what a question needs', () => {
  it('answers "这个月有什么要做的" without reading activities at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-damaged-'));
    const k = kexieOn(dir);
    await k.importPlan(k.context({}), { text: readFixture('plans', 'traditional-outline.txt'), source: 'a' });
    // An activity log that cannot even be opened: any read of activities would throw.
    mkdirSync(join(dir, 'local', 'activities.jsonl'));
    const fresh = kexieOn(dir);
    const answer = await fresh.ask(fresh.context({}), '这个月有什么要做的');
    expect(answer.intent).toBe('due');
    await expect(fresh.activities(fresh.context({}))).rejects.toThrow();
  });
});
