// An in-memory Store for core unit tests: the same dedupe and history rules as the file store.
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../src/core/activities/activity-schema.js';
import type { Signup } from '../../src/core/headcounts/signup-schema.js';
import type { ObservanceOverride } from '../../src/core/plans/observances.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import type { Store } from '../../src/core/ports.js';
import type { Directory, PostRecord, Subscription } from '../../src/core/schedules/subscription-schema.js';
import type { ItemStatus, UserProfile } from '../../src/core/questions/item-status.js';

export class MemoryStore implements Store {
  plans: Plan[] = [];
  signups: Signup[] = [];
  subscriptions: Subscription[] = [];
  directory: Directory = { owners: [], units: [] };
  readonly posts = new Map<string, PostRecord>();
  statuses: ItemStatus[] = [];
  profiles: UserProfile[] = [];
  observanceOverrides: ObservanceOverride[] = [];
  readonly events: ActivityEvent[] = [];
  private readonly state = new Map<string, Activity>();

  async listPlans(): Promise<Plan[]> {
    return this.plans;
  }
  async savePlan(plan: Plan): Promise<Plan | undefined> {
    const previous = this.plans.find((p) => p.id === plan.id);
    this.plans = [...this.plans.filter((p) => p.id !== plan.id), plan];
    return previous;
  }
  async listActivities(): Promise<Activity[]> {
    return [...this.state.values()];
  }
  async appendActivityEvent(event: ActivityEvent): Promise<{ activity: Activity | undefined; duplicate: boolean }> {
    if (event.type === 'create' && event.activity.dedupeKey) {
      const existing = [...this.state.values()].find((a) => a.dedupeKey === event.activity.dedupeKey);
      if (existing) return { activity: existing, duplicate: true };
    }
    if (event.type !== 'create' && !this.state.has(event.id)) return { activity: undefined, duplicate: false };
    this.events.push(event);
    return { activity: applyActivityEvent(this.state, event), duplicate: false };
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
