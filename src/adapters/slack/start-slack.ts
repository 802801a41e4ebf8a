// Starts the Slack app (Socket Mode or HTTP) around the core.
import type { Config } from '../../config.js';
import type { Kexie } from '../../core/kexie.js';

export async function startSlack(_kexie: Kexie, _config: Config): Promise<void> {
  throw new Error('Slack adapter not built yet');
}
