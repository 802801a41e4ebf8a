// How activities sit in kexie_activities: their columns, the range read bounded on both sides, and batched inserts.
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../../core/activities/activity-schema.js';
import { StoreError } from '../../../core/errors.js';
import type { DateRange } from '../../../core/ports.js';
import type { SqlClient } from './sql-client.js';

/** Rows per INSERT statement of a batch (arrays as parameters: one statement whatever the row count). */
export const ROWS_PER_STATEMENT = 2_000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day number with 31-day months and 372-day years: ordered like the dates, never closer than real days. */
export function dayNumber(date: string): number | undefined {
  const m = DAY.exec(date);
  return m ? Number(m[1]) * 372 + (Number(m[2]) - 1) * 31 + (Number(m[3]) - 1) : undefined;
}

/** The date text of a day number (the inverse of dayNumber; days past a month's end sort just as well). */
export function dateOfDayNumber(n: number): string {
  const y = Math.floor(n / 372);
  const m = Math.floor((n % 372) / 31) + 1;
  const d = (n % 31) + 1;
  return `${String(Math.max(0, y)).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The stored span of an activity (the same formula as migration 3), 0 for one day or a date we cannot read. */
export function spanDays(a: Pick<Activity, 'date' | 'dateEnd'>): number {
  const first = dayNumber(a.date);
  const last = a.dateEnd ? dayNumber(a.dateEnd) : first;
  return first === undefined || last === undefined ? 0 : Math.max(0, last - first);
}

/** The hot reads, named so a test can EXPLAIN the very text the store runs. */
export const ACTIVITY_QUERIES = {
  maxSpan: 'SELECT max(span_days) AS m FROM kexie_activities WHERE workspace = $1',
  /** One page of a range, after the row ($5 date, $6 seq) when given, at most $7 rows. */
  range: `SELECT data, date AS page_date, seq::text AS page_seq FROM kexie_activities WHERE workspace = $1 AND ($2::text IS NULL OR last_date >= $2) AND ($3::text IS NULL OR date <= $3)
       AND ($4::text IS NULL OR date >= $4) AND ($5::text IS NULL OR (date >= $5 AND (date, seq) > ($5, $6::bigint))) ORDER BY date, seq LIMIT $7`,
  /** One item's records in a range; $5 (the range's start less the longest span) bounds the item index from below too. */
  item: `SELECT data FROM kexie_activities WHERE workspace = $1 AND data->>'itemId' = $2 AND ($3::text IS NULL OR last_date >= $3) AND ($4::text IS NULL OR date <= $4)
       AND ($5::text IS NULL OR date >= $5) ORDER BY date, seq`,
  /** The latest live records, of one user ($2) through kexie_activities_by. */
  recent: "SELECT data FROM kexie_activities WHERE workspace = $1 AND ($2::text IS NULL OR data->>'by' = $2) AND NOT (data->>'undone')::boolean ORDER BY seq DESC LIMIT $3",
  byId: 'SELECT data FROM kexie_activities WHERE workspace = $1 AND id = $2',
  byKey: 'SELECT data FROM kexie_activities WHERE workspace = $1 AND dedupe_key = $2',
  /**
   * Records by ids ($2) and dedupe keys ($3), one unique-index lookup per key: `id = ANY(…) OR dedupe_key = ANY(…)`
   * let the planner, counting a long list as most of the table (always so before ANALYZE), read the whole workspace
   * (1M rows, 2 s). A LATERAL with LIMIT is planned per key, where the unique index is the only sensible path.
   * A record found both ways comes twice (the store keeps one).
   */
  byIdsOrKeys: `SELECT x.id, x.data FROM unnest($2::text[]) AS k(id) CROSS JOIN LATERAL (SELECT id, data FROM kexie_activities WHERE workspace = $1 AND id = k.id LIMIT 1) x
       UNION ALL SELECT x.id, x.data FROM unnest($3::text[]) AS k(key) CROSS JOIN LATERAL (SELECT id, data FROM kexie_activities WHERE workspace = $1 AND dedupe_key = k.key LIMIT 1) x`,
  /** Which of the dedupe keys $2 are stored, looked up one by one like byIdsOrKeys. */
  storedKeys: `SELECT x.dedupe_key FROM unnest($2::text[]) AS k(key) CROSS JOIN LATERAL
       (SELECT dedupe_key FROM kexie_activities WHERE workspace = $1 AND dedupe_key = k.key LIMIT 1) x`,
} as const;

/** The column values of an activity, in the order of ACTIVITY_COLUMNS. */
export function activityColumns(a: Activity): [string, string, string, number, string | null, string] {
  return [a.id, a.date, a.dateEnd ?? a.date, spanDays(a), a.dedupeKey, JSON.stringify(a)];
}

/**
 * Activities touching the range, in two index lookups: the longest span stored in this workspace, then
 * (workspace, date) between from minus that span and to, filtered on last_date.
 */
/** The earliest date a record touching the range from `range.from` can start on (the longest stored span before it). */
export async function lowerDate(sql: SqlClient, workspace: string, range: DateRange): Promise<string | null> {
  const from = range.from ? dayNumber(range.from) : undefined;
  if (from === undefined) return null;
  const { rows } = await sql.query<{ m: number | null }>(ACTIVITY_QUERIES.maxSpan, [workspace]);
  return dateOfDayNumber(from - Number(rows[0]?.m ?? 0));
}

export async function selectRange(sql: SqlClient, workspace: string, range: DateRange): Promise<Activity[]> {
  const lower = await lowerDate(sql, workspace, range);
  // In pages: a busy month (25,000 records) arrives and is decoded a part at a time, with the event loop free between.
  const out: Activity[] = [];
  let after: { date: string; seq: string } | undefined;
  for (;;) {
    const { rows } = await sql.query<{ data: unknown; page_date: string; page_seq: string }>(ACTIVITY_QUERIES.range, [workspace, range.from ?? null, range.to ?? null, lower, after?.date ?? null, after?.seq ?? null, RANGE_PAGE]);
    for (const r of rows) out.push(r.data as Activity);
    const lastRow = rows.at(-1);
    if (rows.length < RANGE_PAGE || !lastRow) return out;
    after = { date: lastRow.page_date, seq: String(lastRow.page_seq) };
  }
}

/** Rows of a range read per query. */
const RANGE_PAGE = 2_000;

/**
 * Inserts creates in multi-row statements inside the caller's transaction. A row whose id or dedupe key is
 * stored (or earlier in the batch) inserts nothing; `taken` says whether a taken id alone refuses the batch.
 * Returns how many were inserted and left out.
 */
export async function insertCreates(tx: SqlClient, workspace: string, events: readonly Extract<ActivityEvent, { type: 'create' }>[], taken: 'refuse' | 'skip'): Promise<{ added: number; skipped: number }> {
  let added = 0;
  let skipped = 0;
  for (let i = 0; i < events.length; i += ROWS_PER_STATEMENT) {
    const part = events.slice(i, i + ROWS_PER_STATEMENT);
    const cols = part.map((e) => activityColumns(applyActivityEvent(new Map(), e) as Activity));
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO kexie_activities (workspace, id, date, last_date, span_days, dedupe_key, data)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::jsonb[]) ON CONFLICT DO NOTHING RETURNING id`,
      [workspace, ...[0, 1, 2, 3, 4, 5].map((k) => cols.map((c) => c[k]))],
    );
    const inserted = new Set(rows.map((r) => r.id));
    const left = part.filter((e) => !inserted.has(e.activity.id));
    if (left.length > 0 && taken === 'refuse') {
      // Left out for a stored dedupe key: a duplicate. Left out for its id alone: a clash, refusing the batch.
      const keys = left.map((e) => e.activity.dedupeKey).filter((k): k is string => k !== null);
      const { rows: known } = await tx.query<{ dedupe_key: string }>(ACTIVITY_QUERIES.storedKeys, [workspace, keys]);
      const stored = new Set(known.map((r) => r.dedupe_key));
      if (left.some((e) => e.activity.dedupeKey === null || !stored.has(e.activity.dedupeKey))) throw new StoreError('record_clash', 'kexie_activities');
    }
    const kept = part.filter((e) => inserted.has(e.activity.id));
    if (kept.length > 0) {
      await tx.query('INSERT INTO kexie_activity_events (workspace, activity_id, event) SELECT $1, * FROM unnest($2::text[], $3::jsonb[])', [
        workspace,
        kept.map((e) => e.activity.id),
        kept.map((e) => JSON.stringify(e)),
      ]);
    }
    added += kept.length;
    skipped += left.length;
  }
  return { added, skipped };
}
