// A compact set of ids with a small number each (the month an activity is filed under), for building a
// snapshot of a million records in a few tens of MB: 64 bits of hash per id instead of the string.

function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return [a, b === 0 && a === 0 ? 1 : b];
}

/** Open addressing over typed arrays; two ids sharing 64 bits of hash are taken as one (callers check a hit). */
export class IdTable {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private val = new Uint16Array(1 << 16);
  private used = 0;

  get size(): number {
    return this.used;
  }

  private slot(a: number, b: number): number {
    const mask = this.hi.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.val[i] !== 0 && !(this.hi[i] === a && this.lo[i] === b)) i = (i + 1) & mask;
    return i;
  }

  /** The number stored for `id`, or undefined. */
  get(id: string): number | undefined {
    const [a, b] = hashes(id);
    const v = this.val[this.slot(a, b)]!;
    return v === 0 ? undefined : v - 1;
  }

  /** Stores a number below 65535 for `id`. */
  set(id: string, value: number): void {
    if ((this.used + 1) * 2 > this.hi.length) this.grow();
    const [a, b] = hashes(id);
    const i = this.slot(a, b);
    if (this.val[i] === 0) this.used++;
    this.hi[i] = a;
    this.lo[i] = b;
    this.val[i] = value + 1;
  }

  private grow(): void {
    const [hi, lo, val] = [this.hi, this.lo, this.val];
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.val = new Uint16Array(hi.length * 2);
    for (let j = 0; j < hi.length; j++) {
      if (val[j] === 0) continue;
      const i = this.slot(hi[j]!, lo[j]!);
      this.hi[i] = hi[j]!;
      this.lo[i] = lo[j]!;
      this.val[i] = val[j]!;
    }
  }
}
