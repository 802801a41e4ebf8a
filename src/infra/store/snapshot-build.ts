// Builds the activity log's snapshot from the start of the log, streaming: memory stays bounded at a million
// records (ids in a compact table, lines written out in batches, recent states in a small cache), and a
// checkpoint after each batch lets a restarted process resume the build instead of starting again.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { type Activity, type ActivityEvent, ActivityEventSchema, applyActivityEvent } from '../../core/activities/activity-schema.js';
import type { Logger } from '../../core/ports.js';
import { bucketOf, type DamagedLine, type IndexMeta, itemLines, monthsOf } from './snapshot-layout.js';
import { IdTable } from './id-table.js';
import { headOf } from './log-identity.js';

/** Bytes of log read per step. */
const READ_BYTES = 1024 * 1024;
/** Characters of snapshot lines held before they are written out and a checkpoint is taken. */
const FLUSH_CHARS = 4 * 1024 * 1024;
/** Activity states kept for edits that follow their create closely. */
const RECENT = 4_096;

/** Where a build stands; replaced atomically after each batch written. */
interface Checkpoint {
  version: 1;
  generation: string;
  headBytes: number;
  head: string;
  logSize: number;
  lines: number;
  damaged: DamagedLine[];
  /** Each snapshot file's size at the checkpoint: more is a batch a crash cut short, cut off on resume. */
  files: Record<string, number>;
  /** Files records by plan item too (a checkpoint without it is from before, and is not resumed). */
  itemYears?: true;
}

export interface BuildHooks {
  /** Characters of snapshot lines per batch (and checkpoint); tests make it small. */
  batchChars?: number;
  /** After each checkpoint (tests stop a build here, as a killed process would). */
  onCheckpoint?(progress: { logSize: number; size: number }): void | Promise<void>;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One build of one generation, from a checkpoint or from zero. */
export class SnapshotBuild {
  private readonly ids = new IdTable();
  private readonly months: string[] = [];
  private readonly monthNo = new Map<string, number>();
  private readonly recent = new Map<string, { o: number; a: Activity }>();
  private pending = new Map<string, string[]>();
  private pendingChars = 0;
  private files: Record<string, number> = {};
  private cp!: Checkpoint;

  constructor(
    private readonly file: string,
    private readonly indexRoot: string,
    private readonly logger: Logger,
    private readonly hooks: BuildHooks = {},
  ) {}

  private get checkpointFile(): string {
    return join(this.indexRoot, 'build.json');
  }

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
    await this.stream(size);
    await this.checkpoint(size);
    const { generation, logSize, lines, damaged } = this.cp;
    return { version: 1, generation, logSize, lines, damaged, seenSize: size, itemYears: true };
  }

  /** Removes the checkpoint once the snapshot is published. */
  async finish(): Promise<void> {
    await rm(this.checkpointFile, { force: true });
  }

  private get dir(): string {
    return join(this.indexRoot, `g-${this.cp.generation}`);
  }

  private async readCheckpoint(): Promise<Checkpoint | undefined> {
    try {
      const cp = JSON.parse(await readFile(this.checkpointFile, 'utf8')) as Checkpoint;
      return cp.version === 1 && typeof cp.logSize === 'number' && typeof cp.head === 'string' ? cp : undefined;
    } catch {
      return undefined;
    }
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

  private queue(rel: string, line: string): void {
    const list = this.pending.get(rel);
    if (list) list.push(line);
    else this.pending.set(rel, [line]);
    this.pendingChars += line.length + 1;
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

  private async lines(rel: string): Promise<string[]> {
    return (await readFile(join(this.dir, rel), 'utf8').catch(() => '')).split('\n');
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.pendingChars = 0;
    for (const [rel, lines] of batch) {
      const text = `${lines.join('\n')}\n`;
      const path = join(this.dir, rel);
      await writeFile(path, text, { flag: 'a' }).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text, { flag: 'a' });
      });
      this.files[rel] = (this.files[rel] ?? 0) + Buffer.byteLength(text);
    }
  }

  /** Writes out what is queued, then records how far the build got. */
  private async checkpoint(size: number): Promise<void> {
    await this.flush();
    this.cp.files = this.files;
    await mkdir(this.indexRoot, { recursive: true });
    const tmp = `${this.checkpointFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.cp));
    await rename(tmp, this.checkpointFile);
    await this.hooks.onCheckpoint?.({ logSize: this.cp.logSize, size });
  }
}

/** A build lock untouched this long is abandoned (its owner touches it every few seconds while it builds). */
const BUILD_STALE_MS = 60_000;

/**
 * Claims the one build of this snapshot across processes: a release function, or undefined while another
 * live process builds. A lock whose owner died (this host) or that nobody touched for a minute is taken over.
 */
export async function claimBuild(indexRoot: string): Promise<(() => Promise<void>) | undefined> {
  const path = join(indexRoot, 'build.lock');
  await mkdir(indexRoot, { recursive: true });
  const token = JSON.stringify({ pid: process.pid, host: hostname(), token: randomUUID() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, token, { flag: 'wx' });
      const touch = setInterval(() => void utimes(path, new Date(), new Date()).catch(() => undefined), 5_000);
      touch.unref();
      return async () => {
        clearInterval(touch);
        if ((await readFile(path, 'utf8').catch(() => '')) === token) await rm(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!(await abandoned(path))) return undefined;
      await rm(path, { force: true });
    }
  }
  return undefined;
}

async function abandoned(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return true;
  if (Date.now() - info.mtimeMs > BUILD_STALE_MS) return true;
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as { pid?: unknown; host?: unknown };
    if (owner.host !== hostname() || typeof owner.pid !== 'number') return false;
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
