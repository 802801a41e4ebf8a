// Slack OAuth installations in Postgres, apart from workspace data: removing one keeps the team's data.
import type { InstallationRecords } from '../../../core/ports.js';
import type { SqlClient } from './sql-client.js';

/** The same shape as the folder's installation records: save, get, remove by the adapter's key. */
export class PostgresInstallationRecords implements InstallationRecords {
  constructor(
    private readonly sql: SqlClient,
    private readonly ready: () => Promise<unknown>,
  ) {}

  async save(key: string, installation: Record<string, unknown>): Promise<void> {
    await this.ready();
    await this.sql.query('INSERT INTO kexie_installations (key, data) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, saved_at = now()', [key, JSON.stringify(installation)]);
  }

  async get(key: string): Promise<Record<string, unknown> | undefined> {
    await this.ready();
    const { rows } = await this.sql.query<{ data: Record<string, unknown> }>('SELECT data FROM kexie_installations WHERE key = $1', [key]);
    return rows[0]?.data;
  }

  /** True when there was one. */
  async remove(key: string): Promise<boolean> {
    await this.ready();
    const { rows } = await this.sql.query('DELETE FROM kexie_installations WHERE key = $1 RETURNING key', [key]);
    return rows.length > 0;
  }
}
