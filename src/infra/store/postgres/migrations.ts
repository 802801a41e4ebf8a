// Versioned schema changes, applied in order at start under an advisory lock, each once.
import type { SqlClient } from './sql-client.js';

/** Append new migrations at the end; never edit one that has shipped. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE kexie_plans (
        workspace text NOT NULL, id text NOT NULL, seq bigserial, data jsonb NOT NULL,
        PRIMARY KEY (workspace, id));
      CREATE TABLE kexie_activities (
        workspace text NOT NULL, id text NOT NULL, seq bigserial, date text NOT NULL,
        last_date text NOT NULL, dedupe_key text, data jsonb NOT NULL,
        PRIMARY KEY (workspace, id));
      CREATE UNIQUE INDEX kexie_activities_dedupe ON kexie_activities (workspace, dedupe_key) WHERE dedupe_key IS NOT NULL;
      CREATE INDEX kexie_activities_date ON kexie_activities (workspace, date);
      CREATE TABLE kexie_activity_events (
        workspace text NOT NULL, seq bigserial PRIMARY KEY, activity_id text NOT NULL,
        event jsonb NOT NULL, stored_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX kexie_activity_events_activity ON kexie_activity_events (workspace, activity_id);
      CREATE TABLE kexie_documents (
        workspace text NOT NULL, name text NOT NULL, data jsonb NOT NULL,
        PRIMARY KEY (workspace, name));`,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE kexie_installations (
        key text PRIMARY KEY, data jsonb NOT NULL, saved_at timestamptz NOT NULL DEFAULT now());`,
  },
  {
    // A range read bounds `date` on both sides: an activity touching [from, to] starts no earlier than
    // from minus the longest span stored, which an index on (workspace, span_days) gives at once.
    // Spans count in 31-day months and 372-day years (see spanDays): never less than the real span.
    version: 3,
    sql: `
      ALTER TABLE kexie_activities ADD COLUMN span_days integer NOT NULL DEFAULT 0;
      UPDATE kexie_activities SET span_days = GREATEST(0,
        (substr(last_date, 1, 4)::int - substr(date, 1, 4)::int) * 372 + (substr(last_date, 6, 2)::int - substr(date, 6, 2)::int) * 31
        + (substr(last_date, 9, 2)::int - substr(date, 9, 2)::int))
        WHERE last_date > date AND date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND last_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
      CREATE INDEX kexie_activities_span ON kexie_activities (workspace, span_days);
      CREATE INDEX kexie_activities_seq ON kexie_activities (workspace, seq)`,
  },
  {
    // The activities of one plan item (a log write's target check) without reading the rest of the year.
    version: 4,
    sql: `CREATE INDEX kexie_activities_item ON kexie_activities (workspace, (data->>'itemId'), date) WHERE data->>'itemId' IS NOT NULL`,
  },
  {
    // One user's latest records (what an edit, an undo or a follow-up looks among) without walking the workspace's
    // history back from the newest: a user with few or no records read all of it (1M rows, 3 to 11 s).
    version: 5,
    sql: `CREATE INDEX kexie_activities_by ON kexie_activities (workspace, (data->>'by'), seq)`,
  },
];

/** Brings the schema up to date; safe to call from several processes at once. */
export async function migrate(sql: SqlClient): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(4242001)');
    await tx.query('CREATE TABLE IF NOT EXISTS kexie_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM kexie_migrations')).rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const statement of m.sql.split(';').map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query('INSERT INTO kexie_migrations (version) VALUES ($1)', [m.version]);
      applied.push(m.version);
    }
    return applied;
  });
}
