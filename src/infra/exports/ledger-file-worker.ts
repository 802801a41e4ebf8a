// A chat reply's 台账 made in a child process of its own (ledger-file-child.ts), on the capped heap the CLI's export
// runs on, so the bot's own memory holds the reply and nothing of the period's records: in the bot's process (or a
// thread of it) a 100,000-row year took its peak to 335–400 MB, most of it outside the JS heap. One pass over the
// records makes the reply's sums and keeps the rows on disk; the child then waits, for the adapter has the authors'
// display names to give, and writes the workbook from the kept rows when told where. The child opens the workspace's
// store itself (the data folder or the database), as the ledger import's thread does.
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DateRange } from '../../core/dates/civil-date.js';
import { AppError, type ErrorCode } from '../../core/errors.js';
import type { LedgerFiles, LedgerSummary } from '../../core/exports/ledger-stream.js';
import { type Logger, silentLogger } from '../../core/ports.js';
import { IMPORT_HEAP_MB, type StoreLocation } from './ledger-import-worker.js';
import { refusal } from './ledger-worker.js';

/** The longest one step may take, the pass or the file (a 100,000-row year took about a minute on a busy 2-core machine). */
export const LEDGER_FILE_TIMEOUT_MS = 15 * 60_000;
/** How long a pass's kept rows wait for the file to be asked for (the reply posted, the names looked up) before they are let go. */
export const LEDGER_KEEP_MS = 10 * 60_000;

type LedgerInput = { period: DateRange & { label: string }; team?: string; timeZone?: string };
/** What the bot tells the child: the pass to make, then where to write the file (or that none is wanted). */
export type LedgerFileOrder =
  | { type: 'start'; workspace: string; store: StoreLocation; input: LedgerInput; rowsDir: string }
  | { type: 'write'; path: string; names: Array<[string, string]>; folder?: string }
  | { type: 'release' };
/** What the child answers, with its own peak memory and CPU time so far. */
export type LedgerFileAnswer =
  | { type: 'summary'; summary: LedgerSummary; peakMb: number; cpuMs: number }
  | { type: 'written'; peakMb: number; cpuMs: number }
  | { type: 'refused'; code: ErrorCode; userMessage: string }
  | { type: 'failed'; message: string };

export interface LedgerFileOptions {
  store: StoreLocation;
  /** The child's old generation in MB (IMPORT_HEAP_MB, as the CLI's export). */
  heapMb?: number;
  timeoutMs?: number;
  keepMs?: number;
  logger?: Logger;
}

/** The child's young generation: each of its two semi-spaces, in MB. */
const SEMI_SPACE_MB = 16;

/** The child's command line: compiled JavaScript as is, TypeScript (tests, `npm run dev`) through tsx's loader. */
function childCommand(heapMb: number): { entry: string; execArgv: string[] } {
  const here = import.meta.url;
  const source = here.endsWith('.ts');
  const entry = fileURLToPath(new URL(`./ledger-file-child.${source ? 'ts' : 'js'}`, here));
  // The young generation V8's default (16 MB a semi-space): a third of that, as the ledger import's thread has, took
  // 15–20% more CPU in scavenges for 10–15 MB less peak.
  const caps = [`--max-old-space-size=${heapMb}`, `--max-semi-space-size=${SEMI_SPACE_MB}`];
  if (!source) return { entry, execArgv: caps };
  const tsx = pathToFileURL(join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
  return { entry, execArgv: [...caps, '--import', tsx] };
}

/** One child process: a pass, kept rows, a file. */
class Pass {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  /** Where the child keeps its rows (made here, removed here once it has exited, however it ended). */
  readonly rowsDir: string;
  private stderr = '';
  private gone = false;

  constructor(heapMb: number, temp: string) {
    const { entry, execArgv } = childCommand(heapMb);
    this.rowsDir = mkdtempSync(join(temp, 'kexie-ledger-rows-'));
    // Its temporary folder as the bot's was when it started (the rows it keeps go there).
    this.child = fork(entry, [], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: { ...process.env, TMPDIR: temp } });
    this.child.stderr?.setEncoding('utf8');
    this.child.stderr?.on('data', (s: string) => {
      this.stderr = (this.stderr + s).slice(-4000);
    });
    this.exited = new Promise((resolve) => {
      this.child.once('exit', () => {
        this.gone = true;
        rmSync(this.rowsDir, { recursive: true, force: true });
        resolve();
      });
      // Failing to start (or to be signalled): nothing runs; an answer being waited for is failed by ask.
      this.child.on('error', () => {
        if (this.child.pid !== undefined) return;
        this.gone = true;
        rmSync(this.rowsDir, { recursive: true, force: true });
        resolve();
      });
    });
  }

  get alive(): boolean {
    return !this.gone && this.child.connected;
  }

  /** While it waits for its file, the child keeps neither the bot nor a test from exiting. */
  idle(idle: boolean): void {
    const handles = [this.child.channel, this.child.stderr] as Array<{ ref?: () => void; unref?: () => void } | null | undefined>;
    if (idle) {
      this.child.unref();
      for (const h of handles) h?.unref?.();
    } else {
      this.child.ref();
      for (const h of handles) h?.ref?.();
    }
  }

  /** Sends `order` and waits for the child's answer (a refusal or a failure rejects, as an AppError the user reads). */
  ask(order: LedgerFileOrder, heapMb: number, timeoutMs: number): Promise<Extract<LedgerFileAnswer, { type: 'summary' | 'written' }>> {
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        this.child.off('error', onError);
      };
      const onMessage = (answer: LedgerFileAnswer): void => {
        done();
        if (answer.type === 'summary' || answer.type === 'written') resolve(answer);
        else if (answer.type === 'refused') reject(refusal(answer.code, answer.userMessage));
        else reject(new AppError('export_failed', '台账文件没能生成：读写数据时出错。', { cause: new Error(answer.message) }));
      };
      const onExit = (code: number | null, signal: string | null): void => {
        done();
        if (/heap limit|heap out of memory/iu.test(this.stderr)) reject(new AppError('export_failed', `台账文件需要的内存超过上限（${heapMb} MB），请缩短导出的时间段（例如按季度导出）。`));
        else reject(new AppError('export_failed', '台账文件没能生成：生成文件的进程意外退出。', { cause: new Error(`the ledger file process exited (${code ?? signal}) without an answer: ${this.stderr.slice(-800)}`) }));
      };
      const onError = (error: Error): void => {
        done();
        reject(new AppError('export_failed', '台账文件没能生成：生成文件的进程没能启动。', { cause: error }));
      };
      const timer = setTimeout(() => {
        done();
        this.child.kill('SIGKILL');
        reject(new AppError('export_failed', `台账文件超过 ${Math.round(timeoutMs / 60_000)} 分钟仍未写完，已停止。`));
      }, timeoutMs);
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.once('error', onError);
      if (!this.alive) return onExit(this.child.exitCode, this.child.signalCode);
      // A child gone meanwhile is its exit's to answer.
      this.child.send(order, (error) => void (error && this.child.kill()));
    });
  }

  /** Lets the child go (it removes its kept rows and exits; killed if it does not). */
  release(): void {
    if (!this.alive) return;
    this.child.send({ type: 'release' } satisfies LedgerFileOrder, (error) => void (error && this.child.kill()));
  }
}

/**
 * LedgerFiles in child processes, one pass or file at a time (each is a minute of a core at 100,000 rows). A pass's
 * rows wait in its child until the file is asked for, `release`d, or `keepMs` has passed; `close` ends every child.
 */
export function createLedgerFiles(options: LedgerFileOptions): LedgerFiles & { close(): Promise<void> } {
  const heapMb = options.heapMb ?? IMPORT_HEAP_MB;
  const timeoutMs = options.timeoutMs ?? LEDGER_FILE_TIMEOUT_MS;
  const keepMs = options.keepMs ?? LEDGER_KEEP_MS;
  const logger = options.logger ?? silentLogger;
  const temp = tmpdir();
  const children = new Set<Pass>();
  /** Passes whose rows wait for their file, by the id the summary carries. */
  const kept = new Map<string, { pass: Pass; timer: NodeJS.Timeout }>();
  let tail: Promise<unknown> = Promise.resolve();
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = tail.then(work);
    tail = next.catch(() => undefined);
    return next;
  };

  /** A child making the pass of `input` over `workspace`'s records: its sums, its rows kept. */
  const startPass = async (workspace: string, input: LedgerInput): Promise<{ pass: Pass; summary: LedgerSummary }> => {
    const pass = new Pass(heapMb, temp);
    children.add(pass);
    void pass.exited.then(() => children.delete(pass));
    try {
      const answer = await pass.ask({ type: 'start', workspace, store: options.store, input, rowsDir: pass.rowsDir }, heapMb, timeoutMs);
      if (answer.type !== 'summary') throw new Error(`the ledger file process answered ${answer.type} to its pass`);
      logger.info('ledger pass made', { rows: answer.summary.totals.count, peakMb: answer.peakMb, cpuMs: answer.cpuMs });
      return { pass, summary: answer.summary };
    } catch (error) {
      pass.release();
      throw error;
    }
  };
  /** The child keeping the rows of pass `id`, no longer kept (undefined when none, or it has gone). */
  const take = (id: string | undefined): Pass | undefined => {
    const entry = id ? kept.get(id) : undefined;
    if (!entry) return undefined;
    kept.delete(id!);
    clearTimeout(entry.timer);
    entry.pass.idle(false);
    return entry.pass.alive ? entry.pass : undefined;
  };

  return {
    summarize: (workspace, input) =>
      queued(async () => {
        const { pass, summary } = await startPass(workspace, input);
        const id = randomUUID();
        const timer = setTimeout(() => take(id)?.release(), keepMs);
        timer.unref();
        pass.idle(true);
        kept.set(id, { pass, timer });
        return { ...summary, pass: id };
      }),
    write: (workspace, ledger, path, names, folder) =>
      queued(async () => {
        let pass = take(ledger.pass);
        // No rows kept for it (let go of, timed out, another process's reply): a pass of its own first.
        if (!pass) pass = (await startPass(workspace, { period: ledger.period, ...(ledger.team ? { team: ledger.team } : {}), timeZone: ledger.timeZone })).pass;
        try {
          const answer = await pass.ask({ type: 'write', path, names: [...(names ?? [])], ...(folder ? { folder } : {}) }, heapMb, timeoutMs);
          logger.info('ledger file written', { rows: ledger.totals.count, peakMb: answer.peakMb, cpuMs: answer.cpuMs });
        } finally {
          pass.release();
        }
      }),
    release(ledger) {
      take(ledger.pass)?.release();
    },
    async close() {
      for (const id of [...kept.keys()]) take(id);
      // Ended at once, whatever they were doing (their kept rows are removed as each exits).
      for (const pass of children) pass.child.kill();
      await Promise.all([...children].map((p) => p.exited));
    },
  };
}
