// Concurrent first reads after a restart, dead lock holders and crowds of writers: the folder store's hard cases.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { silentLogger } from '../../src/core/ports.js';
import { FileStore } from '../../src/infra/store/file-store.js';

const base: Activity = {
  id: '', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};
const event = (i: number) => ({ type: 'create' as const, activity: { ...base, id: `a${String(i).padStart(12, '0')}`, dedupeKey: `k${i}`, date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-10` } });

describe('folder store under concurrency', () => {
  it('answers 20 concurrent first reads after a restart with one catch-up and no RangeError', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-conc-'));
    writeFileSync(join(dir, 'activities.jsonl'), `${Array.from({ length: 500 }, (_, i) => JSON.stringify(event(i))).join('\n')}\n`);
    const store = new FileStore(dir);
    // Requests arrive a few event-loop turns apart, as they do from Slack right after a restart.
    const reads: Promise<Activity[]>[] = [];
    for (let i = 0; i < 20; i++) {
      reads.push(store.listActivities());
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const results = await Promise.all(reads);
    for (const r of results) expect(r).toHaveLength(500);
    const write = await store.appendActivityEvent(event(500));
    expect(write.duplicate).toBe(false);
    // And again after a restart with the snapshot in place: concurrent reads of the same month files.
    const restarted = new FileStore(dir);
    const again = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? restarted.listActivities() : restarted.listActivities({ from: '2026-03-01', to: '2026-03-31' }))));
    expect(again.map((r) => r.length)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 501 : 42)));
  });

  it('takes over a lock left by a dead process at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-conc-'));
    const deadPid = Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).toString());
    writeFileSync(join(dir, '.write.lock'), JSON.stringify({ pid: deadPid, host: (await import('node:os')).hostname(), at: new Date().toISOString() }));
    // A lock this old would never be judged stale by age within the wait budget: only the pid check can free it.
    const store = new FileStore(dir, undefined, { lockWaitMs: 2_000, lockStaleMs: 600_000 });
    const r = await store.appendActivityEvent(event(1));
    expect(r.activity?.id).toBe(event(1).activity.id);
  });

  it('lets 150 concurrent writers (separate store instances, as separate processes would be) all succeed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-conc-'));
    const results = await Promise.all(Array.from({ length: 150 }, (_, i) => new FileStore(dir, silentLogger, { lockWaitMs: 600_000 }).appendActivityEvent(event(i))));
    expect(results.every((r) => r.activity && !r.duplicate)).toBe(true);
    expect(await new FileStore(dir).listActivities()).toHaveLength(150);
  });
});
