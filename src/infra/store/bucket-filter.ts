// A Bloom filter of the keys in one ids or keys bucket of the snapshot, kept beside it (ids/3f.jsonl → ids/3f.bloom),
// so a lookup of a key the bucket does not hold reads no bucket file: a ledger import's new ids and keys (2,000
// lookups spread over the 512 buckets) read every bucket of a 1M history, ~60 MB, to find nothing.
// The filter says which bytes of the bucket it covers; a bucket is append-only in its generation, so a filter covering
// exactly the file's size is current (a copied folder's too: sizes, not inodes), one covering less catches up from the
// bucket's tail (after its last 32 bytes are found as they were), and anything else is built again from the bucket.
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';

const MAGIC = 0x3142584b; // "KXB1"
/** magic u32, covered f64, bits u32, count u32, check length u8, check bytes. */
const HEADER = 4 + 8 + 4 + 4 + 1;
/** Bytes of the bucket just before what the filter covers, kept to see the file is the one it was made from. */
const CHECK = 32;
const BITS_PER_KEY = 10;
/** ~1% of absent keys still search the bucket at BITS_PER_KEY bits a key. */
const HASHES = 7;
const MIN_BITS = 1024;

/** A key's two hashes (murmur3's finalizer over FNV-1a with two seeds): independent of the bucket's own FNV-1a. */
function hashes(bytes: Uint8Array, start: number, end: number): [number, number] {
  let a = 0x9747b28c;
  let b = 0x2f1e3d5a;
  for (let i = start; i < end; i++) {
    a = Math.imul(a ^ bytes[i]!, 0x01000193);
    b = Math.imul(b ^ bytes[i]!, 0x5bd1e995);
  }
  const mix = (h: number): number => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  return [mix(a), mix(b) | 1];
}

/**
 * Sets (or, without `set`, tests) the bits of the key in bytes[start, end): double hashing over a power-of-two
 * number of bits. Returns whether every bit was set before.
 */
function touch(bits: Uint8Array, bytes: Uint8Array, start: number, end: number, set: boolean): boolean {
  const [h1, h2] = hashes(bytes, start, end);
  const mask = bits.length * 8 - 1;
  let all = true;
  for (let k = 0; k < HASHES; k++) {
    const bit = (h1 + Math.imul(k, h2)) & mask;
    if ((bits[bit >>> 3]! & (1 << (bit & 7))) === 0) {
      if (!set) return false;
      all = false;
      bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }
  return all;
}

/**
 * Bytes of the bucket a filter may lag behind on disk: a filter is saved once this much has been added since it was
 * last (a write adds a line or two to a bucket: saving a 16 KB filter for each cost more than the lookups saved).
 * The next process reads that tail of the bucket, not the bucket.
 */
const SAVE_EVERY = 8 * 1024;

/** The end of a pairs line's prefix (`["key",`) in `data` from `at`, or -1 for a line of another shape. */
function prefixEnd(data: Uint8Array, at: number, end: number): number {
  if (data[at] !== 0x5b || data[at + 1] !== 0x22) return -1;
  for (let i = at + 2; i < end; i++) {
    if (data[i] === 0x5c) i++;
    else if (data[i] === 0x22) return data[i + 1] === 0x2c ? i + 2 : -1;
  }
  return -1;
}

/** The membership filter of one bucket file, in memory and on disk. */
export class BucketFilter {
  /** Buckets read whole to build a filter, and tails read to bring one up to date (tests count them). */
  static builds = 0;
  static catchUps = 0;
  private bits: Uint8Array | undefined;
  private count = 0;
  /** Bytes of the bucket the bits hold the keys of (complete lines). */
  private covered = 0;
  private check: Uint8Array = new Uint8Array(0);
  private opened = false;
  /** Bytes covered since the filter was saved (or read). */
  private unsaved = 0;

  constructor(readonly bucket: string) {}

  get path(): string {
    return this.bucket.replace(/\.jsonl$/u, '.bloom');
  }

  /**
   * For each prefix (`["key",` as the bucket's lines begin), whether the bucket may hold it: false is certain. The
   * filter is made current with the bucket first; `size` is the bucket's size now (0: no bucket, nothing held).
   */
  async mayHold(prefixes: readonly string[], size: number): Promise<boolean[]> {
    if (size === 0) return prefixes.map(() => false);
    await this.current(size);
    const bits = this.bits;
    if (!bits) return prefixes.map(() => true);
    return prefixes.map((p) => {
      const bytes = Buffer.from(p, 'utf8');
      return touch(bits, bytes, 0, bytes.length, false);
    });
  }

  /**
   * Lines this process appended at `before` (the text as written, leading newline included): added when the filter
   * covered the file up to there (saved every SAVE_EVERY bytes); otherwise the next lookup catches up from the file.
   */
  async appended(before: number, text: Buffer): Promise<void> {
    if (!this.bits || this.covered !== before) return;
    this.add(Buffer.concat([this.check, text]), this.check.length);
    if (this.count > this.capacity) this.bits = undefined;
    else if (this.unsaved >= SAVE_EVERY) await this.save();
  }

  private get capacity(): number {
    return this.bits ? (this.bits.length * 8) / BITS_PER_KEY : 0;
  }

  private async current(size: number): Promise<void> {
    if (!this.opened) {
      this.opened = true;
      await this.load();
    }
    if (this.bits && this.covered === size) return;
    if (this.bits && this.covered < size && (await this.catchUp(size))) return;
    await this.build(size);
  }

  /**
   * Adds the keys of the complete lines of `data` from `from`, where the filter's coverage ends (the bytes before
   * `from` are the bucket's just before it); returns the bytes covered now that were not.
   */
  private add(data: Uint8Array, from: number): number {
    const bits = this.bits!;
    let done = from;
    for (let at = from, nl = data.indexOf(0x0a, at); nl >= 0; at = nl + 1, nl = data.indexOf(0x0a, at)) {
      const end = prefixEnd(data, at, nl);
      if (end > 0) {
        touch(bits, data, at, end, true);
        this.count++;
      }
      done = nl + 1;
    }
    this.covered += done - from;
    this.unsaved += done - from;
    this.check = Uint8Array.from(data.subarray(Math.max(0, done - CHECK), done));
    return done - from;
  }

  private async build(size: number): Promise<void> {
    BucketFilter.builds++;
    const data = await readPart(this.bucket, 0, size);
    if (!data) {
      this.bits = undefined;
      return;
    }
    let lines = 0;
    for (let at = data.indexOf(0x0a); at >= 0; at = data.indexOf(0x0a, at + 1)) lines++;
    // Room for twice the keys now (rebuilt when past it): a doubling, so building again costs little over time.
    let bits = MIN_BITS;
    while (bits < lines * 2 * BITS_PER_KEY) bits *= 2;
    this.bits = new Uint8Array(bits / 8);
    this.count = 0;
    this.covered = 0;
    this.check = new Uint8Array(0);
    this.add(data, 0);
    await this.save();
  }

  /** Reads the bucket past what the filter covers; false when the bytes before it are not as they were. */
  private async catchUp(size: number): Promise<boolean> {
    BucketFilter.catchUps++;
    const from = this.covered - this.check.length;
    const data = await readPart(this.bucket, from, size - from);
    if (!data || Buffer.compare(data.subarray(0, this.check.length), this.check) !== 0) return false;
    if (this.add(data, this.check.length) === 0) return true;
    if (this.count > this.capacity) return false;
    if (this.unsaved >= SAVE_EVERY) await this.save();
    return true;
  }

  private async load(): Promise<void> {
    const data = await readFile(this.path).catch(() => undefined);
    if (!data || data.length < HEADER || data.readUInt32LE(0) !== MAGIC) return;
    const covered = data.readDoubleLE(4);
    const bytes = data.readUInt32LE(12);
    const count = data.readUInt32LE(16);
    const checkLength = data.readUInt8(20);
    if (checkLength > CHECK || data.length !== HEADER + checkLength + bytes || bytes * 8 < MIN_BITS || !Number.isInteger(covered) || covered < 0) return;
    this.covered = covered;
    this.count = count;
    this.check = Uint8Array.from(data.subarray(HEADER, HEADER + checkLength));
    // A view of the bytes read, not a copy (16 KB a bucket at 1M records, 512 of them read by a ledger import).
    this.bits = data.subarray(HEADER + checkLength);
    this.unsaved = 0;
  }

  /** Written whole under a name of its own and renamed over the old: a reader finds the old filter or the new. */
  private async save(): Promise<void> {
    const bits = this.bits;
    if (!bits) return;
    const head = Buffer.alloc(HEADER);
    head.writeUInt32LE(MAGIC, 0);
    head.writeDoubleLE(this.covered, 4);
    head.writeUInt32LE(bits.length, 12);
    head.writeUInt32LE(this.count, 16);
    head.writeUInt8(this.check.length, 20);
    const tmp = `${this.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    this.unsaved = 0;
    // Best effort: a filter not saved (a full disk, a read-only copy) is made again by the next process.
    try {
      await writeFile(tmp, Buffer.concat([head, this.check, bits]));
      await rename(tmp, this.path);
    } catch {
      await unlink(tmp).catch(() => undefined);
    }
  }
}

/** `length` bytes of a file from `position`, or undefined when it cannot be read. */
async function readPart(file: string, position: number, length: number): Promise<Buffer | undefined> {
  const handle = await open(file, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/** The bucket's size now (0 when there is none). */
export async function sizeOf(file: string): Promise<number> {
  return (await stat(file).catch(() => undefined))?.size ?? 0;
}
