// A range of activities comes from Postgres in pages (issue 21: a busy month of 25,000 rows is not decoded in one
// piece on the event loop): every record of the range once, in date order, across page boundaries and days.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient, type SqlClient } from '../../src/infra/store/postgres/sql-client.js';
import { monthOfRecords } from '../support/month-of-records.js';

const db = new PGlite();
const real = pgliteClient(db);
const queries: string[] = [];
const counted: SqlClient = { ...real, query: (text: string, params?: unknown[]) => (queries.push(text), real.query(text, params as never)) } as SqlClient;
afterAll(async () => db.close());

describe('a range read from Postgres', () => {
  it('lists 4,500 records of a month in pages, each once and in date order', async () => {
    const factory = createPostgresStoreFactory(counted);
    await factory.ready;
    const store = factory('T1');
    const plan = { id: 'p1', items: [{ id: 'i1' }] } as unknown as Plan;
    await store.appendActivityEvents!(monthOfRecords(4500, plan));
    queries.length = 0;
    const listed = await store.listActivities({ from: '2026-05-01', to: '2026-05-31' });
    expect(listed).toHaveLength(4500);
    expect(new Set(listed.map((a) => a.id)).size).toBe(4500);
    expect(listed.map((a) => a.date)).toEqual([...listed.map((a) => a.date)].sort());
    expect(queries.filter((q) => q.includes('LIMIT $7')).length).toBe(3);
    const days = await store.listActivities({ from: '2026-05-10', to: '2026-05-11' });
    expect(days.map((a) => a.id).sort()).toEqual(listed.filter((a) => a.date === '2026-05-10' || a.date === '2026-05-11').map((a) => a.id).sort());
  });
});
