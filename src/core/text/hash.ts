// Short stable ids from text (FNV-1a), so the same plan item keeps its id across imports.

/** A 7-character base-36 id for a string; the same input always gives the same id. */
export function stableId(input: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let h2 = 0x12345678;
  for (let i = input.length - 1; i >= 0; i--) {
    h2 ^= input.charCodeAt(i);
    h2 = Math.imul(h2, 0x5bd1e995) >>> 0;
  }
  return (h.toString(36) + h2.toString(36)).padStart(8, '0').slice(-8);
}

/** 12 random base-32 characters (60 bits) from the platform's CSPRNG (Web Crypto, a global in Node 20). */
export function randomId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += '0123456789abcdefghijklmnopqrstuv'[b & 31];
  return out;
}
