// PGlite opened lean (test/support/lean-pglite.ts): PGlite's own start parameters kept, Postgres's memory cut.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { LEAN_SETTINGS, leanPgliteOptions, leanStartParams, openLeanPglite } from '../support/lean-pglite.js';

describe('lean PGlite', () => {
  it("keeps PGlite's default start parameters and adds each setting after them", () => {
    const defaults = (PGlite as unknown as { defaultStartParams: string[] }).defaultStartParams;
    const params = leanStartParams();
    expect(params.slice(0, defaults.length)).toEqual(defaults);
    expect(params.slice(defaults.length)).toEqual(['-c', 'shared_buffers=16MB', '-c', 'wal_buffers=1MB', '-c', 'maintenance_work_mem=16MB', '-c', 'max_connections=5']);
    expect(leanPgliteOptions({ startParams: ['-c', 'work_mem=2MB'] }).startParams?.slice(-2)).toEqual(['-c', 'work_mem=2MB']);
  });

  it('refuses to guess when PGlite stops exposing its defaults (they would be lost, --single with them)', () => {
    expect(() => leanStartParams([])).toThrow(/defaultStartParams/);
    expect(() => leanStartParams(['-c', 'search_path=public'])).toThrow(/defaultStartParams/);
  });

  const db = openLeanPglite();
  afterAll(() => db.close());

  it('opens a database that runs with those settings', async () => {
    for (const [name, value] of Object.entries(LEAN_SETTINGS)) {
      const { rows } = await db.query<Record<string, string>>(`SHOW ${name}`);
      expect(Object.values(rows[0]!)[0]).toBe(value);
    }
    expect((await db.query<{ n: number }>('SELECT 1 + 1 AS n')).rows[0]?.n).toBe(2);
  });
});
