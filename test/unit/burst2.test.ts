// Issue 20, the burst after a restart: what an answer costs the acks of the requests that came with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { escapeMrkdwn, textChunks } from '../../src/adapters/slack/blocks/limits.js';
import { createFileConversations } from '../../src/infra/store/conversation-files.js';
import { PostRecords } from '../../src/infra/store/post-records.js';

/** The split as it was, character by character: the reference the faster one must equal. */
function referenceChunks(text: string, max: number): string[] {
  const split = (line: string): string[] => {
    const pieces: string[] = [];
    let piece = '';
    let size = 0;
    for (const ch of line) {
      const cost = escapeMrkdwn(ch).length;
      if (size + cost > max && piece) {
        pieces.push(piece);
        piece = '';
        size = 0;
      }
      piece += ch;
      size += cost;
    }
    if (piece || pieces.length === 0) pieces.push(piece);
    return pieces;
  };
  const chunks: string[] = [];
  let chunk = '';
  for (const raw of text.split('\n')) {
    for (const piece of split(raw).map(escapeMrkdwn)) {
      const joined = chunk ? `${chunk}\n${piece}` : piece;
      if (joined.length > max && chunk) {
        chunks.push(chunk);
        chunk = piece;
      } else chunk = joined;
    }
  }
  if (chunk.trim()) chunks.push(chunk);
  return chunks;
}

it('splits text into the same escaped chunks as character by character, with escapes and characters beyond 16 bits', () => {
  const parts = ['科普讲座', '<&>', '𠀋𠮷', 'a', '\n', '参加60人 & 发放资料', '\n\n', 'x'.repeat(37)];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let round = 0; round < 200; round++) {
    let text = '';
    for (let i = next() % 400; i > 0; i--) text += parts[next() % parts.length];
    for (const max of [1, 2, 4, 5, 9, 50, 2900]) expect(textChunks(text, max)).toEqual(referenceChunks(text, max));
  }
});

it('writes a conversation twice at once without losing either write (same millisecond, same process)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-burst2-'));
  try {
    const memory = createFileConversations(dir);
    // A user's requests of one burst answered together: both remember the same conversation.
    const states = Array.from({ length: 8 }, (_, i) => ({ turn: i }));
    await Promise.all(states.map((state) => memory.write('T1', 'C1:U1', state)));
    expect(states).toContainEqual(await memory.read('T1', 'C1:U1'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('saves a post record twice at once (same millisecond, same process)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-burst2-'));
  try {
    const posts = new PostRecords(dir);
    const record = (n: number) => ({ key: 'reminder:2026-06-20:1', status: 'sent' as const, at: `2026-06-20T0${n}:00:00.000Z` });
    await Promise.all([1, 2, 3, 4].map((n) => posts.save(record(n))));
    expect(await posts.get('reminder:2026-06-20:1')).toBeDefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
