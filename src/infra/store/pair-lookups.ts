// Looks keys up in the snapshot's ids and keys buckets without parsing a whole bucket: from memory when read,
// by the key's last line otherwise, many keys of one bucket in one search.
import { SnapshotFiles } from './snapshot-files.js';
import type { TailFile } from './tail-file.js';

/** The pair lookups over the cached bucket files. */
export class PairLookups extends SnapshotFiles {
  /** Looks `keys` up in their files for prefetch, one read a file; returns the values found. */
  protected async lookAhead(keys: readonly string[], fileOf: (key: string) => TailFile<Map<string, string>>): Promise<string[]> {
    const groups = new Map<TailFile<Map<string, string>>, string[]>();
    for (const key of new Set(keys)) {
      const f = fileOf(key);
      if (f.loaded || this.warm.has(f as TailFile<unknown>) || this.known.get(f as TailFile<unknown>)?.has(key)) continue;
      groups.set(f, [...(groups.get(f) ?? []), key]);
    }
    const found: string[] = [];
    for (const [f, group] of groups) {
      const lines = await f.lastLinesStarting(group.map((key) => `[${JSON.stringify(key)},`));
      const known = this.known.get(f as TailFile<unknown>) ?? new Map<string, string | undefined>();
      group.forEach((key, i) => {
        const line = lines[i];
        const value = Array.isArray(line) && typeof line[1] === 'string' ? line[1] : undefined;
        known.set(key, value);
        if (value !== undefined) found.push(value);
      });
      this.known.set(f as TailFile<unknown>, known);
    }
    return found;
  }

  /** Groups `keys` by the pairs file each lives in and asks each file once. */
  protected async pairsByFile(keys: readonly string[], fileOf: (key: string) => TailFile<Map<string, string>>): Promise<Map<string, string>> {
    const groups = new Map<TailFile<Map<string, string>>, string[]>();
    for (const key of new Set(keys)) {
      const f = fileOf(key);
      const group = groups.get(f);
      if (group) group.push(key);
      else groups.set(f, [key]);
    }
    const out = new Map<string, string>();
    for (const [f, group] of groups) for (const [k, v] of await this.pairs(f, group)) out.set(k, v);
    return out;
  }

  /** pair() for many keys of one file: a file not read whole is searched once for all of them. */
  protected async pairs(f: TailFile<Map<string, string>>, keys: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (f.loaded || (this.holding && this.warm.has(f as TailFile<unknown>))) {
      const state = await this.load(f);
      for (const key of keys) {
        const value = state.get(key);
        if (value !== undefined) out.set(key, value);
      }
      return out;
    }
    const rest: string[] = [];
    for (const key of keys) {
      const queued = f.peek().get(key);
      if (queued !== undefined) out.set(key, queued);
      else rest.push(key);
    }
    const lines = await f.lastLinesStarting(rest.map((key) => `[${JSON.stringify(key)},`));
    rest.forEach((key, i) => {
      const line = lines[i];
      if (Array.isArray(line) && typeof line[1] === 'string') out.set(key, line[1]);
    });
    return out;
  }

  /**
   * The value of `key` in a pairs file (ids, keys). A file this process has read is asked from memory (its new
   * tail read first); one it has not is searched for the key's last line, not parsed whole: a bucket holds
   * 1/256 of the history, and a write or a dedupe check looks up one key in it.
   */
  protected async pair(f: TailFile<Map<string, string>>, key: string): Promise<string | undefined> {
    if (f.loaded || (this.holding && this.warm.has(f as TailFile<unknown>))) return (await this.load(f)).get(key);
    // Lines queued under the lock and not yet written (an earlier event of this batch) are the newest.
    const queued = f.peek().get(key);
    if (queued !== undefined) return queued;
    // Looked up ahead for this batch (prefetch); lines queued since are in peek(), asked first.
    const known = this.holding ? this.known.get(f as TailFile<unknown>) : undefined;
    if (known?.has(key)) return known.get(key);
    const line = await f.lastLineStarting(`[${JSON.stringify(key)},`);
    return Array.isArray(line) && typeof line[1] === 'string' ? line[1] : undefined;
  }
}
