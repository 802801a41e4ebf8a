// The Store contract against Postgres in WASM (PGlite): no server needed, so CI runs it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { createPostgresStoreFactory, type PostgresStore } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient, type SqlClient } from '../../src/infra/store/postgres/sql-client.js';
import { scheduleStoreContract } from '../support/schedule-store-contract.js';
import { copyFolderStore } from '../../src/infra/store/copy-folder-store.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { activity, describeStoreContract } from './store-contract.js';

// One database for the file (opening PGlite takes a second or two); each case uses its own workspaces.
const db = new PGlite();
const real = pgliteClient(db);
afterAll(() => db.close());

describeStoreContract('PGlite', {
  async open() {
    // Two factories on one database, as two bot replicas would be (the second one's migrations find nothing to do).
    const first = createPostgresStoreFactory(real);
    await first.ready;
    const second = createPostgresStoreFactory(real);
    await second.ready;
    return { first, second, close: async () => undefined };
  },
});

// The scheduler's part of the contract; a second factory on the same database plays the other replica.
let n = 0;
scheduleStoreContract(
  'PGlite store',
  () => createPostgresStoreFactory(real)(`sched${++n}`),
  (first) => createPostgresStoreFactory(real)((first as PostgresStore).workspace),
  { nameOf: (store) => (store as PostgresStore).workspace, scheduledWorkspaces: () => createPostgresStoreFactory(real).scheduledWorkspaces() },
);

describe('Postgres store when the database is down at start', () => {
  it('says so in Chinese, then works once the database is back, migrating then', async () => {
    let down = true;
    const gate = <T>(run: () => Promise<T>): Promise<T> => (down ? Promise.reject(new StoreError('store_unavailable', 'database')) : run());
    const client: SqlClient = { query: (t, p) => gate(() => real.query(t, p)), transaction: (w) => gate(() => real.transaction(w)), close: async () => undefined };
    const factory = createPostgresStoreFactory(client);
    const error = await factory('down-then-up').listPlans().catch((e: unknown) => e);
    expect((error as StoreError).userMessage).toContain('暂时连不上数据库');
    down = false;
    expect(await factory('down-then-up').listPlans()).toEqual([]);
    expect(await factory.ready.catch(() => 'failed')).toBe('failed');
  });
});

describe('Slack installations in Postgres', () => {
  it('saves, replaces, reads and removes by key, apart from workspace data', async () => {
    const factory = createPostgresStoreFactory(real);
    const records = factory.installations;
    expect(await records.get('T1')).toBeUndefined();
    await records.save('T1', { team: { id: 'T1' }, bot: { token: 'xoxb-1' } });
    await records.save('T1', { team: { id: 'T1' }, bot: { token: 'xoxb-2' } });
    expect(await records.get('T1')).toEqual({ team: { id: 'T1' }, bot: { token: 'xoxb-2' } });
    await factory('T1').savePlan({ id: 'p', title: 't', year: 2026, yearTo: 2026, source: 's', importedAt: 'x', items: [] } as never);
    expect(await records.remove('T1')).toBe(true);
    expect(await records.remove('T1')).toBe(false);
    expect(await factory('T1').listPlans()).toHaveLength(1);
  });
});

describe('migrate --from-folder into Postgres', () => {
  it('copies every workspace with history, checks the counts, and copies nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-migrate-'));
    const tag = `m${Date.now().toString(36)}`;
    const folder = createFileStoreFactory(dir);
    const a = activity({ dedupeKey: 'k1' });
    await folder(tag).appendActivityEvent({ type: 'create', activity: a });
    await folder(tag).appendActivityEvent({ type: 'edit', id: a.id, at: 'x', by: 'u1', patch: { headcount: 7 } });
    const b = activity({ dedupeKey: 'k2' });
    await folder(tag).appendActivityEvent({ type: 'create', activity: b });
    await folder(tag).appendActivityEvent({ type: 'undo', id: b.id, at: 'x', by: 'u1' });
    await folder(tag).updateSignups((list) => void list.push({ id: 's1', event: 'e', organiser: 'o', createdAt: 'x', closed: false, entries: [], attendance: null, activityId: null }));
    await folder(`${tag}b`).appendActivityEvent({ type: 'create', activity: activity() });
    const target = createPostgresStoreFactory(real);
    const first = await copyFolderStore(dir, target);
    expect(first.map((r) => [r.workspace, r.activities, r.signups, r.ok])).toEqual([
      [tag, 2, 1, true],
      [`${tag}b`, 1, 0, true],
    ]);
    const copied = await target(tag).findActivity(a.id);
    expect(copied?.history.map((h) => h.action)).toEqual(['create', 'edit']);
    expect((await target(tag).findActivity(b.id))?.undone).toBe(true);
    const again = await copyFolderStore(dir, target);
    expect(again.map((r) => [r.alreadyThere, r.ok])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect(await target(tag).listActivities()).toHaveLength(2);
  });
});
