// An in-memory Store for core unit tests: the same dedupe, history, id-clash and write-check rules as the file store.
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../src/core/activities/activity-schema.js';
import { StoreError } from '../../src/core/errors.js';
import type { Signup } from '../../src/core/headcounts/signup-schema.js';
import type { ObservanceOverride } from '../../src/core/plans/observances.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import type { DamagedRecord, DateRange, Store } from '../../src/core/ports.js';
import { checkEvent } from '../../src/infra/store/check-event.js';
import type { Directory, PostRecord, Subscription } from '../../src/core/schedules/subscription-schema.js';
import type { ItemStatus, UserProfile } from '../../src/core/questions/item-status.js';

export class MemoryStore implements Store {
  plans: Plan[] = [];
  signups: Signup[] = [];
  /** Set by a test to play a damaged plan file. */
  plansUnreadable = false;
  damaged: DamagedRecord[] = [];
  subscriptions: Subscription[] = [];
  directory: Directory = { owners: [], units: [] };
  readonly posts = new Map<string, PostRecord>();
  statuses: ItemStatus[] = [];
  profiles: UserProfile[] = [];
  observanceOverrides: ObservanceOverride[] = [];
  readonly events: ActivityEvent[] = [];
  private readonly state = new Map<string, Activity>();

  async listPlans(): Promise<Plan[]> {
    if (this.plansUnreadable) throw new StoreError('store_corrupt', 'plans.json', '数据文件 plans.json 不是有效的 JSON。');
    return this.plans;
  }
  async savePlan(plan: Plan): Promise<Plan | undefined> {
    const previous = this.plans.find((p) => p.id === plan.id);
    this.plans = [...this.plans.filter((p) => p.id !== plan.id), plan];
    return previous;
  }
  async deletePlan(id: string): Promise<Plan | undefined> {
    const removed = this.plans.find((p) => p.id === id);
    this.plans = this.plans.filter((p) => p.id !== id);
    return removed;
  }
  async listActivities(range: DateRange = {}): Promise<Activity[]> {
    return [...this.state.values()].filter((a) => (!range.from || (a.dateEnd ?? a.date) >= range.from) && (!range.to || a.date <= range.to));
  }
  async listItemActivities(itemId: string, range: DateRange = {}): Promise<Activity[]> {
    return (await this.listActivities(range)).filter((a) => a.itemId === itemId);
  }
  async recentActivities(options: { by?: string; limit: number }): Promise<Activity[]> {
    const created = this.events.filter((e) => e.type === 'create').map((e) => this.state.get(e.activity.id)!);
    return created.filter((a) => !a.undone && (options.by === undefined || a.by === options.by)).reverse().slice(0, options.limit);
  }
  async countActivities(): Promise<number> {
    return this.state.size;
  }
  async hasActivities(): Promise<boolean> {
    return this.state.size > 0;
  }
  async findActivity(id: string): Promise<Activity | undefined> {
    return this.state.get(id);
  }
  async findByDedupeKey(key: string): Promise<Activity | undefined> {
    return [...this.state.values()].find((a) => a.dedupeKey === key);
  }
  async findActivities(query: { ids?: readonly string[]; dedupeKeys?: readonly string[] }): Promise<Activity[]> {
    const ids = new Set(query.ids ?? []);
    const keys = new Set(query.dedupeKeys ?? []);
    return [...this.state.values()].filter((a) => ids.has(a.id) || (a.dedupeKey !== null && keys.has(a.dedupeKey)));
  }
  async damagedRecords(): Promise<DamagedRecord[]> {
    return this.damaged;
  }
  async appendActivityEvent(raw: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }> {
    const event = checkEvent(raw);
    if (event.type === 'create' && event.activity.dedupeKey) {
      const existing = await this.findByDedupeKey(event.activity.dedupeKey);
      if (existing) return { activity: existing, duplicate: true };
    }
    if (event.type === 'create' && this.state.has(event.activity.id)) throw new StoreError('record_clash', 'activities');
    if (event.type !== 'create' && !this.state.has(event.id)) return { activity: undefined, duplicate: false };
    this.events.push(event);
    return { activity: applyActivityEvent(this.state, event), duplicate: false };
  }
  async appendActivityEvents(events: ActivityEvent[], options: { skipTaken?: boolean } = {}): Promise<{ added: number; skipped: number }> {
    events.forEach((e) => checkEvent(e));
    const keyStored = async (key: string | null) => key !== null && (await this.findByDedupeKey(key)) !== undefined;
    for (const e of events) {
      if (e.type === 'create' && !options.skipTaken && this.state.has(e.activity.id) && !(await keyStored(e.activity.dedupeKey))) throw new StoreError('record_clash', 'activities');
    }
    let added = 0;
    for (const e of events) {
      if (e.type === 'create' && this.state.has(e.activity.id)) continue;
      const r = await this.appendActivityEvent(e);
      if (r.activity && !r.duplicate) added++;
    }
    return { added, skipped: events.length - added };
  }
  async listSignups(): Promise<Signup[]> {
    return this.signups;
  }
  async updateSignups<T>(change: (signups: Signup[]) => T): Promise<T> {
    const copy = structuredClone(this.signups);
    const result = change(copy);
    this.signups = copy;
    return result;
  }
  async listSubscriptions(): Promise<Subscription[]> {
    return this.subscriptions;
  }
  async updateSubscriptions<T>(change: (subscriptions: Subscription[]) => T): Promise<T> {
    const copy = structuredClone(this.subscriptions);
    const result = change(copy);
    this.subscriptions = copy;
    return result;
  }
  async readDirectory(): Promise<Directory> {
    return this.directory;
  }
  async updateDirectory<T>(change: (directory: Directory) => T): Promise<T> {
    const copy = structuredClone(this.directory);
    const result = change(copy);
    this.directory = copy;
    return result;
  }
  async claimPost(record: PostRecord): Promise<boolean> {
    if (this.posts.has(record.key)) return false;
    this.posts.set(record.key, record);
    return true;
  }
  async savePost(record: PostRecord): Promise<void> {
    this.posts.set(record.key, record);
  }
  async getPost(key: string): Promise<PostRecord | undefined> {
    return this.posts.get(key);
  }
  async listItemStatuses(): Promise<ItemStatus[]> {
    return this.statuses;
  }
  async setItemStatus(status: ItemStatus): Promise<void> {
    this.statuses = [...this.statuses.filter((s) => s.itemId !== status.itemId), status];
  }
  async listUserProfiles(): Promise<UserProfile[]> {
    return this.profiles;
  }
  async setUserProfile(profile: UserProfile): Promise<void> {
    this.profiles = [...this.profiles.filter((p) => p.user !== profile.user), profile];
  }

  async listObservanceOverrides(): Promise<ObservanceOverride[]> {
    return this.observanceOverrides;
  }
  async saveObservanceOverride(override: ObservanceOverride): Promise<void> {
    this.observanceOverrides = [...this.observanceOverrides.filter((o) => !(o.name === override.name && o.year === override.year)), override];
  }
}
