// An append-only file of JSON lines read incrementally: only bytes appended since the last read are parsed.
import { appendFile, mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

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
    const before = upToDate ? this.consumed : ((await stat(this.file).catch(() => undefined))?.size ?? 0);
    // A leading newline ends any torn line a crash left, so it cannot swallow this one.
    const text = `\n${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
    await appendFile(this.file, text, 'utf8').catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, text, 'utf8');
    });
    if (before === this.consumed) this.consumed += Buffer.byteLength(text);
    else this.reset();
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
      const handle = await open(this.file, 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (!handle) return prefixes.map(() => undefined);
      TailFile.searchedFiles++;
      try {
        const { size } = await handle.stat();
        const buffer = Buffer.alloc(size);
        const { bytesRead } = await handle.read(buffer, 0, size, 0);
        const data = buffer.subarray(0, bytesRead);
        return prefixes.map((prefix) => lastLineIn(data, prefix));
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
