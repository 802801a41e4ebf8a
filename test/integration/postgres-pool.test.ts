// The pool in front of Postgres: a burst waits in our queue instead of timing out in pg's, a dropped
// connection is tried again once for what is safe to repeat, and only a database that is down says so.
// The pool is a stand-in over PGlite that behaves as pg.Pool does when full (it refuses) and can drop a connection.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/core/errors.js';
import { createPooledClient, type PoolLike, type PooledConnection } from '../../src/infra/store/postgres/pooled-client.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { activity } from './store-contract.js';

type Fault = { when: RegExp; after: boolean };

/** A pool of `max` connections to one PGlite; past `max` it refuses at once, as pg does when its wait runs out. */
function pgliteAsPool(db: PGlite, max: number) {
  const state = { active: 0, peak: 0, destroyed: 0, refused: 0, down: false, faults: [] as Fault[] };
  const drop = () => Object.assign(new Error('Connection terminated unexpectedly'), {});
  const pool: PoolLike = {
    async connect(): Promise<PooledConnection> {
      if (state.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      if (state.active >= max) {
        state.refused++;
        throw new Error('timeout exceeded when trying to connect');
      }
      state.active++;
      state.peak = Math.max(state.peak, state.active);
      let released = false;
      return {
        async query(text, params) {
          const i = state.faults.findIndex((f) => f.when.test(text));
          const fault = i >= 0 ? state.faults.splice(i, 1)[0] : undefined;
          if (fault && !fault.after) throw drop();
          const result = await db.query(text, params);
          if (fault) throw drop(); // the statement ran; its reply was lost with the connection
          return result as { rows: unknown[] };
        },
        release(error) {
          if (released) return;
          released = true;
          state.active--;
          if (error) state.destroyed++;
        },
      };
    },
    end: async () => undefined,
  };
  return { pool, state };
}

const db = new PGlite();
afterAll(() => db.close());
let pool: ReturnType<typeof pgliteAsPool>;
let factory: ReturnType<typeof createPostgresStoreFactory>;
beforeAll(async () => {
  pool = pgliteAsPool(db, 3);
  factory = createPostgresStoreFactory(createPooledClient(pool.pool, { max: 3 }));
  await factory.ready;
});

describe('a burst of requests on a small pool', () => {
  it('lets 20 concurrent reads wait their turn: all succeed, never more than the pool at once', async () => {
    const store = factory('burst');
    await store.appendActivityEvents([activity({ date: '2026-05-03' }), activity({ date: '2026-06-03' })].map((a) => ({ type: 'create' as const, activity: a })));
    // The stand-in is a fair one: asked for 20 at once directly, it refuses what it cannot hold.
    const direct = await Promise.allSettled(Array.from({ length: 20 }, () => pool.pool.connect()));
    expect(direct.filter((r) => r.status === 'rejected').length).toBe(17);
    for (const r of direct) if (r.status === 'fulfilled') r.value.release();
    pool.state.peak = 0;
    const reads = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? store.listActivities({ from: '2026-05-01', to: '2026-05-31' }) : store.recentActivities({ limit: 5 }))));
    expect(reads.every((r) => r.status === 'fulfilled')).toBe(true);
    expect(reads.map((r) => (r.status === 'fulfilled' ? r.value.length : -1))).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 1 : 2)));
    expect(pool.state.peak).toBe(3);
  });
});

describe('a dropped connection', () => {
  it('reads again once, on a new connection', async () => {
    const store = factory('drop-read');
    const a = activity();
    await store.appendActivityEvent({ type: 'create', activity: a });
    const destroyed = pool.state.destroyed;
    pool.state.faults.push({ when: /FROM kexie_activities WHERE workspace = \$1 AND id = \$2/, after: false });
    expect((await store.findActivity(a.id))?.id).toBe(a.id);
    expect(pool.state.destroyed).toBe(destroyed + 1);
  });

  it('writes a create guarded by its dedupe key again when the reply to COMMIT was lost: stored once', async () => {
    const store = factory('drop-commit');
    pool.state.faults.push({ when: /^COMMIT/, after: true });
    const r = await store.appendActivityEvent({ type: 'create', activity: activity({ dedupeKey: 'slack:C1:1' }) });
    expect(r.activity?.dedupeKey).toBe('slack:C1:1');
    const { rows } = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM kexie_activity_events WHERE workspace = 'drop-commit'");
    expect(rows[0]?.n).toBe(1);
    expect(await store.countActivities()).toBe(1);
  });

  it('does not repeat a write nothing guards: says the database is unreachable, and it ran once', async () => {
    const store = factory('drop-plain');
    pool.state.faults.push({ when: /^COMMIT/, after: true });
    const error = await store.appendActivityEvent({ type: 'create', activity: activity({ dedupeKey: null }) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).userMessage).toContain('暂时连不上数据库');
    expect(await store.countActivities()).toBe(1);
  });

  it('gives up after the second drop of a read', async () => {
    pool.state.faults.push({ when: /FROM kexie_plans/, after: false }, { when: /FROM kexie_plans/, after: false });
    await expect(factory('drop-twice').listPlans()).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(await factory('drop-twice').listPlans()).toEqual([]);
  });
});

describe('a database that is down', () => {
  it('says so in Chinese, without retrying forever', async () => {
    pool.state.down = true;
    const error = await factory('down').listPlans().catch((e: unknown) => e);
    pool.state.down = false;
    expect((error as StoreError).userMessage).toContain('暂时连不上数据库');
    expect(await factory('down').listPlans()).toEqual([]);
  });
});
