// Conversation memory in the data folder, so consecutive CLI calls (and a restarted bot) remember the last exchange.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConversationMemory } from '../../core/ports.js';
import { workspaceFolder } from './file-store.js';

/** Files kept per workspace; past this the least recently written are removed. */
const MAX_FILES = 500;
/** The largest memory file read back (a conversation's memory is a few KB). */
const MAX_BYTES = 256 * 1024;
/** Temporary files written by this process: a user's requests of one burst write the same conversation in the same millisecond. */
let temps = 0;

/** One small JSON file per conversation under `<dir>/<workspace>/conversations/`, written atomically. */
export function createFileConversations(dataDir: string): ConversationMemory {
  const folder = (workspace: string): string => join(dataDir, workspaceFolder(workspace), 'conversations');
  const file = (workspace: string, key: string): string => join(folder(workspace), `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  let writes = 0;
  return {
    async read(workspace, key) {
      const path = file(workspace, key);
      const info = await stat(path).catch(() => undefined);
      if (!info || info.size > MAX_BYTES) return undefined;
      try {
        const parsed = JSON.parse(await readFile(path, 'utf8')) as { key?: string; state?: unknown };
        return parsed.key === key ? parsed.state : undefined;
      } catch {
        return undefined;
      }
    },
    async write(workspace, key, state) {
      const path = file(workspace, key);
      if (state === undefined) {
        await rm(path, { force: true });
        return;
      }
      await mkdir(folder(workspace), { recursive: true });
      const temp = `${path}.${process.pid}.${Date.now()}.${++temps}.tmp`;
      await writeFile(temp, JSON.stringify({ key, state }), { mode: 0o600 });
      await rename(temp, path);
      // Now and then (not on every write) keep the folder to its cap.
      if (++writes % 50 === 1) await prune(folder(workspace)).catch(() => undefined);
    },
  };
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  if (names.length <= MAX_FILES) return;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(join(dir, n)).catch(() => undefined))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => a.t - b.t);
  for (const { n } of dated.slice(0, dated.length - MAX_FILES)) await rm(join(dir, n), { force: true });
}
