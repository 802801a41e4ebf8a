// Issue 20, the burst after a restart: what an answer costs the acks of the requests that came with it.
import { expect, it } from 'vitest';
import { escapeMrkdwn, textChunks } from '../../src/adapters/slack/blocks/limits.js';

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
