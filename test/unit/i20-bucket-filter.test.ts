// Issue 20, the folder store's ids and keys buckets each carry a Bloom filter beside them: a lookup of an id or a
// dedupe key the store does not hold reads no bucket file (a ledger import's new rows, at 1M records ~60 MB of
// buckets read to find nothing), and keys that are there are found after appends, a restart and a copied folder.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { BucketFilter } from '../../src/infra/store/bucket-filter.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { TailFile } from '../../src/infra/store/tail-file.js';

const record = (i: number): Activity => ({
  id: `r${String(i).padStart(8, '0')}`, date: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`, dateEnd: null, title: `讲座${i}`, headcount: 10, approximate: false, headcountUnit: '人',
  metrics: {}, metricLabels: {}, itemId: null, planId: null, text: '讲座', by: 'u', at: '2026-01-01T00:00:00.000Z', source: { kind: 'cli' }, dedupeKey: `ledger:k${i}`, flags: [], undone: false, history: [],
});
const creates = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => ({ type: 'create' as const, activity: record(from + k) }));

/** Ids and keys of records never stored: one lands in most of the 256 buckets of each kind. */
const ABSENT = { ids: Array.from({ length: 600 }, (_, i) => `nobody${i}`), dedupeKeys: Array.from({ length: 600 }, (_, i) => `ledger:none${i}`) };

/** What a lookup read of the buckets: files searched, lines parsed, filters built from a bucket or brought up to date from its tail. */
async function reads<T>(work: () => Promise<T>): Promise<{ result: T; searched: number; parsed: number; built: number; caughtUp: number }> {
  const before = [TailFile.searchedFiles, TailFile.parsedLines, BucketFilter.builds, BucketFilter.catchUps];
  const result = await work();
  return { result, searched: TailFile.searchedFiles - before[0]!, parsed: TailFile.parsedLines - before[1]!, built: BucketFilter.builds - before[2]!, caughtUp: BucketFilter.catchUps - before[3]! };
}

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-bloom-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Ids and keys asked of a store: the records found, by id. */
const found = async (store: FileStore, ids: number[]): Promise<string[]> =>
  (await store.findActivities({ ids: ids.map((i) => record(i).id), dedupeKeys: ids.map((i) => record(i).dedupeKey!) })).map((a) => a.id).sort();

it('answers a lookup of ids and keys it does not hold without reading a bucket, and finds those it holds after appends, a restart and a copy', async () => {
  const dir = fresh();
  await new FileStore(dir).appendActivityEvents(creates(0, 3_000));
  // The first lookups in the folder make each bucket's filter (a bucket read once, then kept on disk).
  const first = new FileStore(dir);
  await first.findActivities(ABSENT);
  const absent = await reads(() => first.findActivities(ABSENT));
  expect(absent.result).toEqual([]);
  expect(absent).toMatchObject({ searched: 0, parsed: 0, built: 0, caughtUp: 0 });

  // Restarted: the filters are read from disk, no bucket is.
  const restarted = new FileStore(dir);
  expect(await reads(() => restarted.findActivities(ABSENT))).toMatchObject({ result: [], searched: 0, parsed: 0, built: 0, caughtUp: 0 });
  expect(await found(restarted, [0, 1_234, 2_999])).toEqual([record(0).id, record(1_234).id, record(2_999).id]);

  // Appended by this store: found, and what is absent still reads nothing (the filters took the new keys as written).
  await restarted.appendActivityEvents(creates(3_000, 3_200));
  expect(await found(restarted, [3_000, 3_199])).toEqual([record(3_000).id, record(3_199).id]);
  expect(await reads(() => restarted.findActivities(ABSENT))).toMatchObject({ result: [], searched: 0, built: 0, caughtUp: 0 });
  // A new record's write checks its id and key: nothing read for them either.
  const write = await reads(() => restarted.appendActivityEvent({ type: 'create', activity: record(3_200) }));
  expect(write.searched).toBe(0);

  // Appended by another process (another store on the folder): the first catches up from the buckets' tails.
  await new FileStore(dir).appendActivityEvents(creates(3_201, 3_260));
  expect(await found(restarted, [3_201, 3_259, 5])).toEqual([record(5).id, record(3_201).id, record(3_259).id]);

  // Restarted after those appends: a filter saved before them reads only the bucket's tail written since, not the bucket.
  const again = new FileStore(dir);
  expect(await reads(() => again.findActivities(ABSENT))).toMatchObject({ result: [], searched: 0, parsed: 0, built: 0 });

  // Restarted again, then the folder copied (cp -r: new inodes, same bytes).
  expect(await found(new FileStore(dir), [3_100, 3_200, 3_230])).toEqual([record(3_100).id, record(3_200).id, record(3_230).id]);
  const copy = fresh();
  cpSync(dir, copy, { recursive: true });
  const copied = new FileStore(copy);
  expect(await reads(() => copied.findActivities(ABSENT))).toMatchObject({ result: [], searched: 0, built: 0 });
  expect(await found(copied, [0, 3_259])).toEqual([record(0).id, record(3_259).id]);
});

it('makes a filter again when it is missing, damaged or not of its bucket, and finds what is there', async () => {
  const dir = fresh();
  await new FileStore(dir).appendActivityEvents(creates(0, 500));
  await new FileStore(dir).findActivities(ABSENT);
  const snapshot = (kind: string): string => {
    const root = join(dir, 'activities.index');
    const gen = readdirSync(root).find((n) => n.startsWith('g-'))!;
    return join(root, gen, kind);
  };
  const filters = (kind: string): string[] => readdirSync(snapshot(kind)).filter((n) => n.endsWith('.bloom'));
  expect(filters('ids').length).toBeGreaterThan(100);
  expect(filters('keys').length).toBeGreaterThan(100);
  // Damaged, emptied, or a filter of another bucket: each is made again from its bucket, nothing is missed.
  const [a, b, c] = filters('keys');
  writeFileSync(join(snapshot('keys'), a!), 'not a filter');
  writeFileSync(join(snapshot('keys'), b!), '');
  cpSync(join(snapshot('ids'), filters('ids')[0]!), join(snapshot('keys'), c!));
  for (const name of filters('ids')) rmSync(join(snapshot('ids'), name));
  const store = new FileStore(dir);
  const all = Array.from({ length: 500 }, (_, i) => i);
  const again = await reads(() => found(store, all));
  expect(again.result).toHaveLength(500);
  expect(again.built).toBeGreaterThan(100);
  expect(await reads(() => store.findActivities(ABSENT))).toMatchObject({ result: [], searched: 0, built: 0 });
});
