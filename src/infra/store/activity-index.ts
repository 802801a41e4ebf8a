// A snapshot of the activity log's current state with the byte offset it covers: one append-only file per
// month, plus id and dedupe-key buckets, so a read costs what it returns and a dedupe check reads two small files.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Activity, type ActivityEvent, applyActivityEvent } from '../../core/activities/activity-schema.js';
import { PairLookups } from './pair-lookups.js';
import { BUCKETS, bucketOf, existing, foldMonth, foldPairs, type IndexMeta, itemLines, type MonthState, monthsBetween, monthsOf, NAMED_SPAN } from './snapshot-layout.js';
import { TailFile } from './tail-file.js';

/** The snapshot files of one generation; writers hold the workspace lock. */
export class ActivityIndex extends PairLookups {
  constructor(readonly root: string) {
    super();
  }

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
}
