// After a crash or a failure half-way through a write: a write is reported failed only when it is not stored,
// and `doctor` reports no valid record as damaged (a snapshot replayed, a last line without its newline).
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { cliInProcess } from '../support/cli.js';
import { crowdEvent } from '../support/crowd-event.js';
import { faultyFs } from '../support/faulty-fs.js';

const folder = () => mkdtempSync(join(tmpdir(), 'kexie-crash-'));
const meta = (dir: string) => join(dir, 'activities.index', 'meta.json');

describe('a write and its snapshot', () => {
  it('reports a write stored when the log took it but the snapshot could not be updated, and reads it once later', async () => {
    const dir = folder();
    const store = new FileStore(dir);
    await store.appendActivityEvent(crowdEvent(1));
    // The snapshot's month file cannot be appended (a directory in its place): the log append has already succeeded.
    const { generation } = JSON.parse(readFileSync(meta(dir), 'utf8')) as { generation: string };
    const month = join(dir, 'activities.index', `g-${generation}`, 'months', '2026-03.jsonl');
    mkdirSync(join(month, 'blocked'), { recursive: true });
    const r = await store.appendActivityEvent(crowdEvent(2));
    expect(r.activity?.id).toBe(crowdEvent(2).activity.id);
    rmSync(month, { recursive: true });
    const fresh = new FileStore(dir);
    expect((await fresh.listActivities()).map((a) => a.id).sort()).toEqual([crowdEvent(1).activity.id, crowdEvent(2).activity.id]);
    expect(await fresh.damagedRecords()).toEqual([]);
  });

  it('does not count records as duplicates when a crash came after the snapshot was written and before its meta', async () => {
    const data = folder();
    const env = { KEXIE_DATA_DIR: data, KEXIE_TODAY: '2026-05-20' };
    expect((await cliInProcess(env, 'log', '5月17日 科普讲座，参加30人')).code).toBe(0);
    const dir = join(data, 'local');
    const before = join(dir, 'meta-before.json');
    copyFileSync(meta(dir), before);
    expect((await cliInProcess(env, 'log', '5月18日 科技馆开放日，参加50人')).code).toBe(0);
    expect((await cliInProcess(env, 'log', '5月19日 科普讲座进社区，参加40人')).code).toBe(0);
    // As if killed after the snapshot's month files were appended but before meta.json was replaced.
    copyFileSync(before, meta(dir));
    const doctor = await cliInProcess(env, '--json', 'doctor');
    expect(doctor.json.count).toBe(0);
    expect(doctor.code).toBe(0);
    expect(((await cliInProcess(env, '--json', 'activities')).json.activities as unknown[]).length).toBe(3);
  });

  it('still counts a real duplicate id written by another program', async () => {
    const dir = folder();
    const store = new FileStore(dir);
    await store.appendActivityEvent(crowdEvent(1));
    appendFileSync(join(dir, 'activities.jsonl'), `${JSON.stringify({ ...crowdEvent(1), activity: { ...crowdEvent(1).activity, dedupeKey: 'other' } })}\n`);
    expect((await new FileStore(dir).damagedRecords()).map((d) => d.reason)).toEqual([`编号 ${crowdEvent(1).activity.id} 与前面的记录重复`]);
  });

  it('keeps a whole last record that lacks only its newline, and counts a line cut short once', async () => {
    const dir = folder();
    const store = new FileStore(dir);
    await store.appendActivityEvent(crowdEvent(1));
    appendFileSync(join(dir, 'activities.jsonl'), JSON.stringify(crowdEvent(2)));
    await new FileStore(dir).appendActivityEvent(crowdEvent(3));
    const fresh = new FileStore(dir);
    expect((await fresh.listActivities()).length).toBe(3);
    expect(await fresh.damagedRecords()).toEqual([]);
    const text = JSON.stringify(crowdEvent(4));
    appendFileSync(join(dir, 'activities.jsonl'), text.slice(0, 40));
    await new FileStore(dir).appendActivityEvent(crowdEvent(5));
    const after = new FileStore(dir);
    expect((await after.listActivities()).length).toBe(4);
    expect(await after.damagedRecords()).toEqual([{ where: 'activities.jsonl', line: 4, reason: '写入时中断的半行（那次写入没有完成）' }]);
    expect(readFileSync(join(dir, 'activities.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(5);
  });

  it('does not show what a failed JSON write meant to store', async () => {
    const fs = faultyFs();
    const store = new FileStore(folder(), silentLogger, { fs });
    await store.updateDirectory((d) => d.owners.push({ name: '科普部', people: ['@张三'] }));
    fs.fault = 'ENOSPC';
    await expect(store.updateDirectory((d) => d.owners.push({ name: '办公室', people: ['@李四'] }))).rejects.toMatchObject({ code: 'store_full' });
    fs.fault = 'none';
    expect((await store.readDirectory()).owners.map((o) => o.name)).toEqual(['科普部']);
  });
});
