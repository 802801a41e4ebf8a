// The Store port on Postgres, for several bot replicas or many counties on one database; same contract as the folder store.
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../../core/activities/activity-schema.js';
import { StoreError } from '../../../core/errors.js';
import type { Signup } from '../../../core/headcounts/signup-schema.js';
import type { ObservanceOverride } from '../../../core/plans/observances.js';
import type { Plan } from '../../../core/plans/plan-schema.js';
import type { ItemStatus, UserProfile } from '../../../core/questions/item-status.js';
import type { Directory, PostRecord, Subscription } from '../../../core/schedules/subscription-schema.js';
import type { DamagedRecord, DateRange, Store, StoreFactory } from '../../../core/ports.js';
import { checkEvent } from '../check-event.js';
import { PostgresInstallationRecords } from './installation-records.js';
import { migrate } from './migrations.js';
import type { SqlClient } from './sql-client.js';

type Row = { data: unknown };

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
    const { rows } = await (await this.db()).query<Row>(
      'SELECT data FROM kexie_activities WHERE workspace = $1 AND ($2::text IS NULL OR last_date >= $2) AND ($3::text IS NULL OR date <= $3) ORDER BY date, seq',
      [this.workspace, range.from ?? null, range.to ?? null],
    );
    return rows.map((r) => r.data as Activity);
  }

  async recentActivities(options: { by?: string; limit: number }): Promise<Activity[]> {
    const { rows } = await (await this.db()).query<Row>(
      "SELECT data FROM kexie_activities WHERE workspace = $1 AND ($2::text IS NULL OR data->>'by' = $2) AND NOT (data->>'undone')::boolean ORDER BY seq DESC LIMIT $3",
      [this.workspace, options.by ?? null, options.limit],
    );
    return rows.map((r) => r.data as Activity);
  }

  async findActivity(id: string): Promise<Activity | undefined> {
    const { rows } = await (await this.db()).query<Row>('SELECT data FROM kexie_activities WHERE workspace = $1 AND id = $2', [this.workspace, id]);
    return rows[0]?.data as Activity | undefined;
  }

  async findByDedupeKey(key: string): Promise<Activity | undefined> {
    const { rows } = await (await this.db()).query<Row>('SELECT data FROM kexie_activities WHERE workspace = $1 AND dedupe_key = $2', [this.workspace, key]);
    return rows[0]?.data as Activity | undefined;
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
      const created = await db.transaction(async (tx) => {
        const a = applyActivityEvent(new Map(), event) as Activity;
        // The unique keys decide: a retried delivery (same dedupe key) or a taken id inserts nothing.
        const { rows } = await tx.query(
          'INSERT INTO kexie_activities (workspace, id, date, last_date, dedupe_key, data) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id',
          [this.workspace, a.id, a.date, a.dateEnd ?? a.date, a.dedupeKey, JSON.stringify(a)],
        );
        if (rows.length === 0) return undefined;
        await tx.query('INSERT INTO kexie_activity_events (workspace, activity_id, event) VALUES ($1, $2, $3)', [this.workspace, a.id, JSON.stringify(event)]);
        return a;
      });
      if (created) return { activity: created, duplicate: false };
      const existing = event.activity.dedupeKey ? await this.findByDedupeKey(event.activity.dedupeKey) : undefined;
      if (existing) return { activity: existing, duplicate: true };
      throw new StoreError('record_clash', 'kexie_activities');
    }
    return db.transaction(async (tx) => {
      const { rows } = await tx.query<Row>('SELECT data FROM kexie_activities WHERE workspace = $1 AND id = $2 FOR UPDATE', [this.workspace, event.id]);
      const current = rows[0]?.data as Activity | undefined;
      if (!current) return { activity: undefined, duplicate: false };
      const next = applyActivityEvent(new Map([[current.id, current]]), event) as Activity;
      await tx.query('UPDATE kexie_activities SET date = $3, last_date = $4, data = $5 WHERE workspace = $1 AND id = $2', [this.workspace, next.id, next.date, next.dateEnd ?? next.date, JSON.stringify(next)]);
      await tx.query('INSERT INTO kexie_activity_events (workspace, activity_id, event) VALUES ($1, $2, $3)', [this.workspace, next.id, JSON.stringify(event)]);
      return { activity: next, duplicate: false };
    });
  }

  /** Many events, each in its own transaction: duplicates by dedupe key are left out by the unique key. */
  async appendActivityEvents(events: ActivityEvent[]): Promise<void> {
    const checked = events.map((e) => checkEvent(e));
    for (const event of checked) await this.appendActivityEvent(event);
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
): StoreFactory & { ready: Promise<number[]>; scheduledWorkspaces(): Promise<string[]>; installations: PostgresInstallationRecords; close(): Promise<void> } {
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
