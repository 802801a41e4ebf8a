// A snapshot build's files on disk: lines queued and appended in batches, each file's size recorded in a
// checkpoint after each batch, so that a restarted build can cut back to it and resume.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Logger } from '../../core/ports.js';
import type { DamagedLine } from './snapshot-layout.js';

/** Characters of snapshot lines held before they are written out and a checkpoint is taken. */
export const FLUSH_CHARS = 4 * 1024 * 1024;

/** Where a build stands; replaced atomically after each batch written. */
export interface Checkpoint {
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
  /** Logs of at least this many bytes are built in a worker thread (build-snapshot.ts; tests set 0 to see it). */
  threadFromBytes?: number;
  /** The build thread's heap cap in MB (build-snapshot.ts SNAPSHOT_HEAP_MB; a test makes it tiny to see a thread run out). */
  threadHeapMb?: number;
  /** Requests that wait for a build of a log this big or bigger are told so at once (build-wait.ts); a small one is quick. */
  noticeFromBytes?: number;
  /** After each checkpoint (tests stop a build here, as a killed process would); a build watched so is not threaded. */
  onCheckpoint?(progress: { logSize: number; size: number }): void | Promise<void>;
  /** Where the build starts (0, or its checkpoint) and how far it got at each checkpoint; crosses to a thread as messages. */
  onProgress?(progress: { logSize: number; size: number }): void;
}

/** The files and checkpoint of one build; SnapshotBuild decides what goes in them. */
export class BuildFiles {
  protected pending = new Map<string, string[]>();
  protected pendingChars = 0;
  protected files: Record<string, number> = {};
  protected cp!: Checkpoint;

  constructor(
    protected readonly file: string,
    protected readonly indexRoot: string,
    protected readonly logger: Logger,
    protected readonly hooks: BuildHooks = {},
  ) {}

  protected get checkpointFile(): string {
    return join(this.indexRoot, 'build.json');
  }

  /** Removes the checkpoint once the snapshot is published. */
  async finish(): Promise<void> {
    await rm(this.checkpointFile, { force: true });
  }

  protected get dir(): string {
    return join(this.indexRoot, `g-${this.cp.generation}`);
  }

  protected async readCheckpoint(): Promise<Checkpoint | undefined> {
    try {
      const cp = JSON.parse(await readFile(this.checkpointFile, 'utf8')) as Checkpoint;
      return cp.version === 1 && typeof cp.logSize === 'number' && typeof cp.head === 'string' ? cp : undefined;
    } catch {
      return undefined;
    }
  }

  protected queue(rel: string, line: string): void {
    const list = this.pending.get(rel);
    if (list) list.push(line);
    else this.pending.set(rel, [line]);
    this.pendingChars += line.length + 1;
  }

  protected async lines(rel: string): Promise<string[]> {
    return (await readFile(join(this.dir, rel), 'utf8').catch(() => '')).split('\n');
  }

  protected async flush(): Promise<void> {
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
  protected async checkpoint(size: number): Promise<void> {
    await this.flush();
    this.cp.files = this.files;
    await mkdir(this.indexRoot, { recursive: true });
    const tmp = `${this.checkpointFile}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(this.cp));
    await rename(tmp, this.checkpointFile);
    this.hooks.onProgress?.({ logSize: this.cp.logSize, size });
    await this.hooks.onCheckpoint?.({ logSize: this.cp.logSize, size });
  }
}
