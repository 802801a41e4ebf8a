// Copies a data folder (every workspace in it) into another store, e.g. Postgres, and checks the counts.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../../core/errors.js';
import type { StoreFactory } from '../../core/ports.js';
import { FileStore } from './file-store.js';

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

/** Copies each workspace folder under `dataDir` into `target`; activities keep their history and ids. */
export async function copyFolderStore(dataDir: string, target: StoreFactory): Promise<CopyReport[]> {
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
    const activities = await source.listActivities();
    let alreadyThere = 0;
    for (const activity of activities) {
      try {
        const r = await to.appendActivityEvent({ type: 'create', activity });
        if (r.duplicate) alreadyThere++;
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'record_clash') throw error;
        alreadyThere++;
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
    const [p, a, s] = await Promise.all([to.listPlans(), to.listActivities(), to.listSignups()]);
    const damaged = (await source.damagedRecords()).length;
    reports.push({
      workspace,
      plans: plans.length,
      activities: activities.length,
      signups: signups.length,
      alreadyThere,
      damaged,
      ok: p.length === plans.length && a.length === activities.length && s.length === signups.length,
    });
  }
  return reports;
}
