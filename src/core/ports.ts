// What the core needs from outside, as interfaces: storage, the language model, logging.
import type { Activity, ActivityEvent } from './activities/activity-schema.js';
import type { Plan } from './plans/plan-schema.js';
import type { Signup } from './headcounts/signup-schema.js';
import type { Directory, PostRecord, Subscription } from './schedules/subscription-schema.js';
import type { ItemStatus, UserProfile } from './questions/item-status.js';
import type { ObservanceOverride } from './plans/observances.js';
import type { RequestContext } from './context.js';

/** One workspace's data. Implementations serialise writes and keep one writer per file. */
export interface Store {
  listPlans(): Promise<Plan[]>;
  /** Saves a plan, replacing one with the same id; returns the replaced plan. */
  savePlan(plan: Plan): Promise<Plan | undefined>;
  /** Removes a plan by id; returns the removed plan (optional: a store without it keeps every plan). */
  deletePlan?(id: string): Promise<Plan | undefined>;
  /** Activities (undone ones included) whose days (date to dateEnd) touch the range; all of them without one. */
  listActivities(range?: DateRange): Promise<Activity[]>;
  /**
   * Activities (undone ones included) linked to this plan item whose days touch the range: reads what the item
   * has, not the range's other records (the target check of a log write).
   */
  listItemActivities(itemId: string, range?: DateRange): Promise<Activity[]>;
  /** The latest `limit` live (not undone) activities, newest created first; only `by`'s when given. */
  recentActivities(options: { by?: string; limit: number }): Promise<Activity[]>;
  /** One activity by id, reading only what it needs. */
  findActivity(id: string): Promise<Activity | undefined>;
  /** The activity created with this dedupe key, if any. */
  findByDedupeKey(key: string): Promise<Activity | undefined>;
  /** The activities (undone ones included) with any of these ids or dedupe keys, each once, in no order: a batch of lookups through the store's indexes. */
  findActivities(query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }): Promise<Activity[]>;
  /** How many activities are stored (undone ones included), without reading them (optional). */
  countActivities?(): Promise<number>;
  /** Whether any activity is stored (undone ones included), answered without counting or reading them (optional). */
  hasActivities?(): Promise<boolean>;
  /**
   * Keeps a request told to wait for the records to be filed ("…不用重发") on disk until it is answered, so a
   * restart meanwhile does not lose it (optional: only a store that files its records from the start has it).
   * Returns the id to release it by.
   */
  holdRequest?(request: HeldRequest): Promise<string>;
  /** Forgets a held request once answered. */
  releaseRequest?(id: string): Promise<void>;
  /** Held requests no live holder will answer (their process stopped), to be answered now. */
  orphanedRequests?(): Promise<Array<{ id: string; request: HeldRequest }>>;
  /** Stored records that could not be read (kept untouched), for `doctor`, the App Home and summaries. */
  damagedRecords(): Promise<DamagedRecord[]>;
  /**
   * Appends an event. A create whose dedupeKey is already stored is not appended: the stored
   * activity comes back with `duplicate: true`. An event that would not read back is refused
   * (StoreError record_invalid), and so is a create whose id is taken (record_clash).
   */
  appendActivityEvent(event: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }>;
  /**
   * Appends many create events in one write (a ledger import); duplicates by dedupeKey are left out. A create
   * whose id is taken refuses the batch (record_clash), or with `skipTaken` is left out too (a copy run again).
   */
  appendActivityEvents?(events: ActivityEvent[], options?: { skipTaken?: boolean }): Promise<{ added: number; skipped: number }>;
  listSignups(): Promise<Signup[]>;
  /** Reads, changes and writes the sign-ups under one lock. */
  updateSignups<T>(change: (signups: Signup[]) => T): Promise<T>;
  /** Proactive posts a channel asked for (订阅). */
  listSubscriptions(): Promise<Subscription[]>;
  /** Reads, changes and writes the subscriptions under one lock. */
  updateSubscriptions<T>(change: (subscriptions: Subscription[]) => T): Promise<T>;
  /** Who answers for each plan owner and reporting unit (负责人, 单位). */
  readDirectory(): Promise<Directory>;
  updateDirectory<T>(change: (directory: Directory) => T): Promise<T>;
  /**
   * Records a post under its key only if no record exists, atomically across processes: true for
   * the one caller that got it, false for everyone else.
   */
  claimPost(record: PostRecord): Promise<boolean>;
  /** Replaces a post's record (sent, failed, skipped). */
  savePost(record: PostRecord): Promise<void>;
  getPost(key: string): Promise<PostRecord | undefined>;
  /** The latest status of each plan item marked done / in progress / open. */
  listItemStatuses(): Promise<ItemStatus[]>;
  /** Replaces the status of one item (by itemId). */
  setItemStatus(status: ItemStatus): Promise<void>;
  /** What each user said about themselves ("我是科普部"). */
  listUserProfiles(): Promise<UserProfile[]>;
  /** Replaces one user's profile (by user). */
  setUserProfile(profile: UserProfile): Promise<void>;
  /** Observance dates an admin set in chat for this workspace (optional: without it the shared calendar is used). */
  listObservanceOverrides?(): Promise<ObservanceOverride[]>;
  /** Saves one, replacing the same observance's entry for the same year. */
  saveObservanceOverride?(override: ObservanceOverride): Promise<void>;
}

/** Dates as YYYY-MM-DD, both ends included. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** A stored record that could not be read: where it is (a file name or table, never a server path) and why. */
export interface DamagedRecord {
  where: string;
  line: number;
  reason: string;
}

/**
 * Slack installations made through OAuth, one per team (or Enterprise Grid org), keyed by the adapter.
 * They hold tokens, so they live apart from workspace data: removing one keeps the team's data.
 */
export interface InstallationRecords {
  save(key: string, installation: Record<string, unknown>): Promise<void>;
  get(key: string): Promise<Record<string, unknown> | undefined>;
  /** Removes the installation (its tokens); true when there was one. */
  remove(key: string): Promise<boolean>;
}

/**
 * The short memory of each conversation (records just made, a question just asked), as plain JSON under a
 * key. Small and capped by its implementations; losing it only means a follow-up must name its record.
 */
export interface ConversationMemory {
  read(workspace: string, key: string): Promise<unknown>;
  /** Replaces a conversation's memory; undefined forgets it. */
  write(workspace: string, key: string, state: unknown): Promise<void>;
}

/** A request kept while it waits for the records to be filed: what was asked, by whom and when, and where the answer goes. */
export interface HeldRequest {
  text: string;
  ctx: RequestContext;
  /** Where the answer goes, as the chat adapter says it (a channel and thread, a response URL). */
  reply: Record<string, string>;
  /** The sender's conversation, as the chat adapter names it. */
  conversation?: unknown;
}

/** A store per workspace (a Slack team id, or "local"), and which workspaces have something scheduled. */
export type StoreFactory = ((workspace: string) => Store) & {
  /**
   * Workspaces holding subscriptions or sign-up sheets (the ones the scheduler visits), as `storeFor`
   * takes them, listed from the backend's own data. The folder and Postgres stores have it (the store
   * contract checks); a factory without it (a test double) gets no scheduled posts, and the scheduler says so.
   */
  scheduledWorkspaces?(): Promise<string[]>;
  /** Workspaces holding requests kept while their records were filed (Store.holdRequest), to answer after a restart. */
  workspacesWithHeldRequests?(): Promise<string[]>;
};

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A chat-completions model; it throws ModelError on failure. */
export interface LanguageModel {
  readonly name: string;
  complete(messages: ChatMessage[], options?: { signal?: AbortSignal }): Promise<string>;
}

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
