// The Store contract against a real Postgres server, when KEXIE_TEST_DATABASE_URL names one (skipped otherwise).
import { afterAll, describe, it } from 'vitest';
import { createPostgresStoreFactory, type PostgresStore } from '../../src/infra/store/postgres/postgres-store.js';
import { connectPostgres } from '../../src/infra/store/postgres/sql-client.js';
import { scheduleStoreContract } from '../support/schedule-store-contract.js';
import { describeStoreContract } from './store-contract.js';

const url = process.env.KEXIE_TEST_DATABASE_URL;
if (url) {
  describeStoreContract('Postgres server', {
    async open() {
      // Two pools: two bot processes on one database.
      const [a, b] = [await connectPostgres(url), await connectPostgres(url)];
      const first = createPostgresStoreFactory(a);
      const second = createPostgresStoreFactory(b);
      await Promise.all([first.ready, second.ready]);
      return { first, second, close: async () => void (await Promise.all([a.close(), b.close()])) };
    },
  });
  let n = 0;
  const run = Date.now().toString(36);
  const pools = [connectPostgres(url), connectPostgres(url)];
  scheduleStoreContract(
    'Postgres server store',
    async () => createPostgresStoreFactory(await pools[0]!)(`sched-${run}-${++n}`),
    async (first) => createPostgresStoreFactory(await pools[1]!)((first as PostgresStore).workspace),
    { nameOf: (store) => (store as PostgresStore).workspace, scheduledWorkspaces: async () => createPostgresStoreFactory(await pools[1]!).scheduledWorkspaces() },
  );
  afterAll(async () => {
    for (const p of pools) await (await p).close();
  });
} else {
  describe('Store contract: Postgres server', () => {
    it.skip('needs KEXIE_TEST_DATABASE_URL', () => undefined);
  });
}
