// The Store contract over PGlite in a worker thread (test/support/pglite-thread.ts), the soak's stand-in for a
// Postgres server: queries, transactions (committed and rolled back) and Postgres errors cross the thread intact.
import { afterAll } from 'vitest';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteThreadClient } from '../support/pglite-thread.js';
import { describeStoreContract } from './store-contract.js';

const client = pgliteThreadClient('');
afterAll(async () => (await client).close());

describeStoreContract('PGlite in a worker thread', {
  async open() {
    const first = createPostgresStoreFactory(await client);
    await first.ready;
    const second = createPostgresStoreFactory(await client);
    await second.ready;
    return { first, second, close: async () => undefined };
  },
});
