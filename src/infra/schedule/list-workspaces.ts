// The workspaces of a data folder that have subscriptions: the ones the scheduler visits.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Sub-folder names of the data folder holding subscriptions (or sign-up sheets, which have reminders). */
export function listScheduledWorkspaces(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (existsSync(join(dataDir, d.name, 'subscriptions.json')) || existsSync(join(dataDir, d.name, 'signups.json'))))
    .map((d) => d.name);
}
