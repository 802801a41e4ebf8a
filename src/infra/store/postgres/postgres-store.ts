// The Store port on Postgres, for several bot replicas or many counties on one database; same contract as the folder store.
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../../core/activities/activity-schema.js';
import { StoreError } from '../../../core/errors.js';
import type { Signup } from '../../../core/headcounts/signup-schema.js';
import type { ObservanceOverride } from '../../../core/plans/observances.js';
import type { Plan } from '../../../core/plans/plan-schema.js';
import type { ItemStatus, UserProfile } from '../../../core/questions/item-status.js';
import type { Directory, PostRecord, Subscription } from '../../../core/schedules/subscription-schema.js';
import type { DamagedRecord, DateRange, Store } from '../../../core/ports.js';
import { checkEvent, checkEvents } from '../check-event.js';
import { ACTIVITY_QUERIES, activityColumns, insertCreates, lowerDate, selectRange } from './activity-rows.js';
import { PostgresInstallationRecords } from './installation-records.js';
import { migrate } from './migrations.js';
import type { SqlClient } from './sql-client.js';

type Row = { data: unknown };

/** Rows added in batches after which the table's statistics are refreshed (see analyzeAfter). */
export const ANALYZE_FROM_ROWS = 10_000;
/**
 * Rows a store's first batches add before its first ANALYZE: a ledger imported a part at a time looks its next part
 * up after the first (5,000 rows), and a workspace the statistics do not know had each id looked up by reading the
 * workspace's rows one by one (five thousand rows in eleven minutes on a server holding a million).
 */
export const FIRST_ANALYZE_ROWS = 1_000;

/** One workspace's data in the shared tables; `ready` resolves once the schema is migrated. */
export class PostgresStore implements Store {
  constructor(
    private readonly sql: SqlClient,
    readonly workspace: string,
    private readonly ready: () => Promise<unknown>,
  ) {}

  private async db(): Promise<SqlClient> {
    await this.ready();
    return this.sql;
  }

  async listPlans(): Promise<Plan[]> {
    const { rows } = await (await this.db()).query<Row>('SELECT data FROM kexie_plans WHERE workspace = $1 ORDER BY seq', [this.workspace]);
    return rows.map((r) => r.data as Plan);
  }

  async savePlan(plan: Plan): Promise<Plan | undefined> {
    return (await this.db()).transaction(async (tx) => {
      const { rows } = await tx.query<Row>('DELETE FROM kexie_plans WHERE workspace = $1 AND id = $2 RETURNING data', [this.workspace, plan.id]);
      await tx.query('INSERT INTO kexie_plans (workspace, id, data) VALUES ($1, $2, $3)', [this.workspace, plan.id, JSON.stringify(plan)]);
      return rows[0]?.data as Plan | undefined;
    });
  }

  async deletePlan(id: string): Promise<Plan | undefined> {
    const { rows } = await (await this.db()).query<Row>('DELETE FROM kexie_plans WHERE workspace = $1 AND id = $2 RETURNING data', [this.workspace, id]);
    return rows[0]?.data as Plan | undefined;
  }

  async listActivities(range: DateRange = {}): Promise<Activity[]> {
    return selectRange(await this.db(), this.workspace, range);
  }

  async listItemActivities(itemId: string, range: DateRange = {}): Promise<Activity[]> {
    const db = await this.db();
    const { rows } = await db.query<Row>(ACTIVITY_QUERIES.item, [this.workspace, itemId, range.from ?? null, range.to ?? null, await lowerDate(db, this.workspace, range)]);
    return rows.map((r) => r.data as Activity);
  }

  async recentActivities(options: { by?: string; limit: number }): Promise<Activity[]> {
    const { rows } = await (await this.db()).query<Row>(ACTIVITY_QUERIES.recent, [this.workspace, options.by ?? null, options.limit]);
    return rows.map((r) => r.data as Activity);
  }

  async countActivities(): Promise<number> {
    const { rows } = await (await this.db()).query<{ n: string | number }>('SELECT count(*) AS n FROM kexie_activities WHERE workspace = $1', [this.workspace]);
    return Number(rows[0]?.n ?? 0);
  }

  async hasActivities(): Promise<boolean> {
    const { rows } = await (await this.db()).query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM kexie_activities WHERE workspace = $1) AS any', [this.workspace]);
    return rows[0]?.any === true;
  }

  async findActivity(id: string): Promise<Activity | undefined> {
    const { rows } = await (await this.db()).query<Row>(ACTIVITY_QUERIES.byId, [this.workspace, id]);
    return rows[0]?.data as Activity | undefined;
  }

  async findByDedupeKey(key: string): Promise<Activity | undefined> {
    const { rows } = await (await this.db()).query<Row>(ACTIVITY_QUERIES.byKey, [this.workspace, key]);
    return rows[0]?.data as Activity | undefined;
  }

  async findActivities(query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }): Promise<Activity[]> {
    const ids = [...new Set(query.ids ?? [])];
    const keys = [...new Set(query.dedupeKeys ?? [])];
    if (ids.length === 0 && keys.length === 0) return [];
    const { rows } = await (await this.db()).query<Row & { id: string }>(ACTIVITY_QUERIES.byIdsOrKeys, [this.workspace, ids, keys]);
    const byId = new Map(rows.map((r) => [r.id, r.data as Activity]));
    return [...byId.values()];
  }

  /** Rows are checked when written, so none is unreadable. */
  async damagedRecords(): Promise<DamagedRecord[]> {
    await this.db();
    return [];
  }

  async appendActivityEvent(raw: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }> {
    const event = checkEvent(raw);
    const db = await this.db();
    if (event.type === 'create') {
      // The unique keys decide: a retried delivery (same dedupe key) or a taken id inserts nothing.
      // Guarded by its dedupe key, a create is tried again once when the connection drops under it.
      const created = await db.transaction(async (tx) => (await insertCreates(tx, this.workspace, [event], 'skip')).added === 1, { retry: event.activity.dedupeKey !== null });
      if (created) return { activity: applyActivityEvent(new Map(), event) as Activity, duplicate: false };
      const existing = event.activity.dedupeKey ? await this.findByDedupeKey(event.activity.dedupeKey) : undefined;
      if (existing) return { activity: existing, duplicate: true };
      throw new StoreError('record_clash', 'kexie_activities');
    }
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<Row>('SELECT data FROM kexie_activities WHERE workspace = $1 AND id = $2 FOR UPDATE', [this.workspace, event.id]);
      const current = rows[0]?.data as Activity | undefined;
      if (!current) return { activity: undefined, duplicate: false };
      const next = applyActivityEvent(new Map([[current.id, current]]), event) as Activity;
      const [, date, last, span, , data] = activityColumns(next);
      await tx.query('UPDATE kexie_activities SET date = $3, last_date = $4, span_days = $5, data = $6 WHERE workspace = $1 AND id = $2', [this.workspace, next.id, date, last, span, data]);
      await tx.query('INSERT INTO kexie_activity_events (workspace, activity_id, event) VALUES ($1, $2, $3)', [this.workspace, next.id, JSON.stringify(event)]);
      return { activity: next, duplicate: false };
    });
  }

  /**
   * Many events in one transaction, creates in multi-row statements: duplicates by dedupe key are left out,
   * a taken id refuses the batch (or, with skipTaken, is left out: a copy run again).
   */
  async appendActivityEvents(events: ActivityEvent[], options: { skipTaken?: boolean } = {}): Promise<{ added: number; skipped: number }> {
    const checked = await checkEvents(events);
    const creates = checked.filter((e): e is Extract<ActivityEvent, { type: 'create' }> => e.type === 'create');
    const others = checked.filter((e) => e.type !== 'create');
    // Every create of the batch guarded by a unique key it carries: safe to run again after a dropped connection.
    const guarded = others.length === 0 && (options.skipTaken === true || creates.every((e) => e.activity.dedupeKey !== null));
    const db = await this.db();
    const counts = await db.transaction((tx) => insertCreates(tx, this.workspace, creates, options.skipTaken ? 'skip' : 'refuse'), { retry: guarded });
    await this.analyzeAfter(db, counts.added);
    for (const event of others) {
      if ((await this.appendActivityEvent(event)).activity) counts.added++;
      else counts.skipped++;
    }
    return counts;
  }

  /** Rows this store inserted in batches since its last ANALYZE. */
  private sinceAnalyze = 0;
  /** Whether this store has run an ANALYZE. */
  private analyzed = false;

  /**
   * Refreshes the table's statistics once batches have added FIRST_ANALYZE_ROWS rows, then every ANALYZE_FROM_ROWS. A workspace born after the last
   * ANALYZE is estimated at one row, and every index that starts with `workspace` then looks as good as the unique
   * ones: a lookup by id went through (workspace, seq) and read the workspace's rows one by one (a 100,000-row ledger's
   * read-back, 200,000 lookups, ran for over 11 minutes). Autovacuum comes only after a tenth of the table has changed.
   * A workspace the statistics already count at ten times the rows added since is planned as well without it: there
   * an ANALYZE sampled 30,000 rows of a large table for nothing (at 1M stored, half a 1,000-row import's time).
   */
  private async analyzeAfter(db: SqlClient, added: number): Promise<void> {
    this.sinceAnalyze += added;
    if (this.sinceAnalyze < (this.analyzed ? ANALYZE_FROM_ROWS : FIRST_ANALYZE_ROWS)) return;
    if (this.sinceAnalyze * 10 <= (await this.plannedRows(db))) return;
    this.sinceAnalyze = 0;
    this.analyzed = true;
    // A database user who may not ANALYZE leaves it to autovacuum: the rows are stored either way.
    await db.query('ANALYZE kexie_activities', [], { retry: false }).catch(() => undefined);
  }

  /** The workspace's rows as the planner estimates them from the statistics (EXPLAIN: planned, not run); 0 when it cannot tell. */
  private async plannedRows(db: SqlClient): Promise<number> {
    try {
      const { rows } = await db.query<Record<string, unknown>>('EXPLAIN (FORMAT JSON) SELECT 1 FROM kexie_activities WHERE workspace = $1', [this.workspace]);
      const cell = Object.values(rows[0] ?? {})[0];
      const plan = (typeof cell === 'string' ? JSON.parse(cell) : cell) as Array<{ Plan?: { 'Plan Rows'?: unknown } }>;
      const planned = Number(plan[0]?.Plan?.['Plan Rows']);
      return Number.isFinite(planned) ? planned : 0;
    } catch {
      return 0;
    }
  }

  async listSignups(): Promise<Signup[]> {
    return (await this.readDocument<Signup[]>('signups')) ?? [];
  }

  async updateSignups<T>(change: (signups: Signup[]) => T): Promise<T> {
    return this.updateDocument<Signup[], T>('signups', [], change);
  }

  async listItemStatuses(): Promise<ItemStatus[]> {
    return (await this.readDocument<ItemStatus[]>('statuses')) ?? [];
  }

  async setItemStatus(status: ItemStatus): Promise<void> {
    await this.updateDocument<ItemStatus[], void>('statuses', [], (list) => {
      list.splice(0, list.length, ...list.filter((s) => s.itemId !== status.itemId), status);
    });
  }

  async listUserProfiles(): Promise<UserProfile[]> {
    return (await this.readDocument<UserProfile[]>('profiles')) ?? [];
  }

  async setUserProfile(profile: UserProfile): Promise<void> {
    await this.updateDocument<UserProfile[], void>('profiles', [], (list) => {
      list.splice(0, list.length, ...list.filter((p) => p.user !== profile.user), profile);
    });
  }

  async listObservanceOverrides(): Promise<ObservanceOverride[]> {
    return (await this.readDocument<ObservanceOverride[]>('observances')) ?? [];
  }

  async saveObservanceOverride(override: ObservanceOverride): Promise<void> {
    await this.updateDocument<ObservanceOverride[], void>('observances', [], (list) => {
      list.splice(0, list.length, ...list.filter((o) => !(o.name === override.name && o.year === override.year)), override);
    });
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.readDocument<Subscription[]>('subscriptions')) ?? [];
  }

  updateSubscriptions<T>(change: (subscriptions: Subscription[]) => T): Promise<T> {
    return this.updateDocument<Subscription[], T>('subscriptions', [], change);
  }

  async readDirectory(): Promise<Directory> {
    return (await this.readDocument<Directory>('directory')) ?? { owners: [], units: [] };
  }

  updateDirectory<T>(change: (directory: Directory) => T): Promise<T> {
    return this.updateDocument<Directory, T>('directory', { owners: [], units: [] }, change);
  }

  /** One winner across processes: the insert that finds no row with this key. */
  claimPost(record: PostRecord): Promise<boolean> {
    return this.claimDocument(`post:${record.key}`, record);
  }

  savePost(record: PostRecord): Promise<void> {
    return this.writeDocument(`post:${record.key}`, record);
  }

  getPost(key: string): Promise<PostRecord | undefined> {
    return this.readDocument<PostRecord>(`post:${key}`);
  }

  /** A whole JSON document of this workspace (sign-ups and the like), or undefined. */
  async readDocument<D>(name: string): Promise<D | undefined> {
    const { rows } = await (await this.db()).query<Row>('SELECT data FROM kexie_documents WHERE workspace = $1 AND name = $2', [this.workspace, name]);
    return rows[0]?.data as D | undefined;
  }

  /** Writes a document whole. */
  async writeDocument(name: string, data: unknown): Promise<void> {
    await (await this.db()).query(
      'INSERT INTO kexie_documents (workspace, name, data) VALUES ($1, $2, $3) ON CONFLICT (workspace, name) DO UPDATE SET data = EXCLUDED.data',
      [this.workspace, name, JSON.stringify(data)],
    );
  }

  /** Writes a document only if none has that name: true for the one caller that got it, across processes. */
  async claimDocument(name: string, data: unknown): Promise<boolean> {
    const { rows } = await (await this.db()).query('INSERT INTO kexie_documents (workspace, name, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING name', [
      this.workspace,
      name,
      JSON.stringify(data),
    ]);
    return rows.length > 0;
  }

  /** Reads, changes and writes one document under a row lock. */
  async updateDocument<D, T>(name: string, empty: D, change: (doc: D) => T): Promise<T> {
    return (await this.db()).transaction(async (tx) => {
      await tx.query('INSERT INTO kexie_documents (workspace, name, data) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [this.workspace, name, JSON.stringify(empty)]);
      const { rows } = await tx.query<Row>('SELECT data FROM kexie_documents WHERE workspace = $1 AND name = $2 FOR UPDATE', [this.workspace, name]);
      const doc = structuredClone(rows[0]?.data ?? empty) as D;
      const result = change(doc);
      await tx.query('UPDATE kexie_documents SET data = $3 WHERE workspace = $1 AND name = $2', [this.workspace, name, JSON.stringify(doc)]);
      return result;
    });
  }
}

/** Stores for every workspace on one database; migrations start at once and every call waits for them. */
export function createPostgresStoreFactory(
  sql: SqlClient,
): ((workspace: string) => PostgresStore) & { ready: Promise<number[]>; scheduledWorkspaces(): Promise<string[]>; installations: PostgresInstallationRecords; close(): Promise<void> } {
  let ready = migrate(sql);
  ready.catch(() => undefined);
  // A database that was down at start is tried again on the next call, not given up on for good.
  const ensure = (): Promise<number[]> =>
    ready.catch(() => {
      ready = migrate(sql);
      return ready;
    });
  const stores = new Map<string, PostgresStore>();
  const factory = (workspace: string): PostgresStore => {
    let store = stores.get(workspace);
    if (!store) {
      store = new PostgresStore(sql, workspace, ensure);
      stores.set(workspace, store);
    }
    return store;
  };
  /** Workspaces with a subscriptions or sign-ups document: the ones the scheduler visits. */
  const scheduledWorkspaces = async (): Promise<string[]> => {
    await ensure();
    const { rows } = await sql.query<{ workspace: string }>("SELECT DISTINCT workspace FROM kexie_documents WHERE name IN ('subscriptions', 'signups') ORDER BY workspace");
    return rows.map((r) => r.workspace);
  };
  return Object.assign(factory, { ready, scheduledWorkspaces, installations: new PostgresInstallationRecords(sql, ensure), close: () => sql.close() });
}
