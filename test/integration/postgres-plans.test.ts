// Postgres at scale on PGlite: each hot read uses an index (no Seq Scan on activities), a ledger import
// goes in a few multi-row statements in one transaction, and `migrate --from-folder` resumes where it stopped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '../../src/core/activities/activity-schema.js';
import type { Store } from '../../src/core/ports.js';
import { copyFolderStore, type CopyProgress } from '../../src/infra/store/copy-folder-store.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { ACTIVITY_QUERIES, dateOfDayNumber, dayNumber } from '../../src/infra/store/postgres/activity-rows.js';
import { createPostgresStoreFactory, FIRST_ANALYZE_ROWS } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient, type SqlClient } from '../../src/infra/store/postgres/sql-client.js';
import { activity } from './store-contract.js';

const db = new PGlite();
const real = pgliteClient(db);
afterAll(() => db.close());

/** Counts the statements sent, inside transactions too. */
function counting(sql: SqlClient): SqlClient & { statements: string[] } {
  const statements: string[] = [];
  const wrap = (c: SqlClient): SqlClient => ({
    query: (text, params, o) => (statements.push(text), c.query(text, params, o)),
    transaction: (work, o) => c.transaction((tx) => work(wrap(tx)), o),
    close: () => c.close(),
  });
  return Object.assign(wrap(sql), { statements });
}

const day = (n: number): string => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const creates = (n: number, over: (i: number) => Parameters<typeof activity>[0]): ActivityEvent[] => Array.from({ length: n }, (_, i) => ({ type: 'create', activity: activity(over(i)) }));

describe('the hot reads on 20,000 activities in four workspaces', () => {
  beforeAll(async () => {
    const factory = createPostgresStoreFactory(real);
    for (const w of ['p0', 'p1', 'p2', 'p3']) {
      // Six years of records, one in fifty lasting a fortnight, each with a dedupe key.
      await factory(w).appendActivityEvents(creates(5_000, (i) => ({ date: day((i * 7) % 2_300), dateEnd: i % 50 === 0 ? day(((i * 7) % 2_300) + 14) : null, dedupeKey: `${w}:${i}`, by: `u${i % 40}`, itemId: i % 10 === 0 ? `i${i % 30}` : null })));
    }
    await db.query('ANALYZE kexie_activities');
  });

  const plan = async (text: string, params: unknown[]): Promise<string> => (await db.query<Record<string, string>>(`EXPLAIN ${text}`, params)).rows.map((r) => Object.values(r)[0]).join('\n');
  const lower = async (w: string, from: string): Promise<string> => {
    const { rows } = await db.query<{ m: number }>(ACTIVITY_QUERIES.maxSpan, [w]);
    return dateOfDayNumber(dayNumber(from)! - Number(rows[0]?.m ?? 0));
  };

  it('uses an index for each, bounding the date range on both sides', async () => {
    const some = (await db.query<{ id: string }>("SELECT id FROM kexie_activities WHERE workspace = 'p2' LIMIT 1")).rows[0]!.id;
    const plans = {
      maxSpan: await plan(ACTIVITY_QUERIES.maxSpan, ['p1']),
      month: await plan(ACTIVITY_QUERIES.range, ['p1', '2023-05-01', '2023-05-31', await lower('p1', '2023-05-01'), null, null, 2000]),
      sinceLastMonth: await plan(ACTIVITY_QUERIES.range, ['p1', '2026-05-01', null, await lower('p1', '2026-05-01'), null, null, 2000]),
      // A later page of the month: after the row (date, seq) the previous page ended on.
      nextPage: await plan(ACTIVITY_QUERIES.range, ['p1', '2023-05-01', '2023-05-31', await lower('p1', '2023-05-01'), '2023-05-12', '100', 2000]),
      recent: await plan(ACTIVITY_QUERIES.recent, ['p1', null, 15]),
      recentOfOne: await plan(ACTIVITY_QUERIES.recent, ['p1', 'u3', 20]),
      // A user with no record: through the user's index, not the workspace's history read back to its start.
      recentOfNobody: await plan(ACTIVITY_QUERIES.recent, ['p1', 'newcomer', 1]),
      byId: await plan(ACTIVITY_QUERIES.byId, ['p2', some]),
      byKey: await plan(ACTIVITY_QUERIES.byKey, ['p2', 'p2:77']),
      item: await plan(ACTIVITY_QUERIES.item, ['p1', 'i10', '2023-01-01', '2023-12-31', await lower('p1', '2023-01-01')]),
    };
    for (const [name, text] of Object.entries(plans)) {
      expect(text, name).not.toMatch(/Seq Scan on kexie_activities/);
      expect(text, name).toMatch(/Index (Only )?Scan|Bitmap Index Scan/);
    }
    // Both bounds of the month are in the index condition, not only the upper one.
    const cond = plans.month.split('\n').find((l) => l.includes('Index Cond')) ?? '';
    expect(cond).toMatch(/date >= '2023-0[45]-\d\d'::text/);
    expect(cond).toContain("date <= '2023-05-31'::text");
    expect(plans.byKey).toContain('kexie_activities_dedupe');
    for (const name of ['recentOfOne', 'recentOfNobody'] as const) expect(plans[name], name).toMatch(/Index Cond: \(\(workspace = 'p1'::text\) AND \(\(data ->> 'by'::text\) = '\w+'::text\)\)/);
    // One item's records through its own index: the rest of the year is not read.
    expect(plans.item).toContain('kexie_activities_item');
    // Bounded on both sides there too: an item's older years are not read.
    const itemCond = plans.item.split('\n').find((l) => l.includes('Index Cond')) ?? '';
    expect(itemCond).toMatch(/date >= '20(22|23)-\d\d-\d\d'::text/);
    expect(itemCond).toContain("date <= '2023-12-31'::text");
  });

  it('reads the same records the whole list would, for months and a long record across them', async () => {
    const store = createPostgresStoreFactory(real)('p3');
    const all = await store.listActivities();
    for (const [from, to] of [['2023-05-01', '2023-05-31'], ['2020-01-10', '2020-01-20'], ['2025-12-25', undefined]] as const) {
      const want = all.filter((a) => (a.dateEnd ?? a.date) >= from && (!to || a.date <= to)).map((a) => a.id).sort();
      expect((await store.listActivities({ from, to })).map((a) => a.id).sort()).toEqual(want);
    }
  });
});

describe("looking up a ledger's ids and dedupe keys (and a user's records), before any ANALYZE", () => {
  // A table never analyzed (PGlite has no autovacuum; a server's lags a bulk copy): the planner counts a long
  // `= ANY(…)` list as most of the table and read the whole workspace for `id = ANY(…) OR dedupe_key = ANY(…)`.
  const fresh = new PGlite();
  afterAll(() => fresh.close());
  const plan = async (text: string, params: unknown[]): Promise<string> => (await fresh.query<Record<string, string>>(`EXPLAIN ${text}`, params)).rows.map((r) => Object.values(r)[0]).join('\n');

  it('looks each up in its unique index, whatever the statistics', async () => {
    // In batches below FIRST_ANALYZE_ROWS, each from a store of its own: no ANALYZE after them.
    const all = creates(20_000, (i) => ({ date: day(i % 2_000), dedupeKey: `ledger:${i}` }));
    for (let at = 0; at < all.length; at += FIRST_ANALYZE_ROWS - 1) await createPostgresStoreFactory(pgliteClient(fresh))('w').appendActivityEvents(all.slice(at, at + FIRST_ANALYZE_ROWS - 1));
    const store = createPostgresStoreFactory(pgliteClient(fresh))('w');
    expect((await fresh.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'kexie_activities'")).rows[0]!.n).toBe(0);
    // What a 1,000-row ledger asks: two ids a row (its own and its 编号) and a key.
    const ids = Array.from({ length: 2_000 }, (_, i) => `new${i}`);
    const keys = Array.from({ length: 1_000 }, (_, i) => `ledger:${i * 20}`);
    const plans = { byIdsOrKeys: await plan(ACTIVITY_QUERIES.byIdsOrKeys, ['w', ids, keys]), storedKeys: await plan(ACTIVITY_QUERIES.storedKeys, ['w', keys]) };
    for (const [name, text] of Object.entries(plans)) {
      expect(text, name).not.toMatch(/Seq Scan on kexie_activities|Hash Join|Merge Join/);
      expect(text, name).toMatch(/Index Cond: \(\(workspace = 'w'::text\) AND \(dedupe_key = k(_\d)?\.key\)\)/);
    }
    expect(plans.byIdsOrKeys).toMatch(/Index Scan using kexie_activities_pkey[^\n]*\n\s+Index Cond: \(\(workspace = 'w'::text\) AND \(id = k(_\d)?\.id\)\)/);
    expect(plans.byIdsOrKeys).toContain('kexie_activities_dedupe');
    // A user's latest records through the user's index there too.
    expect(await plan(ACTIVITY_QUERIES.recent, ['w', 'newcomer', 20])).toContain('Index Scan Backward using kexie_activities_by');
    // Each record once, found by id, by key or both.
    const stored = await store.listActivities({ from: day(0), to: day(0) });
    const found = await store.findActivities({ ids: [stored[0]!.id, 'none'], dedupeKeys: [stored[0]!.dedupeKey!, stored[1]!.dedupeKey!, 'ledger:none'] });
    expect(found.map((a) => a.id).sort()).toEqual([stored[0]!.id, stored[1]!.id].sort());
  });
});

describe('a workspace born after the last ANALYZE', () => {
  // Statistics that predate the workspace count it as one row, so any index starting with `workspace` looks as good
  // as the unique ones: each key was looked up through (workspace, seq), reading the workspace's rows one by one (a
  // 100,000-row ledger's read-back ran for over 11 minutes on a server), until autovacuum, after a tenth of the table.
  const late = new PGlite();
  afterAll(() => late.close());
  const plan = async (text: string, params: unknown[]): Promise<string> => (await late.query<Record<string, string>>(`EXPLAIN ${text}`, params)).rows.map((r) => Object.values(r)[0]).join('\n');

  it('has its ids and keys looked up in their unique indexes once its first part (of a ledger imported a part at a time) is in', async () => {
    const factory = createPostgresStoreFactory(pgliteClient(late));
    await factory('old').appendActivityEvents(creates(2_000, (i) => ({ date: day(i % 400), dedupeKey: `old:${i}` })));
    await late.query('ANALYZE kexie_activities');
    await factory('new').appendActivityEvents(creates(FIRST_ANALYZE_ROWS, (i) => ({ date: day(i % 400), dedupeKey: `ledger:${i}` })));
    const ids = Array.from({ length: 2_000 }, (_, i) => `id${i}`);
    const keys = Array.from({ length: 1_000 }, (_, i) => `ledger:${i}`);
    const lookups = await plan(ACTIVITY_QUERIES.byIdsOrKeys, ['new', ids, keys]);
    expect(lookups).toMatch(/Index Scan using kexie_activities_pkey[^\n]*\n\s+Index Cond: \(\(workspace = 'new'::text\) AND \(id = k(_\d)?\.id\)\)/);
    expect(lookups).toMatch(/Index Scan using kexie_activities_dedupe[^\n]*\n\s+Index Cond: \(\(workspace = 'new'::text\) AND \(dedupe_key = k(_\d)?\.key\)\)/);
    expect(await plan(ACTIVITY_QUERIES.byId, ['new', 'id1'])).toContain('kexie_activities_pkey');
  });
});

describe('a ledger import into Postgres', () => {
  it('goes in a few multi-row statements in one transaction, and a clash leaves nothing stored', async () => {
    const sql = counting(real);
    const store = createPostgresStoreFactory(sql)('bulk');
    await store.listPlans();
    sql.statements.length = 0;
    const batch = creates(5_000, (i) => ({ dedupeKey: `ledger:${i % 4_990}`, date: day(i % 400) }));
    expect(await store.appendActivityEvents(batch)).toEqual({ added: 4_990, skipped: 10 });
    expect(sql.statements.length).toBeLessThanOrEqual(10);
    expect(await store.countActivities()).toBe(4_990);
    const taken = (batch[0] as { activity: { id: string } }).activity.id;
    const clash = [...creates(3_000, (i) => ({ dedupeKey: `more:${i}` })), { type: 'create' as const, activity: activity({ id: taken, dedupeKey: 'other' }) }];
    await expect(store.appendActivityEvents(clash)).rejects.toMatchObject({ code: 'record_clash' });
    expect(await store.countActivities()).toBe(4_990);
  });
});

describe('migrate --from-folder', () => {
  it('reports progress, and after an interruption a second run copies the rest and skips what is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-migrate-'));
    const source = new FileStore(join(dir, 'big'));
    await source.appendActivityEvents(creates(4_500, (i) => ({ date: `2026-0${1 + (i % 3)}-1${i % 10}`, dedupeKey: i % 2 ? `m:${i}` : null })));
    const factory = createPostgresStoreFactory(real);
    // The first run dies on its second batch (a connection lost for good, a killed process).
    let batches = 0;
    const failing = (w: string): Store => {
      const s = factory(w);
      return Object.assign(Object.create(s) as Store, {
        appendActivityEvents: (e: ActivityEvent[], o?: { skipTaken?: boolean }) => (++batches === 2 ? Promise.reject(new Error('killed')) : s.appendActivityEvents(e, o)),
      });
    };
    await expect(copyFolderStore(dir, failing)).rejects.toThrow('killed');
    const copiedBefore = await factory('big').countActivities();
    expect(copiedBefore).toBe(1_500);
    const progress: CopyProgress[] = [];
    const [report] = await copyFolderStore(dir, factory, { onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ workspace: 'big', activities: 4_500, alreadyThere: 1_500, ok: true });
    expect(progress[0]).toEqual({ workspace: 'big', copied: 0, total: 4_500 });
    expect(progress.at(-1)).toEqual({ workspace: 'big', copied: 4_500, total: 4_500 });
    expect(progress.map((p) => p.copied)).toEqual([...progress.map((p) => p.copied)].sort((a, b) => a - b));
    expect(await factory('big').countActivities()).toBe(4_500);
  });
});
