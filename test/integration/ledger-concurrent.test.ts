// Issue 21's soak saw a ledger row "not read back" under concurrent writes. Two uploads of one ledger and a crowd of
// writers at once, on the folder store and on PGlite: every row is stored once and reported added or skipped (never
// "没能读回"), and every write acknowledged to a writer reads back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { importLedger } from '../../src/core/exports/import-ledger.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger, type StoreFactory } from '../../src/core/ports.js';
import { readLedgerBytes } from '../../src/infra/exports/read-ledger.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { createPostgresStoreFactory } from '../../src/infra/store/postgres/postgres-store.js';
import { pgliteClient } from '../../src/infra/store/postgres/sql-client.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const db = new PGlite();
afterAll(() => db.close());
const ROWS = 40;
const WRITERS = 20;
const csv = ['日期,活动名称,参加人数', ...Array.from({ length: ROWS }, (_, i) => `2026-05-${String(1 + (i % 28)).padStart(2, '0')},台账科普讲座第${i + 1}场,${20 + i}`)].join('\n');

const backends: Array<[string, () => Promise<StoreFactory>]> = [
  // The lock's wait bounded far away: what is tested is who wins, not how fast a loaded machine writes.
  ['folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-ledger-race-'));
    const stores = new Map<string, FileStore>();
    return (w: string) => stores.get(w) ?? stores.set(w, new FileStore(join(dir, w), silentLogger, { lockWaitMs: 3_600_000 })).get(w)!;
  }],
  ['PGlite', async () => {
    const factory = createPostgresStoreFactory(pgliteClient(db));
    await factory.ready;
    return factory;
  }],
];

describe.each(backends)('a ledger uploaded twice while people write, on the %s store', (_name, open) => {
  it('stores each row once, reports each upload whole, and keeps every acknowledged write', async () => {
    const storeFor = await open();
    const kexie = createKexie({ storeFor, observances: OBSERVANCES, clock: FixedClock.at('2026-06-03'), timeZone: 'Asia/Shanghai', admins: ['UADMIN'], logger: silentLogger });
    const workspace = `race${_name}`;
    const admin = kexie.context({ workspace, user: 'UADMIN' });
    const sheet = await readLedgerBytes(Buffer.from(csv, 'utf8'), '台账.csv');
    const [first, second, ...writes] = await Promise.all([
      importLedger(storeFor(workspace), admin, sheet, '台账.csv'),
      importLedger(storeFor(workspace), admin, sheet, '台账（再传一次）.csv'),
      ...Array.from({ length: WRITERS }, (_, w) => kexie.log(kexie.context({ workspace, user: `U${w}` }), `5月20日 科普讲座同时写入${'甲乙丙丁戊己庚辛壬癸'[w % 10]}${w >= 10 ? '二' : ''}组，参加${10 + w}人`)),
    ]);
    expect([first.refused, second.refused]).toEqual([[], []]);
    expect([first.added + first.skipped, second.added + second.skipped]).toEqual([ROWS, ROWS]);
    expect(first.added + second.added).toBe(ROWS);
    const acknowledged = writes.flatMap((r) => (r.ok ? [r.activity.id] : []));
    expect(acknowledged).toHaveLength(WRITERS);
    const store = storeFor(workspace);
    expect((await store.findActivities({ ids: acknowledged })).length).toBe(WRITERS);
    const stored = await store.listActivities();
    expect(stored.filter((a) => a.title.startsWith('台账科普讲座'))).toHaveLength(ROWS);
    expect(stored).toHaveLength(ROWS + WRITERS);
  });
});
