// The Store contract against Postgres in WASM (PGlite): no server needed, so CI runs it.
import { PGlite } from '@electric-sql/pglite';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient } from '../../src/infra/store/postgres/sql-client.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('PGlite', {
  async open() {
    const db = new PGlite();
    const client = pgliteClient(db);
    // Two factories on one database, as two bot replicas would be (the second one's migrations find nothing to do).
    const first = createPostgresStoreFactory(client);
    await first.ready;
    const second = createPostgresStoreFactory(client);
    await second.ready;
    return { first, second, close: () => db.close() };
  },
});
