// Copies a data folder (every workspace in it) into another store, e.g. Postgres, and checks the counts.
// Activities go a month at a time in batches (memory stays bounded), and a second run skips what is there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ActivityEvent } from '../../core/activities/activity-schema.js';
import { StoreError } from '../../core/errors.js';
import type { Store, StoreFactory } from '../../core/ports.js';
import { FileStore } from './file-store.js';

/** Activities per batched write. */
const BATCH = 2_000;

export interface CopyReport {
  workspace: string;
  plans: number;
  activities: number;
  signups: number;
  /** Activities already in the target (a second run), left as they were. */
  alreadyThere: number;
  /** Lines of the source that could not be read (not copied). */
  damaged: number;
  /** Counts in the target after the copy equal the source's. */
  ok: boolean;
}

/** Where a copy is: activities of one workspace copied so far (or found there) out of its total. */
export interface CopyProgress {
  workspace: string;
  copied: number;
  total: number;
}

/** Copies each workspace folder under `dataDir` into `target`; activities keep their history and ids. */
export async function copyFolderStore(dataDir: string, target: StoreFactory, options: { onProgress?: (p: CopyProgress) => void } = {}): Promise<CopyReport[]> {
  const reports: CopyReport[] = [];
  const folders = readdirSync(dataDir).filter((name) => {
    const dir = join(dataDir, name);
    return statSync(dir).isDirectory() && ['plans.json', 'activities.jsonl', 'signups.json'].some((f) => existsSync(join(dir, f)));
  });
  for (const workspace of folders.sort()) {
    const source = new FileStore(join(dataDir, workspace));
    const to = target(workspace);
    const plans = await source.listPlans();
    for (const plan of plans) await to.savePlan(plan);
    const total = await source.countActivities();
    let copied = 0;
    let alreadyThere = 0;
    options.onProgress?.({ workspace, copied, total });
    for await (const month of source.activityLog.eachMonth()) {
      for (let i = 0; i < month.length; i += BATCH) {
        const events: ActivityEvent[] = month.slice(i, i + BATCH).map((activity) => ({ type: 'create', activity }));
        alreadyThere += await copyBatch(to, events);
        copied += events.length;
        options.onProgress?.({ workspace, copied, total });
      }
    }
    const signups = await source.listSignups();
    await to.updateSignups((list) => {
      list.splice(0, list.length, ...signups);
    });
    for (const status of await source.listItemStatuses()) await to.setItemStatus(status);
    for (const profile of await source.listUserProfiles()) await to.setUserProfile(profile);
    for (const override of (await source.listObservanceOverrides?.()) ?? []) await to.saveObservanceOverride?.(override);
    const subscriptions = await source.listSubscriptions();
    await to.updateSubscriptions((list) => void list.splice(0, list.length, ...subscriptions));
    const directory = await source.readDirectory();
    await to.updateDirectory((d) => {
      d.owners = directory.owners;
      d.units = directory.units;
    });
    const [p, a, s] = await Promise.all([to.listPlans(), to.countActivities ? to.countActivities() : to.listActivities().then((l) => l.length), to.listSignups()]);
    const damaged = (await source.damagedRecords()).length;
    reports.push({ workspace, plans: plans.length, activities: copied, signups: signups.length, alreadyThere, damaged, ok: p.length === plans.length && a === copied && s.length === signups.length });
  }
  return reports;
}

/** Writes one batch; returns how many were there already (by id or dedupe key). */
async function copyBatch(to: Store, events: ActivityEvent[]): Promise<number> {
  if (to.appendActivityEvents) return (await to.appendActivityEvents(events, { skipTaken: true })).skipped;
  let there = 0;
  for (const event of events) {
    try {
      if ((await to.appendActivityEvent(event)).duplicate) there++;
    } catch (error) {
      if (!(error instanceof StoreError) || error.code !== 'record_clash') throw error;
      there++;
    }
  }
  return there;
}
