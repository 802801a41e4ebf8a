// The snapshot files one process keeps in memory: a bounded cache, lines queued for writing, and what a
// writer holding the workspace lock may trust without reading again.
import { sep } from 'node:path';
import { BucketFilter } from './bucket-filter.js';
import { BUCKETS } from './snapshot-layout.js';
import { type SearchCache, TailFile } from './tail-file.js';

/** Snapshot files kept in memory at most (a month file of 300 records is about half a megabyte parsed). */
export const MAX_FILES = 128;

/**
 * Records of month files kept in memory at most (about 2 KB each parsed): a count of files alone let a year of busy
 * months (a 100,000-row ledger imported, 8,000 records a month) stay whole in memory, 200 MB. The file asked for
 * last, files with lines waiting and files trusted under the lock stay whatever their size.
 */
export const MAX_MONTH_RECORDS = 20_000;

/**
 * Lookup answers kept in all (searches): a ledger part's ids and keys asked three times (the match, the write's
 * check, the read back) fit; kept past that they were a 100,000-row import's largest holding (35 MB at 75,000 rows).
 */
export const MAX_SEARCH_ANSWERS = 32_768;

const isMonth = (path: string): boolean => path.includes(`${sep}months${sep}`);
/** Entries in a file's state (a month file's records), without reading it. */
const entries = (f: TailFile<unknown>): number => (f.peek() as { size?: number } | undefined)?.size ?? 0;

/** The cache of snapshot files and the lock stretch they are read in; ActivityIndex names the files. */
export class SnapshotFiles {
  protected readonly files = new Map<string, TailFile<unknown>>();
  protected readonly pending = new Map<TailFile<unknown>, unknown[]>();
  /** While a writer holds the lock nobody else appends: a file read once need not be looked at again. */
  protected holding = false;
  protected readonly warm = new Set<TailFile<unknown>>();
  /** Lookups answered ahead for a batch under the lock (prefetch): valid until the stretch ends. */
  protected readonly known = new Map<TailFile<unknown>, Map<string, string | undefined>>();

  /** What lookups found in each ids and keys bucket, kept when the bucket's file is dropped from memory (tail-file.ts). */
  protected readonly searches = new Map<string, SearchCache>();

  /** The membership filter of each ids and keys bucket (bucket-filter.ts), kept when the bucket's file is dropped. */
  protected readonly filters = new Map<string, BucketFilter>();

  /** The record budget of cached month files (MAX_MONTH_RECORDS; tests lower it). */
  monthRecords = MAX_MONTH_RECORDS;

  /**
   * The cached file at `path`, most recently used last. Past MAX_FILES the least recently used are dropped
   * (read again when next needed), except files with lines waiting to be written or trusted under the lock now.
   */
  protected file<S>(path: string, empty: () => S, fold: (s: S, line: unknown) => void, searched?: boolean): TailFile<S> {
    let f = this.files.get(path) as TailFile<S> | undefined;
    if (f) this.files.delete(path);
    else f = new TailFile(path, empty, fold, searched ? this.searchOf(path) : undefined, searched ? this.filterOf(path) : undefined);
    this.files.set(path, f as TailFile<unknown>);
    // While lines wait to be written or files are trusted under the lock, most files cannot be dropped: looking
    // through all of them on every call would cost a pass per lookup (a 2,000-row ledger makes 10,000). They are
    // trimmed when the stretch ends (flush, hold(false)).
    if (this.pending.size === 0 && !this.holding && (this.files.size > MAX_FILES || isMonth(path))) this.trim(path);
    return f;
  }

  /**
   * Drops the least recently used files past MAX_FILES, keeping `keep`, pending files and files trusted now. Id,
   * key and item buckets go first: a batch touches hundreds of them, each small and quick to read again, and
   * would otherwise push out the month every report reads (25,000 records in a busy one).
   */
  protected trim(keep?: string): void {
    for (const monthsToo of [false, true]) {
      for (const [p, old] of this.files) {
        if (this.files.size <= MAX_FILES) break;
        if (p === keep || this.pending.has(old) || (this.holding && this.warm.has(old))) continue;
        if (!monthsToo && isMonth(p)) continue;
        this.files.delete(p);
        this.warm.delete(old);
      }
    }
    // Then month files past the record budget, least recently used first.
    let records = 0;
    for (const [p, f] of this.files) if (isMonth(p)) records += entries(f);
    for (const [p, old] of this.files) {
      if (records <= this.monthRecords) return;
      if (!isMonth(p) || p === keep || this.pending.has(old) || (this.holding && this.warm.has(old))) continue;
      records -= entries(old);
      this.files.delete(p);
      this.warm.delete(old);
    }
  }

  /** Empties the lookups' answers past MAX_SEARCH_ANSWERS, the files asked about first going first. */
  private trimSearches(): void {
    let answers = 0;
    for (const cache of this.searches.values()) answers += cache.answers.size;
    for (const cache of this.searches.values()) {
      if (answers <= this.searchAnswers) return;
      answers -= cache.answers.size;
      cache.answers.clear();
    }
  }

  /** The answers the lookups keep at most (MAX_SEARCH_ANSWERS; tests lower it). */
  searchAnswers = MAX_SEARCH_ANSWERS;

  /** How many lookup answers are kept now (bounded by searchAnswers when a stretch ends, for tests). */
  get cachedSearchAnswers(): number {
    let n = 0;
    for (const cache of this.searches.values()) n += cache.answers.size;
    return n;
  }

  protected searchOf(path: string): SearchCache {
    let cache = this.searches.get(path);
    // Most recently asked about last: trimSearches empties the others first.
    if (cache) {
      this.searches.delete(path);
      this.searches.set(path, cache);
    } else {
      // One per bucket file of a generation (512); a generation's are dropped with it (forget).
      if (this.searches.size >= 4 * BUCKETS) this.searches.clear();
      cache = { size: -1, answers: new Map() };
      this.searches.set(path, cache);
    }
    return cache;
  }

  protected filterOf(path: string): BucketFilter {
    let filter = this.filters.get(path);
    if (!filter) {
      // One per bucket file of a generation (512, a few KB each at 1M records); a generation's go with it (forget).
      if (this.filters.size >= 4 * BUCKETS) this.filters.clear();
      filter = new BucketFilter(path);
      this.filters.set(path, filter);
    }
    return filter;
  }

  /** How many snapshot files are cached now (bounded by MAX_FILES, for tests). */
  get cachedFiles(): number {
    return this.files.size;
  }

  /** How many records the cached month files hold now (bounded by monthRecords, for tests). */
  get cachedMonthRecords(): number {
    let n = 0;
    for (const [p, f] of this.files) if (isMonth(p)) n += entries(f);
    return n;
  }

  /**
   * Marks the start or end of a stretch under the workspace lock. `keepWarm`: nobody wrote since our last
   * stretch (the snapshot's meta is as we left it), so files read then are still whole.
   */
  hold(on: boolean, keepWarm = false): void {
    this.holding = on;
    this.known.clear();
    if (on && !keepWarm) this.warm.clear();
    if (!on) {
      this.trim();
      this.trimSearches();
    }
  }

  protected async load<S>(f: TailFile<S>): Promise<S> {
    if (this.holding && this.warm.has(f as TailFile<unknown>)) return f.peek();
    const state = await f.read();
    if (this.holding) this.warm.add(f as TailFile<unknown>);
    return state;
  }

  protected queue<S>(file: TailFile<S>, line: unknown): void {
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
    const order = (f: TailFile<unknown>) => (isMonth(f.file) ? 0 : f.file.includes(`${sep}ids${sep}`) ? 1 : 2);
    entries.sort((a, b) => order(a[0]) - order(b[0]));
    for (const [file, lines] of entries) await file.append(lines, this.holding && this.warm.has(file));
    if (!this.holding) {
      this.trim();
      this.trimSearches();
    }
  }

  /** Forgets cached files (after a rebuild into a new generation). */
  forget(monthsOnly = false): void {
    if (monthsOnly) {
      for (const [path, f] of this.files) if (isMonth(f.file) && !this.pending.has(f)) this.files.delete(path);
      this.warm.clear();
      return;
    }
    this.files.clear();
    this.pending.clear();
    this.warm.clear();
    this.known.clear();
    this.searches.clear();
    this.filters.clear();
  }
}
