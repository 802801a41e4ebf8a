// The workspaces of a data folder that have subscriptions or sign-up sheets: the folder store's answer to the scheduler.
import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const exists = (file: string): Promise<boolean> => access(file).then(
  () => true,
  () => false,
);

/** Sub-folder names of the data folder holding subscriptions (or sign-up sheets, which have reminders). */
export async function listScheduledFolders(dataDir: string): Promise<string[]> {
  const entries = await readdir(dataDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const found: string[] = [];
  for (const d of entries) {
    if (!d.isDirectory()) continue;
    if ((await exists(join(dataDir, d.name, 'subscriptions.json'))) || (await exists(join(dataDir, d.name, 'signups.json')))) found.push(d.name);
  }
  return found.sort();
}
