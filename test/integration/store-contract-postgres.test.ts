// The Store contract against a real Postgres server, when KEXIE_TEST_DATABASE_URL names one (skipped otherwise).
import { describe, it } from 'vitest';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { connectPostgres } from '../../src/infra/store/postgres/sql-client.js';
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
} else {
  describe('Store contract: Postgres server', () => {
    it.skip('needs KEXIE_TEST_DATABASE_URL', () => undefined);
  });
}
