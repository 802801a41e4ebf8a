// A log write and a dedupe check look their key up in its bucket file by the key's line, not by parsing the
// bucket: the lines parsed do not grow with the history (counted, not timed).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { TailFile } from '../../src/infra/store/tail-file.js';

/** 30 records a month, back from May 2026 (the n-th record's month). */
const dateOf = (n: number): string => {
  const month = 2026 * 12 + 4 - Math.floor(n / 30);
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-17`;
};
const record = (id: string, key: string, n = 0): Activity => ({
  id, date: dateOf(n), dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null,
  text: '5月17日 科普讲座，参加100人', by: 'u', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: key, flags: [], undone: false, history: [],
});

/** Lines parsed by a write of a new record and by two dedupe lookups, in a store opened on `count` stored records. */
async function linesParsed(count: number): Promise<{ write: number; lookups: number; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-keys-'));
  await new FileStore(dir).appendActivityEvents(Array.from({ length: count }, (_, i) => ({ type: 'create' as const, activity: record(`r${i}`, `k${i}`, i) })));
  // A store opened afresh, as a new process would; its first write is not the one counted.
  const store = new FileStore(dir);
  await store.appendActivityEvent({ type: 'create', activity: record('first', 'first') });
  let before = TailFile.parsedLines;
  await store.appendActivityEvent({ type: 'create', activity: record('new', 'new') });
  const write = TailFile.parsedLines - before;
  before = TailFile.parsedLines;
  expect((await store.findByDedupeKey(`k${count - 1}`))?.id).toBe(`r${count - 1}`);
  expect(await store.findByDedupeKey('nobody')).toBeUndefined();
  return { write, lookups: TailFile.parsedLines - before, dir };
}

it('parses as many lines for a write and a dedupe lookup with 3,000 records stored as with 30', async () => {
  const small = await linesParsed(30);
  const big = await linesParsed(3_000);
  try {
    // 3,000 records over 100 months: ~12 lines a bucket file, which a whole read would parse; the record's month
    // (30 records) is read either way.
    expect(big.write).toBeLessThanOrEqual(small.write);
    expect(big.lookups).toBeLessThanOrEqual(small.lookups + 1);
    expect(big.lookups).toBeLessThanOrEqual(30 + 4);
  } finally {
    rmSync(small.dir, { recursive: true, force: true });
    rmSync(big.dir, { recursive: true, force: true });
  }
});

it('a duplicate in the same batch, and a key written since the bucket was read, are still found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-keys-'));
  try {
    const store = new FileStore(dir);
    const results = await store.appendActivityEvents([
      { type: 'create', activity: record('a', 'same') },
      { type: 'create', activity: record('b', 'same') },
    ]);
    expect(results).toEqual({ added: 1, skipped: 1 });
    // Another process writes a key; this one finds it.
    await new FileStore(dir).appendActivityEvent({ type: 'create', activity: record('c', 'other') });
    expect((await store.findByDedupeKey('other'))?.id).toBe('c');
    expect((await store.appendActivityEvent({ type: 'create', activity: record('d', 'other') })).duplicate).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('many lookups at once (a ledger import) read each bucket file once, and find what one by one would', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-keys-'));
  try {
    await new FileStore(dir).appendActivityEvents(Array.from({ length: 2_000 }, (_, i) => ({ type: 'create' as const, activity: record(`r${i}`, `k${i}`, i) })));
    // A store opened afresh: its buckets not read yet.
    const store = new FileStore(dir);
    await store.findByDedupeKey('warm-up');
    const keys = Array.from({ length: 1_000 }, (_, i) => `k${i * 2}`);
    const ids = Array.from({ length: 1_000 }, (_, i) => `r${i * 2 + 1}`);
    const before = TailFile.searchedFiles;
    const found = await store.findActivities({ ids: [...ids, 'nobody'], dedupeKeys: [...keys, 'no-key'] });
    // 2,000 lookups over 256 key buckets and 256 id buckets: at most one read of each, not one a lookup.
    expect(TailFile.searchedFiles - before).toBeLessThanOrEqual(512);
    expect(found.map((a) => a.id).sort()).toEqual([...ids, ...keys.map((k) => `r${k.slice(1)}`)].sort());
    const fresh = new FileStore(dir);
    for (const i of [0, 2, 998, 1998]) expect((await fresh.findByDedupeKey(`k${i}`))?.id).toBe(`r${i}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('a batch of writes looks its ids and keys up ahead, a bucket file read once, and still finds duplicates', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-keys-'));
  try {
    await new FileStore(dir).appendActivityEvents(Array.from({ length: 2_000 }, (_, i) => ({ type: 'create' as const, activity: record(`r${i}`, `k${i}`, i) })));
    const store = new FileStore(dir);
    await store.findByDedupeKey('warm-up');
    // 500 new records, 100 stored keys again, and a key twice in the batch.
    const batch = [
      ...Array.from({ length: 500 }, (_, i) => record(`n${i}`, `new${i}`)),
      ...Array.from({ length: 100 }, (_, i) => record(`d${i}`, `k${i * 7}`)),
      record('twice', 'new3'),
    ].map((activity) => ({ type: 'create' as const, activity }));
    const before = TailFile.searchedFiles;
    expect(await store.appendActivityEvents(batch)).toEqual({ added: 500, skipped: 101 });
    // Without the lookups ahead: one search a lookup, over 1,500 for 601 events.
    expect(TailFile.searchedFiles - before).toBeLessThanOrEqual(512);
    const fresh = new FileStore(dir);
    expect((await fresh.findByDedupeKey('new3'))?.id).toBe('n3');
    expect((await fresh.findByDedupeKey('k7'))?.id).toBe('r7');
    expect((await fresh.findActivity('n499'))?.id).toBe('n499');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
