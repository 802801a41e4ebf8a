// Slack installations (OAuth tokens) in one JSON file at the root of the data folder, readable by its owner only.
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { InstallationRecords } from '../../core/ports.js';
import { JsonDocument } from './json-document.js';
import { WorkspaceLock } from './workspace-lock.js';

const InstallationsFileSchema = z.object({
  version: z.literal(1),
  installations: z.record(z.string(), z.object({ savedAt: z.string(), installation: z.record(z.string(), z.unknown()) })),
});

/** `installations.json` beside the workspace folders (whose names never contain a dot). */
export class FileInstallationRecords implements InstallationRecords {
  private readonly doc: JsonDocument<typeof InstallationsFileSchema>;
  private readonly lock: WorkspaceLock;
  private ready: Promise<unknown> | undefined;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.doc = new JsonDocument(join(dataDir, 'installations.json'), InstallationsFileSchema, () => ({ version: 1 as const, installations: {} }));
    this.lock = new WorkspaceLock(dataDir);
  }

  private change(apply: (all: Record<string, { savedAt: string; installation: Record<string, unknown> }>) => boolean): Promise<boolean> {
    this.ready ??= mkdir(this.dataDir, { recursive: true });
    return this.lock.run(async () => {
      await this.ready;
      const data = await this.doc.read();
      const copy = { ...data.installations };
      const changed = apply(copy);
      if (changed) {
        await this.doc.write({ version: 1, installations: copy });
        await chmod(this.doc.file, 0o600).catch(() => undefined);
      }
      return changed;
    });
  }

  async save(key: string, installation: Record<string, unknown>): Promise<void> {
    await this.change((all) => {
      all[key] = { savedAt: this.now().toISOString(), installation };
      return true;
    });
  }

  async get(key: string): Promise<Record<string, unknown> | undefined> {
    return (await this.doc.read()).installations[key]?.installation;
  }

  remove(key: string): Promise<boolean> {
    return this.change((all) => {
      if (!(key in all)) return false;
      delete all[key];
      return true;
    });
  }
}
