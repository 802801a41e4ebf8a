// Group commit in the folder store: appends queued in one process share a lock hold and an fsync, each caller is
// answered with its own record, a clash refuses only its own caller, and every acknowledged record is read back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { nodeFs, type StoreFs } from '../../src/infra/store/store-fs.js';
import { crowdEvent } from '../support/crowd-event.js';

/** The real file system, counting lock acquisitions (the lock linked into place) and appends to the log. */
function countingFs() {
  const counts = { locks: 0, appends: 0 };
  const fs: StoreFs = {
    ...nodeFs,
    async link(from, to) {
      await nodeFs.link(from, to);
      if (String(to).endsWith('.write.lock')) counts.locks++;
    },
    async open(path, flags, mode) {
      if (flags === 'a' && String(path).endsWith('activities.jsonl')) counts.appends++;
      return nodeFs.open(path, flags, mode);
    },
  };
  return { fs, counts };
}

describe('folder store group commit', () => {
  it('writes 50 concurrent appends in fewer lock holds and fsyncs than 50, and reads every one back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-group-'));
    const { fs, counts } = countingFs();
    const store = new FileStore(dir, silentLogger, { fs });
    await store.listActivities(); // the first snapshot, so only the writes below count
    const before = { ...counts };
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => store.appendActivityEvent(crowdEvent(i))));
    results.forEach((r, i) => {
      expect(r.duplicate).toBe(false);
      expect(r.activity?.id).toBe(crowdEvent(i).activity.id);
    });
    const locks = counts.locks - before.locks;
    const appends = counts.appends - before.appends;
    expect(locks).toBeGreaterThan(0);
    expect(locks).toBeLessThan(50);
    expect(appends).toBeLessThan(50);
    const reopened = new FileStore(dir);
    const ids = (await reopened.listActivities()).map((a) => a.id).sort();
    expect(ids).toEqual(Array.from({ length: 50 }, (_, i) => crowdEvent(i).activity.id).sort());
  });

  it('answers a duplicate within one group as a duplicate of the first, as one after another would', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-group-'));
    const store = new FileStore(dir);
    const twin = { ...crowdEvent(1), activity: { ...crowdEvent(1).activity, id: 'a-twin' } };
    const [first, second] = await Promise.all([store.appendActivityEvent(crowdEvent(1)), store.appendActivityEvent(twin)]);
    expect(first).toMatchObject({ duplicate: false, activity: { id: crowdEvent(1).activity.id } });
    expect(second).toMatchObject({ duplicate: true, activity: { id: crowdEvent(1).activity.id } });
    expect(await new FileStore(dir).listActivities()).toHaveLength(1);
  });

  it('refuses only the caller whose id is taken; the others in its group are stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-group-'));
    const store = new FileStore(dir);
    await store.appendActivityEvent(crowdEvent(0));
    const clash = { ...crowdEvent(0), activity: { ...crowdEvent(0).activity, dedupeKey: 'other' } };
    const outcomes = await Promise.allSettled([store.appendActivityEvent(crowdEvent(1)), store.appendActivityEvent(clash), store.appendActivityEvent(crowdEvent(2))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'record_clash' });
    expect((await new FileStore(dir).listActivities()).map((a) => a.id).sort()).toEqual([0, 1, 2].map((i) => crowdEvent(i).activity.id));
  });
});
