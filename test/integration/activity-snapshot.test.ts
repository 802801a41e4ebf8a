// The snapshot beside the activity log: caught up when the log grew behind its back, rebuilt when the
// log was replaced, and never applying an event twice after a crash between the log and the snapshot.
import { appendFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { FileStore } from '../../src/infra/store/file-store.js';

const base: Activity = {
  id: 'a000000000001', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: 'k1', flags: [], undone: false, history: [],
};
const line = (e: unknown) => `${JSON.stringify(e)}\n`;

describe('activity snapshot', () => {
  it('catches up with lines another program appended, and rebuilds when the log is replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-snap-'));
    const store = new FileStore(dir);
    await store.appendActivityEvent({ type: 'create', activity: base });
    const log = join(dir, 'activities.jsonl');
    appendFileSync(log, line({ type: 'create', activity: { ...base, id: 'a000000000002', dedupeKey: 'k2', date: '2026-06-01' } }));
    appendFileSync(log, line({ type: 'edit', id: base.id, at: 'x', by: 'u', patch: { date: '2026-06-02' } }));
    expect((await store.listActivities({ from: '2026-06-01', to: '2026-06-30' })).map((a) => a.id).sort()).toEqual(['a000000000001', 'a000000000002']);
    expect((await new FileStore(dir).findByDedupeKey('k2'))?.id).toBe('a000000000002');
    expect(await store.listActivities({ from: '2026-05-01', to: '2026-05-31' })).toEqual([]);
    // Restored from an older backup: shorter than what the snapshot covers.
    writeFileSync(log, line({ type: 'create', activity: base }));
    const restored = new FileStore(dir);
    expect((await restored.listActivities()).map((a) => [a.id, a.date])).toEqual([['a000000000001', '2026-05-17']]);
    expect(await restored.findByDedupeKey('k2')).toBeUndefined();
    // Moved in from elsewhere, longer than before: another file, so rebuilt too.
    const other = join(dir, 'other.jsonl');
    writeFileSync(other, ['a000000000007', 'a000000000008', 'a000000000009'].map((id, i) => line({ type: 'create', activity: { ...base, id, dedupeKey: `m${i}` } })).join(''));
    renameSync(other, log);
    expect((await restored.listActivities()).map((a) => a.id)).toEqual(['a000000000007', 'a000000000008', 'a000000000009']);
  });

  it('applies an event once when a crash came between the log and the snapshot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-snap-'));
    const store = new FileStore(dir);
    await store.appendActivityEvent({ type: 'create', activity: base });
    const meta = join(dir, 'activities.index', 'meta.json');
    const before = readFileSync(meta, 'utf8');
    await store.appendActivityEvent({ type: 'edit', id: base.id, at: 'x', by: 'u', patch: { headcount: 120, date: '2026-07-01' } });
    writeFileSync(meta, before); // the snapshot's files were written, its meta was not
    const again = new FileStore(dir);
    const a = await again.findActivity(base.id);
    expect(a?.headcount).toBe(120);
    expect(a?.history.map((h) => h.action)).toEqual(['create', 'edit']);
    expect((await again.listActivities()).map((x) => x.id)).toEqual([base.id]);
    expect(await again.listActivities({ from: '2026-05-01', to: '2026-05-31' })).toEqual([]);
  });

  it('rebuilds a deleted snapshot from the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-snap-'));
    const store = new FileStore(dir);
    for (let i = 0; i < 30; i++) await store.appendActivityEvent({ type: 'create', activity: { ...base, id: `a${String(i).padStart(12, '0')}`, dedupeKey: `k${i}`, date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-03` } });
    await store.appendActivityEvent({ type: 'undo', id: 'a000000000004', at: 'x', by: 'u' });
    // A line longer than the step the log is read in.
    await store.appendActivityEvent({ type: 'create', activity: { ...base, id: 'along', dedupeKey: 'long', text: '长'.repeat(40_000) } });
    rmSync(join(dir, 'activities.index'), { recursive: true });
    const fresh = new FileStore(dir);
    expect((await fresh.findActivity('along'))?.text).toHaveLength(40_000);
    expect(await fresh.listActivities()).toHaveLength(31);
    expect((await fresh.findActivity('a000000000004'))?.undone).toBe(true);
    expect(await fresh.listActivities({ from: '2026-03-01', to: '2026-03-31' })).toHaveLength(3);
    expect(await fresh.damagedRecords()).toEqual([]);
    // Read backwards across the long line (several steps) and past the undone record.
    expect((await fresh.recentActivities({ limit: 2 })).map((a) => a.id)).toEqual(['along', 'a000000000029']);
    expect((await fresh.recentActivities({ limit: 40 })).map((a) => a.id)).toHaveLength(30);
  });
});

describe('an edit read back', () => {
  it('changes only the fields it names, in this process and the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-snap-'));
    const store = new FileStore(dir);
    const a = { ...base, headcountUnit: '人次', dateEnd: '2026-05-19', planId: 'p1', flags: ['注意'] };
    await store.appendActivityEvent({ type: 'create', activity: a });
    const edited = await store.appendActivityEvent({ type: 'edit', id: a.id, at: 'x', by: 'u', patch: { headcount: 60 } });
    rmSync(join(dir, 'activities.index'), { recursive: true }); // the next process replays the log
    const replayed = await new FileStore(dir).findActivity(a.id);
    for (const r of [edited.activity, replayed]) {
      expect(r).toMatchObject({ headcount: 60, headcountUnit: '人次', dateEnd: '2026-05-19', planId: 'p1', flags: ['注意'] });
      expect(r?.history[1]?.fields).toEqual({ headcount: { from: 100, to: 60 } });
    }
  });
});
