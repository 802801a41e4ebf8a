// An append-only file of JSON lines read incrementally: only bytes appended since the last read are parsed.
import { appendFile, mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type BucketFilter, sizeOf } from './bucket-filter.js';

/**
 * What lookups by prefix found in one file, at the size it had then: asked again while the file has that size (or
 * grew only by this process's appends, folded in here), they are answered without reading it. A ledger import
 * asks each bucket the same keys three times (the match, the write's check, the read back); at 1M records a
 * bucket is a few hundred KB.
 */
export interface SearchCache {
  size: number;
  answers: Map<string, unknown>;
}

/** Answers kept a file at most (a file's cache is emptied when full). */
const MAX_ANSWERS = 4_096;

/** One buffer the searches read into, reused (a fresh one a search cost more than the search at 1M records). */
let scratch: Buffer | undefined;
/** The largest buffer kept for reuse. */
const MAX_SCRATCH = 8 * 2 ** 20;

/** The prefix a pairs line ([key, value]) is looked up by, or undefined for another shape. */
const prefixOf = (line: unknown): string | undefined => (Array.isArray(line) && typeof line[0] === 'string' ? `[${JSON.stringify(line[0])},` : undefined);

/** Folds the lines of one append-only file into a state, re-reading only the new tail. */
export class TailFile<S> {
  /** Lines parsed by every TailFile of the process: reads fold whole files, lookups parse one line (tests count them). */
  static parsedLines = 0;
  /** Files read by lookups (lastLinesStarting) in the process (tests count them). */
  static searchedFiles = 0;
  private consumed = 0;
  private state: S;
  /** Reads and appends run one at a time, so two never advance `consumed` over the same bytes. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly empty: () => S,
    private readonly fold: (state: S, line: unknown) => void,
    private readonly searched?: SearchCache,
    /** The keys the file holds, as a Bloom filter: a search for keys it has not is answered without reading it. */
    private readonly filter?: BucketFilter,
  ) {
    this.state = empty();
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** The state folded from every complete line now in the file. */
  read(): Promise<S> {
    return this.serial(() => this.readNow());
  }

  private async readNow(): Promise<S> {
    const info = await stat(this.file).catch(() => undefined);
    const size = info?.size ?? 0;
    if (size < this.consumed) this.reset();
    if (size === this.consumed) return this.state;
    const handle = await open(this.file, 'r');
    try {
      const buffer = Buffer.alloc(size - this.consumed);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, this.consumed);
      const end = buffer.subarray(0, bytesRead).lastIndexOf(0x0a) + 1;
      // Lines are written whole and validated when the log was; a torn one (crash) is skipped.
      // A big file is folded a few thousand lines at a time, letting the event loop run between.
      let sinceYield = 0;
      for (const text of buffer.subarray(0, end).toString('utf8').split('\n')) {
        if (++sinceYield === 2_000) {
          sinceYield = 0;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        if (text === '') continue;
        let line: unknown;
        TailFile.parsedLines++;
        try {
          line = JSON.parse(text);
        } catch {
          continue;
        }
        this.fold(this.state, line);
      }
      this.consumed += end;
    } finally {
      await handle.close();
    }
    return this.state;
  }

  /** Appends lines already folded into the state by the caller (who holds the workspace lock). */
  append(lines: readonly unknown[], upToDate = false): Promise<void> {
    return this.serial(() => this.appendNow(lines, upToDate));
  }

  /** `upToDate`: the caller read the whole file while holding the lock, so no one appended since. */
  private async appendNow(lines: readonly unknown[], upToDate: boolean): Promise<void> {
    if (lines.length === 0) return;
    const before = upToDate ? this.consumed : await sizeOf(this.file);
    // A leading newline ends any torn line a crash left, so it cannot swallow this one.
    const text = `\n${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
    await appendFile(this.file, text, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, text, 'utf8');
    });
    this.noteAppended(before, lines, Buffer.byteLength(text));
    await this.filter?.appended(before, Buffer.from(text, 'utf8'));
    if (before === this.consumed) this.consumed += Buffer.byteLength(text);
    else this.reset();
  }

  /** Keeps the search answers current across this process's own append (the newest line of a key wins). */
  private noteAppended(before: number, lines: readonly unknown[], bytes: number): void {
    const cache = this.searched;
    if (!cache || cache.answers.size === 0) return;
    if (cache.size !== before) {
      cache.answers.clear();
      return;
    }
    for (const line of lines) {
      const prefix = prefixOf(line);
      if (prefix === undefined) {
        cache.answers.clear();
        return;
      }
      // A copy (a pairs line is an array of strings: a shallow one is whole).
      if (cache.answers.has(prefix)) cache.answers.set(prefix, Array.isArray(line) && line.every((x) => typeof x === 'string') ? [...line] : (JSON.parse(JSON.stringify(line)) as unknown));
    }
    cache.size = before + bytes;
  }

  /** Whether some of the file has been folded into the state (false: the state holds at most lines folded by foldNow). */
  get loaded(): boolean {
    return this.consumed > 0;
  }

  /**
   * The last complete line of the file that starts with `prefix`, parsed; found in the file's bytes, without
   * parsing or keeping the other lines (a lookup by key in a file nobody needs whole). Not the cached state.
   */
  async lastLineStarting(prefix: string): Promise<unknown> {
    return (await this.lastLinesStarting([prefix]))[0];
  }

  /** For each prefix, what lastLineStarting gives, from one read of the file (a batch's lookups in one bucket). */
  lastLinesStarting(prefixes: readonly string[]): Promise<unknown[]> {
    return this.serial(async () => {
      if (prefixes.length === 0) return [];
      const cache = this.searched;
      if (cache && cache.answers.size > 0 && prefixes.every((p) => cache.answers.has(p))) {
        // Asked before: answered while the file is as it was then (a stat, not a read).
        if ((await sizeOf(this.file)) === cache.size) return prefixes.map((p) => cache.answers.get(p));
      }
      // Keys the file's filter has never seen are not in it: no read (a new record's id and key, most of an import's).
      if (this.filter) {
        const size = await sizeOf(this.file);
        if (!(await this.filter.mayHold(prefixes, size)).some(Boolean)) {
          // Kept as a search's answers are: this process's appends of these keys update them (a write's read back).
          if (cache) {
            if (cache.size !== size || cache.answers.size + prefixes.length > MAX_ANSWERS) cache.answers.clear();
            cache.size = size;
            for (const p of prefixes) cache.answers.set(p, undefined);
          }
          return prefixes.map(() => undefined);
        }
      }
      const handle = await open(this.file, 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (!handle) return prefixes.map(() => undefined);
      TailFile.searchedFiles++;
      try {
        const { size } = await handle.stat();
        // The shared buffer, unless another search holds it (taken here, given back below).
        const shared = scratch !== undefined && scratch.length >= size;
        const buffer = shared ? scratch! : Buffer.allocUnsafe(Math.max(size, 64 * 1024));
        if (shared) scratch = undefined;
        try {
          const { bytesRead } = await handle.read(buffer, 0, size, 0);
          const data = buffer.subarray(0, bytesRead);
          const found = prefixes.map((prefix) => lastLineIn(data, prefix));
          if (cache) {
            if (cache.size !== bytesRead || cache.answers.size + prefixes.length > MAX_ANSWERS) cache.answers.clear();
            cache.size = bytesRead;
            prefixes.forEach((p, i) => cache.answers.set(p, found[i]));
          }
          return found;
        } finally {
          if (buffer.length <= MAX_SCRATCH && (scratch === undefined || buffer.length > scratch.length)) scratch = buffer;
        }
      } finally {
        await handle.close();
      }
    });
  }

  /** The cached state without looking at the file (for a writer holding the lock after one read). */
  peek(): S {
    return this.state;
  }

  /** Folds a line into the cached state before it is appended. */
  foldNow(line: unknown): void {
    this.fold(this.state, line);
  }

  private reset(): void {
    this.consumed = 0;
    this.state = this.empty();
  }
}

/** The last complete line of `data` starting with `prefix`, parsed (a torn last line, as a read skips it, is not). */
function lastLineIn(data: Buffer, prefix: string): unknown {
  const needle = Buffer.from(prefix, 'utf8');
  for (let at = data.lastIndexOf(needle); at >= 0; at = at === 0 ? -1 : data.lastIndexOf(needle, at - 1)) {
    if (at > 0 && data[at - 1] !== 0x0a) continue;
    const end = data.indexOf(0x0a, at);
    if (end < 0) continue;
    TailFile.parsedLines++;
    try {
      return JSON.parse(data.subarray(at, end).toString('utf8')) as unknown;
    } catch {
      continue;
    }
  }
  return undefined;
}
