// Issue 20, a ledger import into a large Postgres workspace: the table's statistics are refreshed (ANALYZE) after a
// batch only while the rows added are a tenth or more of what the statistics count for the workspace. A new workspace
// still gets its first ANALYZE after its first part; one of 1M rows no longer samples the table after 1,000 more.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, expect, it } from 'vitest';
import type { ActivityEvent } from '../../src/core/activities/activity-schema.js';
import { createPostgresStoreFactory, FIRST_ANALYZE_ROWS } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient, type SqlClient } from '../../src/infra/store/postgres/sql-client.js';
import { activity } from './store-contract.js';

const db = new PGlite();
afterAll(() => db.close());

/** The ANALYZE statements sent, inside transactions too. */
function counting(sql: SqlClient): SqlClient & { analyzed(): number } {
  const statements: string[] = [];
  const wrap = (c: SqlClient): SqlClient => ({
    query: (text, params, o) => (statements.push(text), c.query(text, params, o)),
    transaction: (work, o) => c.transaction((tx) => work(wrap(tx)), o),
    close: () => c.close(),
  });
  return Object.assign(wrap(sql), { analyzed: () => statements.filter((s) => /^ANALYZE\b/.test(s)).length });
}
const day = (n: number): string => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const creates = (n: number, tag: string): ActivityEvent[] => Array.from({ length: n }, (_, i) => ({ type: 'create', activity: activity({ date: day(i % 400), dedupeKey: `${tag}:${i}` }) }));

it('analyzes after a new workspace first part, not after a part a tenth the size of what the statistics count', async () => {
  await createPostgresStoreFactory(pgliteClient(db)).ready;
  // A workspace of 12,000 rows the statistics count (rows of no interest but their number).
  await db.query("INSERT INTO kexie_activities (workspace, id, date, last_date, data) SELECT 'big', 'g' || i, '2019-01-01', '2019-01-01', '{}'::jsonb FROM generate_series(1, 12000) AS i");
  await db.query('ANALYZE kexie_activities');
  // A store imports a part into it, then into a new workspace.
  const later = counting(pgliteClient(db));
  const again = createPostgresStoreFactory(later);
  await again('big').appendActivityEvents(creates(FIRST_ANALYZE_ROWS, 'part'));
  expect(later.analyzed()).toBe(0);
  await again('new').appendActivityEvents(creates(FIRST_ANALYZE_ROWS, 'new'));
  expect(later.analyzed()).toBe(1);
});
