// Builds the activity log's snapshot from the start of the log, streaming: memory stays bounded at a million
// records (ids in a compact table, lines written out in batches, recent states in a small cache), and a
// checkpoint after each batch lets a restarted process resume the build instead of starting again.
import { open, readdir, readFile, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { type Activity, type ActivityEvent, ActivityEventSchema, applyActivityEvent } from '../../core/activities/activity-schema.js';
import { BuildFiles, FLUSH_CHARS } from './build-files.js';
import { IdTable } from './id-table.js';
import { headOf } from './log-identity.js';
import { bucketOf, type DamagedLine, type IndexMeta, itemLines, monthsOf } from './snapshot-layout.js';

/** Bytes of log read per step. */
const READ_BYTES = 1024 * 1024;
/** Activity states kept for edits that follow their create closely. */
const RECENT = 4_096;

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One build of one generation, from a checkpoint or from zero. */
export class SnapshotBuild extends BuildFiles {
  private readonly ids = new IdTable();
  private readonly months: string[] = [];
  private readonly monthNo = new Map<string, number>();
  private readonly recent = new Map<string, { o: number; a: Activity }>();

  /** Builds up to `size` (the log's size when asked); returns the meta to publish (without identity). */
  async run(size: number): Promise<IndexMeta> {
    const { headBytes, head } = await headOf(this.file, size);
    const saved = await this.readCheckpoint();
    if (saved && saved.itemYears && saved.head === head && saved.headBytes === headBytes && saved.logSize <= size) {
      this.cp = saved;
      this.files = { ...saved.files };
      await this.resume();
      this.logger.info('activity log: resuming its snapshot', { from: saved.logSize, bytes: size });
    } else {
      const generation = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      this.cp = { version: 1, generation, headBytes, head, logSize: 0, lines: 0, damaged: [], files: {}, itemYears: true };
      await rm(this.dir, { recursive: true, force: true });
      if (size > 0) this.logger.info('activity log: building its snapshot', { bytes: size });
    }
    this.hooks.onProgress?.({ logSize: this.cp.logSize, size });
    await this.stream(size);
    await this.checkpoint(size);
    const { generation, logSize, lines, damaged } = this.cp;
    return { version: 1, generation, logSize, lines, damaged, seenSize: size, itemYears: true };
  }

  /** Cuts every file back to the checkpoint and reloads the ids written so far. */
  private async resume(): Promise<void> {
    for (const sub of ['months', 'ids', 'keys', 'items']) {
      for (const name of await readdir(join(this.dir, sub)).catch(() => [] as string[])) {
        const rel = `${sub}/${name}`;
        const keep = this.files[rel];
        if (keep === undefined) await rm(join(this.dir, rel), { force: true });
        else if ((await stat(join(this.dir, rel))).size > keep) await truncate(join(this.dir, rel), keep);
      }
    }
    for (const rel of Object.keys(this.files).filter((r) => r.startsWith('ids/'))) {
      for (const text of (await readFile(join(this.dir, rel), 'utf8')).split('\n')) {
        if (text === '') continue;
        const [id, month] = JSON.parse(text) as [string, string];
        this.ids.set(id, this.monthIndex(month));
      }
    }
  }

  private monthIndex(month: string): number {
    let i = this.monthNo.get(month);
    if (i === undefined) {
      i = this.months.length;
      this.months.push(month);
      this.monthNo.set(month, i);
    }
    return i;
  }

  /** Reads complete lines from the checkpoint to `size`, a megabyte at a time. */
  private async stream(size: number): Promise<void> {
    if (this.cp.logSize >= size) return;
    const handle = await open(this.file, 'r');
    try {
      let carry = Buffer.alloc(0);
      let at = this.cp.logSize; // where `carry` starts in the log
      let read = at;
      while (read < size) {
        const buffer = Buffer.alloc(Math.min(READ_BYTES, size - read));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, read);
        if (bytesRead === 0) break;
        read += bytesRead;
        const chunk = carry.length > 0 ? Buffer.concat([carry, buffer.subarray(0, bytesRead)]) : buffer.subarray(0, bytesRead);
        let start = 0;
        for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
          if (nl > start) await this.applyLine(chunk.toString('utf8', start, nl), at + start);
          start = nl + 1;
          this.cp.logSize = at + start;
        }
        carry = chunk.subarray(start);
        at += start;
        if (this.pendingChars >= (this.hooks.batchChars ?? FLUSH_CHARS)) await this.checkpoint(size);
        await yieldToLoop();
      }
    } finally {
      await handle.close();
    }
  }

  private damage(d: DamagedLine): void {
    this.cp.damaged.push(d);
    this.logger.warn('activity log: skipped an unreadable line', { file: 'activities.jsonl', line: d.line });
  }

  private async applyLine(text: string, o: number): Promise<void> {
    this.cp.lines++;
    let event: ActivityEvent | undefined;
    try {
      const parsed = ActivityEventSchema.safeParse(JSON.parse(text));
      if (parsed.success) event = parsed.data;
    } catch {
      // not JSON
    }
    if (!event) return this.damage({ line: this.cp.lines, reason: '不是有效的活动记录' });
    const id = event.type === 'create' ? event.activity.id : event.id;
    const month = this.ids.get(id);
    if (event.type === 'create') {
      if (month !== undefined && (await this.stored(id))) return this.damage({ line: this.cp.lines, reason: `编号 ${id} 与前面的记录重复` });
      return this.record(o, id, undefined, applyActivityEvent(new Map(), event)!, event.activity.dedupeKey);
    }
    if (month === undefined) return;
    const current = this.recent.get(id)?.a ?? (await this.lookUp(id, this.months[month]!));
    if (!current) return;
    const next = applyActivityEvent(new Map([[id, current]]), event);
    if (next) this.record(o, id, current, next, null);
  }

  /** Queues the snapshot lines of one change, as ActivityIndex.apply files them. */
  private record(o: number, id: string, before: Activity | undefined, next: Activity, key: string | null): void {
    const months = monthsOf(next);
    const was = before ? monthsOf(before) : [];
    const line = JSON.stringify({ o, a: next });
    for (const m of months) this.queue(`months/${m}.jsonl`, line);
    if (was[0] !== months[0]) this.queue(`ids/${bucketOf(id)}.jsonl`, JSON.stringify([id, months[0]]));
    for (const m of was) if (!months.includes(m)) this.queue(`months/${m}.jsonl`, JSON.stringify({ o, x: id }));
    if (key) this.queue(`keys/${bucketOf(key)}.jsonl`, JSON.stringify([key, id]));
    for (const [name, l] of itemLines(before, next, o)) this.queue(`items/${name}.jsonl`, JSON.stringify(l));
    this.ids.set(id, this.monthIndex(months[0]!));
    this.recent.delete(id);
    this.recent.set(id, { o, a: next });
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
  }

  /** The id is really in the ids written (the compact table can mistake two ids for one). */
  private async stored(id: string): Promise<boolean> {
    const rel = `ids/${bucketOf(id)}.jsonl`;
    await this.flush();
    const needle = `${JSON.stringify(id)},`;
    return (await this.lines(rel)).some((t) => t.startsWith(`[${needle}`));
  }

  /** An activity's latest state from its month file (an edit long after its create). */
  private async lookUp(id: string, month: string): Promise<Activity | undefined> {
    await this.flush();
    const needle = `"id":${JSON.stringify(id)}`;
    let found: Activity | undefined;
    for (const text of await this.lines(`months/${month}.jsonl`)) {
      if (!text.includes(needle) && !text.includes(`"x":${JSON.stringify(id)}`)) continue;
      const line = JSON.parse(text) as { a?: Activity; x?: string };
      if (line.a?.id === id) found = line.a;
      else if (line.x === id) found = undefined;
    }
    return found;
  }
}
