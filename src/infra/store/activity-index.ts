// A snapshot of the activity log's current state with the byte offset it covers: one append-only file per
// month, plus id and dedupe-key buckets, so a read costs what it returns and a dedupe check reads two small files.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../core/activities/activity-schema.js';
import { type SearchCache, TailFile } from './tail-file.js';

export interface DamagedLine {
  line: number;
  reason: string;
}

/** What the snapshot covers; replaced atomically after each write. */
export interface IndexMeta {
  version: 1;
  generation: string;
  /** Bytes of the log the snapshot covers. */
  logSize: number;
  /** The log's size when last looked at: beyond logSize only by a torn line a crash left. */
  seenSize?: number;
  /** The log file's inode when last looked at: while it is the same, the log is the one the snapshot covers. */
  logIno?: number;
  /**
   * The log by content, for when the inode changed (a folder copied with cp -r, a backup restored): a hash of
   * its first bytes and of the bytes just before logSize. Both match: the same log, the snapshot is reused.
   */
  logId?: { headBytes: number; head: string; before: string };
  /** Lines of the log seen (damaged ones included), for line numbers. */
  lines: number;
  /** The generation files each activity linked to a plan item under items/, by year and item bucket (older snapshots do not). */
  itemYears?: true;
  damaged: DamagedLine[];
}

type MonthState = Map<string, { o: number; a: Activity }>;
type MonthLine = { o: number; a?: Activity; x?: string };

const BUCKETS = 256;
/** Snapshot files kept in memory at most (a month file of 300 records is about half a megabyte parsed). */
export const MAX_FILES = 128;

/** A range of at most this many months (or years, for item files) names its files rather than listing the folder. */
const NAMED_SPAN = 240;

/** "2025-11".."2026-02" → each month between, both included; undefined for other shapes or a span past NAMED_SPAN. */
export function monthsBetween(from: string, to: string): string[] | undefined {
  if (!/^\d{4}-\d{2}$/.test(from) || !/^\d{4}-\d{2}$/.test(to)) return undefined;
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let next = from; next <= to; next = `${y}-${String(m).padStart(2, '0')}`) {
    if (out.length >= NAMED_SPAN) return undefined;
    out.push(next);
    m++;
    if (m > 12) {
      y++;
      m = 1;
    }
  }
  return out;
}

/** The names of `names` whose file exists in `dir` (as name.jsonl), in order. */
async function existing(dir: string, names: readonly string[]): Promise<string[]> {
  const found = await Promise.all(names.map((n) => stat(join(dir, `${n}.jsonl`)).then(() => true, () => false)));
  return names.filter((_, i) => found[i]);
}

/** The month an activity is filed under. */
export function monthOf(date: string): string {
  return /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : 'undated';
}

/** Every month an activity's days touch (date to dateEnd), first its own; at most three years. */
export function monthsOf(a: Pick<Activity, 'date' | 'dateEnd'>): string[] {
  const first = monthOf(a.date);
  const last = a.dateEnd ? monthOf(a.dateEnd) : first;
  if (first === 'undated' || last === 'undated' || last <= first) return [first];
  const out = [first];
  let [y, m] = first.split('-').map(Number) as [number, number];
  while (out.length < 36) {
    m++;
    if (m > 12) {
      y++;
      m = 1;
    }
    const next = `${y}-${String(m).padStart(2, '0')}`;
    if (next > last) break;
    out.push(next);
  }
  return out;
}

export function bucketOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % BUCKETS).toString(16).padStart(2, '0');
}

const foldMonth = (state: MonthState, raw: unknown): void => {
  const line = raw as MonthLine;
  if (line.a) state.set(line.a.id, { o: line.o, a: line.a });
  else if (line.x) state.delete(line.x);
};
const foldPairs = (state: Map<string, string>, raw: unknown): void => {
  const [k, v] = raw as [string, string];
  state.set(k, v);
};

/**
 * The item-file lines of one change: the record under each year its days touch and its item's bucket
 * ("2026-3f"), and a removal from each file it left. As [file name, line].
 */
export function itemLines(before: Activity | undefined, next: Activity, o: number): Array<[string, { o: number; a?: Activity; x?: string }]> {
  const files = (a: Activity | undefined): string[] => (a?.itemId ? [...new Set(monthsOf(a).map((m) => (m === 'undated' ? m : m.slice(0, 4))))].map((y) => `${y}-${bucketOf(a.itemId!)}`) : []);
  const now = files(next);
  const out: Array<[string, { o: number; a?: Activity; x?: string }]> = now.map((f) => [f, { o, a: next }]);
  for (const f of files(before)) if (!now.includes(f)) out.push([f, { o, x: next.id }]);
  return out;
}

/** The snapshot files of one generation; writers hold the workspace lock. */
export class ActivityIndex {
  private readonly files = new Map<string, TailFile<unknown>>();
  private readonly pending = new Map<TailFile<unknown>, unknown[]>();
  /** While a writer holds the lock nobody else appends: a file read once need not be looked at again. */
  private holding = false;
  private readonly warm = new Set<TailFile<unknown>>();
  /** Lookups answered ahead for a batch under the lock (prefetch): valid until the stretch ends. */
  private readonly known = new Map<TailFile<unknown>, Map<string, string | undefined>>();

  /** What lookups found in each ids and keys bucket, kept when the bucket's file is dropped from memory (tail-file.ts). */
  private readonly searches = new Map<string, SearchCache>();

  constructor(readonly root: string) {}

  static async readMeta(root: string): Promise<IndexMeta | undefined> {
    try {
      const meta = JSON.parse(await readFile(join(root, 'meta.json'), 'utf8')) as IndexMeta;
      return meta.version === 1 && typeof meta.logSize === 'number' ? meta : undefined;
    } catch {
      return undefined;
    }
  }

  static async writeMeta(root: string, meta: IndexMeta): Promise<void> {
    const tmp = join(root, `meta.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    await writeFile(tmp, JSON.stringify(meta)).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(root, { recursive: true });
      await writeFile(tmp, JSON.stringify(meta));
    });
    await rename(tmp, join(root, 'meta.json'));
  }

  /** Removes every generation but `keep`. */
  static async prune(root: string, keep: string): Promise<void> {
    for (const name of await readdir(root).catch(() => [] as string[])) {
      if (name.startsWith('g-') && name !== `g-${keep}`) await rm(join(root, name), { recursive: true, force: true });
    }
  }

  private dir(generation: string): string {
    return join(this.root, `g-${generation}`);
  }

  /**
   * The cached file at `path`, most recently used last. Past MAX_FILES the least recently used are dropped
   * (read again when next needed), except files with lines waiting to be written or trusted under the lock now.
   */
  private file<S>(path: string, empty: () => S, fold: (s: S, line: unknown) => void, searched?: boolean): TailFile<S> {
    let f = this.files.get(path) as TailFile<S> | undefined;
    if (f) this.files.delete(path);
    else f = new TailFile(path, empty, fold, searched ? this.searchOf(path) : undefined);
    this.files.set(path, f as TailFile<unknown>);
    // While lines wait to be written or files are trusted under the lock, most files cannot be dropped: looking
    // through all of them on every call would cost a pass per lookup (a 2,000-row ledger makes 10,000). They are
    // trimmed when the stretch ends (flush, hold(false)).
    if (this.files.size > MAX_FILES && this.pending.size === 0 && !this.holding) this.trim(path);
    return f;
  }

  /**
   * Drops the least recently used files past MAX_FILES, keeping `keep`, pending files and files trusted now. Id,
   * key and item buckets go first: a batch touches hundreds of them, each small and quick to read again, and
   * would otherwise push out the month every report reads (25,000 records in a busy one).
   */
  private trim(keep?: string): void {
    for (const monthsToo of [false, true]) {
      for (const [p, old] of this.files) {
        if (this.files.size <= MAX_FILES) return;
        if (p === keep || this.pending.has(old) || (this.holding && this.warm.has(old))) continue;
        if (!monthsToo && p.includes(`${sep}months${sep}`)) continue;
        this.files.delete(p);
        this.warm.delete(old);
      }
    }
  }

  private searchOf(path: string): SearchCache {
    let cache = this.searches.get(path);
    if (!cache) {
      // One per bucket file of a generation (512); a generation's are dropped with it (forget).
      if (this.searches.size >= 4 * BUCKETS) this.searches.clear();
      cache = { size: -1, answers: new Map() };
      this.searches.set(path, cache);
    }
    return cache;
  }

  /** How many snapshot files are cached now (bounded by MAX_FILES, for tests). */
  get cachedFiles(): number {
    return this.files.size;
  }

  private monthFile(gen: string, month: string) {
    return this.file<MonthState>(join(this.dir(gen), 'months', `${month}.jsonl`), () => new Map(), foldMonth);
  }
  private idsFile(gen: string, id: string) {
    return this.file<Map<string, string>>(join(this.dir(gen), 'ids', `${bucketOf(id)}.jsonl`), () => new Map(), foldPairs, true);
  }
  private itemFile(gen: string, name: string) {
    return this.file<MonthState>(join(this.dir(gen), 'items', `${name}.jsonl`), () => new Map(), foldMonth);
  }
  private keysFile(gen: string, key: string) {
    return this.file<Map<string, string>>(join(this.dir(gen), 'keys', `${bucketOf(key)}.jsonl`), () => new Map(), foldPairs, true);
  }

  /**
   * Marks the start or end of a stretch under the workspace lock. `keepWarm`: nobody wrote since our last
   * stretch (the snapshot's meta is as we left it), so files read then are still whole.
   */
  hold(on: boolean, keepWarm = false): void {
    this.holding = on;
    this.known.clear();
    if (on && !keepWarm) this.warm.clear();
    if (!on && this.files.size > MAX_FILES) this.trim();
  }

  private async load<S>(f: TailFile<S>): Promise<S> {
    if (this.holding && this.warm.has(f as TailFile<unknown>)) return f.peek();
    const state = await f.read();
    if (this.holding) this.warm.add(f as TailFile<unknown>);
    return state;
  }

  /**
   * The months that hold activities, oldest first ('undated' last); with both ends (months, "2026-01"), only
   * those months and 'undated' are looked at: at 1M records the folder holds thousands of months.
   */
  async months(gen: string, from?: string, to?: string): Promise<string[]> {
    const span = from && to ? monthsBetween(from, to) : undefined;
    if (span) return existing(join(this.dir(gen), 'months'), [...span, 'undated']);
    const names = await readdir(join(this.dir(gen), 'months')).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.jsonl')).map((n) => n.slice(0, -6)).sort();
  }

  /** Every activity once (filed under its own first month), a month at a time, keeping nothing read. */
  async *eachMonth(gen: string): AsyncGenerator<Activity[]> {
    for (const m of await this.months(gen)) {
      const state = await new TailFile<MonthState>(join(this.dir(gen), 'months', `${m}.jsonl`), () => new Map(), foldMonth).read();
      yield [...state.values()].map((e) => e.a).filter((a) => monthsOf(a)[0] === m);
    }
  }

  /** How many activities the snapshot holds: distinct ids, one bucket in memory at a time. */
  async count(gen: string): Promise<number> {
    let n = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const name = b.toString(16).padStart(2, '0');
      n += (await new TailFile<Map<string, string>>(join(this.dir(gen), 'ids', `${name}.jsonl`), () => new Map(), foldPairs).read()).size;
    }
    return n;
  }

  async month(gen: string, month: string): Promise<Activity[]> {
    return [...(await this.monthFile(gen, month).read()).values()].map((e) => e.a);
  }

  /** The activities filed under a month as they are held (no copy): read them before the next await. */
  async monthEntries(gen: string, month: string): Promise<Iterable<{ o: number; a: Activity }>> {
    return (await this.monthFile(gen, month).read()).values();
  }

  /**
   * The activities linked to a plan item in the years from..to (every year without them): one bucket file a
   * year, whatever else the history holds; an activity across years once.
   */
  async item(gen: string, itemId: string, from?: string, to?: string): Promise<Activity[]> {
    const bucket = bucketOf(itemId);
    const [first, last] = [Number(from?.slice(0, 4)), Number(to?.slice(0, 4))];
    // Both ends named: those years' files are looked at, not the folder's (a file per year and bucket of the history).
    const years = first >= 1000 && last >= first && last - first < NAMED_SPAN ? Array.from({ length: last - first + 1 }, (_, k) => String(first + k)) : undefined;
    const listed = async () =>
      (await readdir(join(this.dir(gen), 'items')).catch(() => [] as string[]))
        .filter((n) => n.endsWith(`-${bucket}.jsonl`))
        .map((n) => n.slice(0, -6))
        .filter((n) => n.startsWith('undated') || ((!from || n.slice(0, 4) >= from.slice(0, 4)) && (!to || n.slice(0, 4) <= to.slice(0, 4))));
    const names = years ? await existing(join(this.dir(gen), 'items'), [...years, 'undated'].map((y) => `${y}-${bucket}`)) : await listed();
    const out = new Map<string, Activity>();
    for (const name of names) for (const { a } of (await this.itemFile(gen, name).read()).values()) if (a.itemId === itemId) out.set(a.id, a);
    return [...out.values()];
  }

  async find(gen: string, id: string): Promise<{ o: number; a: Activity } | undefined> {
    const month = await this.pair(this.idsFile(gen, id), id);
    return month === undefined ? undefined : (await this.load(this.monthFile(gen, month))).get(id);
  }

  async hasId(gen: string, id: string): Promise<boolean> {
    return (await this.pair(this.idsFile(gen, id), id)) !== undefined;
  }

  async idOfKey(gen: string, key: string): Promise<string | undefined> {
    return this.pair(this.keysFile(gen, key), key);
  }

  /** The ids of many dedupe keys (those stored), each keys bucket read once for all the keys in it. */
  async idsOfKeys(gen: string, keys: readonly string[]): Promise<Map<string, string>> {
    return this.pairsByFile(keys, (key) => this.keysFile(gen, key));
  }

  /** Many activities by id (those stored), each ids bucket read once for all the ids in it. */
  async findMany(gen: string, ids: readonly string[]): Promise<Activity[]> {
    const months = await this.pairsByFile(ids, (id) => this.idsFile(gen, id));
    const out: Activity[] = [];
    for (const id of ids) {
      const month = months.get(id);
      const found = month === undefined ? undefined : (await this.load(this.monthFile(gen, month))).get(id);
      if (found?.a) out.push(found.a);
    }
    return out;
  }

  /**
   * Under the lock, before a batch of writes: looks up every id and dedupe key the batch will ask about, each
   * bucket file read once, so the batch's checks do not read a bucket per event (a 1,000-row ledger: 3,000 reads).
   */
  async prefetch(gen: string, ids: readonly string[], keys: readonly string[]): Promise<void> {
    if (!this.holding) return;
    // Keys first: the ids of the stored ones (a duplicate's record is read next) are looked up with the batch's own.
    const byKey = await this.lookAhead(keys, (key) => this.keysFile(gen, key));
    await this.lookAhead([...ids, ...byKey], (id) => this.idsFile(gen, id));
  }

  /** Looks `keys` up in their files for prefetch, one read a file; returns the values found. */
  private async lookAhead(keys: readonly string[], fileOf: (key: string) => TailFile<Map<string, string>>): Promise<string[]> {
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
  private async pairsByFile(keys: readonly string[], fileOf: (key: string) => TailFile<Map<string, string>>): Promise<Map<string, string>> {
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
  private async pairs(f: TailFile<Map<string, string>>, keys: readonly string[]): Promise<Map<string, string>> {
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
  private async pair(f: TailFile<Map<string, string>>, key: string): Promise<string | undefined> {
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

  /**
   * Applies the log event at byte offset `o` (already validated); appends wait for flush().
   * Idempotent: an event already applied (a crash between log and snapshot) is not applied twice.
   */
  async apply(gen: string, o: number, event: ActivityEvent): Promise<Activity | undefined> {
    const id = event.type === 'create' ? event.activity.id : event.id;
    const current = await this.find(gen, id);
    if (current && current.o >= o) return current.a;
    if (event.type === 'create' && current) return undefined; // an id clash in a log written elsewhere: the first stays
    if (event.type !== 'create' && !current) return undefined;
    const state = new Map<string, Activity>(current ? [[id, current.a]] : []);
    const next = applyActivityEvent(state, event);
    if (!next) return undefined;
    // Filed under each month its days touch; the first is its own (the ids bucket names it).
    const months = monthsOf(next);
    const before = current ? monthsOf(current.a) : [];
    for (const m of months) this.queue(this.monthFile(gen, m), { o, a: next });
    if (before[0] !== months[0]) this.queue(this.idsFile(gen, id), [id, months[0]]);
    for (const m of before) if (!months.includes(m)) this.queue(this.monthFile(gen, m), { o, x: id });
    if (event.type === 'create' && next.dedupeKey) this.queue(this.keysFile(gen, next.dedupeKey), [next.dedupeKey, id]);
    for (const [file, line] of itemLines(current?.a, next, o)) this.queue(this.itemFile(gen, file), line);
    return next;
  }

  private queue<S>(file: TailFile<S>, line: unknown): void {
    file.foldNow(line);
    const list = this.pending.get(file as TailFile<unknown>) ?? [];
    list.push(line);
    this.pending.set(file as TailFile<unknown>, list);
  }

  /** Writes the queued lines: month files first, then ids, then keys, so a reader never finds a key before its record. */
  async flush(gen: string): Promise<void> {
    if (this.pending.size === 0) return;
    const entries = [...this.pending.entries()];
    this.pending.clear();
    const order = (f: TailFile<unknown>) => (f.file.includes(`${sep}months${sep}`) ? 0 : f.file.includes(`${sep}ids${sep}`) ? 1 : 2);
    entries.sort((a, b) => order(a[0]) - order(b[0]));
    for (const [file, lines] of entries) await file.append(lines, this.holding && this.warm.has(file));
    if (!this.holding && this.files.size > MAX_FILES) this.trim();
  }

  /** Forgets cached files (after a rebuild into a new generation). */
  forget(monthsOnly = false): void {
    if (monthsOnly) {
      for (const [path, f] of this.files) if (f.file.includes(`${sep}months${sep}`) && !this.pending.has(f)) this.files.delete(path);
      this.warm.clear();
      return;
    }
    this.files.clear();
    this.pending.clear();
    this.warm.clear();
    this.known.clear();
    this.searches.clear();
  }
}
