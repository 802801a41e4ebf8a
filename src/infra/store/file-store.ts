// The workspace store on disk: plans and sign-ups in lowdb JSON files, activities in an append-only log with a snapshot.
import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Activity, ActivityEvent } from '../../core/activities/activity-schema.js';
import { StoreError } from '../../core/errors.js';
import { SignupSchema, type Signup } from '../../core/headcounts/signup-schema.js';
import { ObservanceOverrideSchema, type ObservanceOverride } from '../../core/plans/observances.js';
import { PlanSchema, type Plan } from '../../core/plans/plan-schema.js';
import { type Directory, DirectorySchema, type PostRecord, type Subscription, SubscriptionSchema } from '../../core/schedules/subscription-schema.js';
import { ItemStatusSchema, UserProfileSchema, type ItemStatus, type UserProfile } from '../../core/questions/item-status.js';
import type { DamagedRecord, DateRange, HeldRequest, Logger, Store, StoreFactory } from '../../core/ports.js';
import { silentLogger } from '../../core/ports.js';
import { ActivityLog } from './activity-log.js';
import { hasHeldRequests, HeldRequests } from './held-requests.js';
import { JsonDocument } from './json-document.js';
import { PostRecords } from './post-records.js';
import { listScheduledFolders } from './scheduled-folders.js';
import type { BuildHooks } from './build-files.js';
import { nodeFs, type StoreFs } from './store-fs.js';
import { type LockOptions, WorkspaceLock } from './workspace-lock.js';

const PlansFileSchema = z.object({ version: z.literal(1), plans: z.array(PlanSchema) });
const SignupsFileSchema = z.object({ version: z.literal(1), signups: z.array(SignupSchema) });
const SubscriptionsFileSchema = z.object({ version: z.literal(1), subscriptions: z.array(SubscriptionSchema) });
const DirectoryFileSchema = z.object({ version: z.literal(1), directory: DirectorySchema });
const StatusesFileSchema = z.object({ version: z.literal(1), statuses: z.array(ItemStatusSchema), profiles: z.array(UserProfileSchema) });
const ObservancesFileSchema = z.object({ version: z.literal(1), overrides: z.array(ObservanceOverrideSchema) });

/** A workspace name that is safe as a folder name. */
export function workspaceFolder(workspace: string): string {
  const safe = workspace.replace(/[^A-Za-z0-9_-]/g, '_');
  return safe === '' ? 'local' : safe;
}

export interface FileStoreOptions {
  lockWaitMs?: number;
  lockStaleMs?: number;
  /** The file operations that can fail from outside (tests inject a full disk here). */
  fs?: StoreFs;
  /** Watches the activity snapshot's build (tests stop it at a checkpoint). */
  snapshot?: BuildHooks;
}

/** The store of one workspace folder. */
export class FileStore implements Store {
  private readonly lock: WorkspaceLock;
  private readonly plans: JsonDocument<typeof PlansFileSchema>;
  private readonly signups: JsonDocument<typeof SignupsFileSchema>;
  private readonly subscriptions: JsonDocument<typeof SubscriptionsFileSchema>;
  private readonly directory: JsonDocument<typeof DirectoryFileSchema>;
  private readonly posts: PostRecords;
  private readonly statuses: JsonDocument<typeof StatusesFileSchema>;
  private readonly observances: JsonDocument<typeof ObservancesFileSchema>;
  readonly activityLog: ActivityLog;
  private readonly held: HeldRequests;

  constructor(
    readonly dir: string,
    logger: Logger = silentLogger,
    options: FileStoreOptions = {},
  ) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch {
      // A folder kexie may not create: reads find nothing, and the first write says why (store-fault.ts).
    }
    const fs = options.fs ?? nodeFs;
    const lockOptions: LockOptions = { waitMs: options.lockWaitMs, staleMs: options.lockStaleMs, fs, logger };
    this.lock = new WorkspaceLock(dir, lockOptions);
    this.plans = new JsonDocument(join(dir, 'plans.json'), PlansFileSchema, () => ({ version: 1 as const, plans: [] }), fs);
    this.signups = new JsonDocument(join(dir, 'signups.json'), SignupsFileSchema, () => ({ version: 1 as const, signups: [] }), fs);
    this.subscriptions = new JsonDocument(join(dir, 'subscriptions.json'), SubscriptionsFileSchema, () => ({ version: 1 as const, subscriptions: [] }), fs);
    this.directory = new JsonDocument(join(dir, 'directory.json'), DirectoryFileSchema, () => ({ version: 1 as const, directory: { owners: [], units: [] } }), fs);
    this.posts = new PostRecords(join(dir, 'posts'));
    this.statuses = new JsonDocument(join(dir, 'statuses.json'), StatusesFileSchema, () => ({ version: 1 as const, statuses: [], profiles: [] }), fs);
    this.observances = new JsonDocument(join(dir, 'observances.json'), ObservancesFileSchema, () => ({ version: 1 as const, overrides: [] }), fs);
    this.activityLog = new ActivityLog(join(dir, 'activities.jsonl'), this.lock, logger, fs, options.snapshot);
    this.held = new HeldRequests(dir);
  }

  holdRequest(request: HeldRequest): Promise<string> {
    return this.held.hold(request);
  }

  releaseRequest(id: string): Promise<void> {
    return this.held.release(id);
  }

  orphanedRequests(): Promise<Array<{ id: string; request: HeldRequest }>> {
    return this.held.orphans();
  }

  async listPlans(): Promise<Plan[]> {
    return (await this.plans.read()).plans;
  }

  savePlan(plan: Plan): Promise<Plan | undefined> {
    return this.lock.run(async () => {
      const data = await this.plans.read();
      const previous = data.plans.find((p) => p.id === plan.id);
      await this.plans.write({ version: 1, plans: [...data.plans.filter((p) => p.id !== plan.id), plan] });
      return previous;
    });
  }

  deletePlan(id: string): Promise<Plan | undefined> {
    return this.lock.run(async () => {
      const data = await this.plans.read();
      const removed = data.plans.find((p) => p.id === id);
      if (removed) await this.plans.write({ version: 1, plans: data.plans.filter((p) => p.id !== id) });
      return removed;
    });
  }

  listActivities(range?: DateRange): Promise<Activity[]> {
    return this.activityLog.list(range);
  }

  listItemActivities(itemId: string, range?: DateRange): Promise<Activity[]> {
    return this.activityLog.forItem(itemId, range);
  }

  recentActivities(options: { by?: string; limit: number }): Promise<Activity[]> {
    return this.activityLog.recent(options);
  }

  countActivities(): Promise<number> {
    return this.activityLog.count();
  }

  hasActivities(): Promise<boolean> {
    return this.activityLog.hasAny();
  }

  findActivity(id: string): Promise<Activity | undefined> {
    return this.activityLog.find(id);
  }

  findByDedupeKey(key: string): Promise<Activity | undefined> {
    return this.activityLog.findByDedupeKey(key);
  }

  findActivities(query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }): Promise<Activity[]> {
    return this.activityLog.findMany(query);
  }

  appendActivityEvent(event: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }> {
    return this.activityLog.append(event);
  }

  async appendActivityEvents(events: ActivityEvent[], options: { skipTaken?: boolean } = {}): Promise<{ added: number; skipped: number }> {
    const results = await this.activityLog.appendAll(events, options);
    const added = results.filter((r) => r.activity && !r.duplicate).length;
    return { added, skipped: results.length - added };
  }

  async damagedRecords(): Promise<DamagedRecord[]> {
    const out: DamagedRecord[] = [];
    for (const doc of [this.plans, this.signups, this.subscriptions, this.directory, this.statuses, this.observances]) {
      try {
        await doc.read();
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        out.push({ where: error.file, line: 0, reason: '整个文件无法读取' });
      }
    }
    for (const d of await this.activityLog.damaged()) out.push({ where: 'activities.jsonl', line: d.line, reason: d.reason });
    return out;
  }

  async listSignups(): Promise<Signup[]> {
    return (await this.signups.read()).signups;
  }

  updateSignups<T>(change: (signups: Signup[]) => T): Promise<T> {
    return this.lock.run(async () => {
      const data = await this.signups.read();
      const copy = structuredClone(data.signups);
      const result = change(copy);
      await this.signups.write({ version: 1, signups: copy });
      return result;
    });
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.subscriptions.read()).subscriptions;
  }

  updateSubscriptions<T>(change: (subscriptions: Subscription[]) => T): Promise<T> {
    return this.lock.run(async () => {
      const copy = structuredClone((await this.subscriptions.read()).subscriptions);
      const result = change(copy);
      await this.subscriptions.write({ version: 1, subscriptions: copy });
      return result;
    });
  }

  async readDirectory(): Promise<Directory> {
    return (await this.directory.read()).directory;
  }

  updateDirectory<T>(change: (directory: Directory) => T): Promise<T> {
    return this.lock.run(async () => {
      const copy = structuredClone((await this.directory.read()).directory);
      const result = change(copy);
      await this.directory.write({ version: 1, directory: copy });
      return result;
    });
  }

  claimPost(record: PostRecord): Promise<boolean> {
    return this.posts.claim(record);
  }

  savePost(record: PostRecord): Promise<void> {
    return this.posts.save(record);
  }

  getPost(key: string): Promise<PostRecord | undefined> {
    return this.posts.get(key);
  }

  async listItemStatuses(): Promise<ItemStatus[]> {
    return (await this.statuses.read()).statuses;
  }

  setItemStatus(status: ItemStatus): Promise<void> {
    return this.lock.run(async () => {
      const data = await this.statuses.read();
      await this.statuses.write({ ...data, statuses: [...data.statuses.filter((s) => s.itemId !== status.itemId), status] });
    });
  }

  async listUserProfiles(): Promise<UserProfile[]> {
    return (await this.statuses.read()).profiles;
  }

  setUserProfile(profile: UserProfile): Promise<void> {
    return this.lock.run(async () => {
      const data = await this.statuses.read();
      await this.statuses.write({ ...data, profiles: [...data.profiles.filter((p) => p.user !== profile.user), profile] });
    });
  }

  async listObservanceOverrides(): Promise<ObservanceOverride[]> {
    return (await this.observances.read()).overrides;
  }

  saveObservanceOverride(override: ObservanceOverride): Promise<void> {
    return this.lock.run(async () => {
      const data = await this.observances.read();
      const rest = data.overrides.filter((o) => !(o.name === override.name && o.year === override.year));
      await this.observances.write({ version: 1, overrides: [...rest, override] });
    });
  }
}

/** Stores under one data folder, one sub-folder per workspace, one instance per workspace. */
export function createFileStoreFactory(dataDir: string, logger: Logger = silentLogger): StoreFactory & { scheduledWorkspaces(): Promise<string[]>; workspacesWithHeldRequests(): Promise<string[]> } {
  const stores = new Map<string, FileStore>();
  const storeFor = (workspace: string): FileStore => {
    const folder = workspaceFolder(workspace);
    let store = stores.get(folder);
    if (!store) {
      store = new FileStore(join(dataDir, folder), logger);
      stores.set(folder, store);
    }
    return store;
  };
  // A folder name is already safe, so it maps to itself: the listed names are workspaces storeFor takes.
  const workspacesWithHeldRequests = async (): Promise<string[]> => {
    const names = await readdir(dataDir, { withFileTypes: true }).catch(() => []);
    const found: string[] = [];
    for (const d of names) if (d.isDirectory() && (await hasHeldRequests(join(dataDir, d.name)))) found.push(d.name);
    return found.sort();
  };
  return Object.assign(storeFor, { scheduledWorkspaces: () => listScheduledFolders(dataDir), workspacesWithHeldRequests });
}
