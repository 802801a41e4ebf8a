// The conversation memory is short and capped: per conversation, in this process or in the workspace folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveConversation, MAX_REMEMBERED_RECORDS, withRecords } from '../../src/core/conversation/conversation.js';
import { createMemoryConversations } from '../../src/core/conversation/memory-conversations.js';
import { createFileConversations } from '../../src/infra/store/conversation-files.js';

const NOW = '2026-11-23T02:00:00.000Z';

describe('conversation memory', () => {
  it('keeps at most the latest records, and forgets an idle conversation', () => {
    let c = liveConversation(undefined, NOW);
    for (let k = 0; k < 50; k++) c = withRecords(c, [`a${k}`], NOW);
    expect(c.records).toHaveLength(MAX_REMEMBERED_RECORDS);
    expect(c.records.at(-1)).toBe('a49');
    expect(liveConversation(c, '2026-11-24T12:00:00.000Z').records).toEqual([]);
  });

  it('in this process: least recently used conversations go first', async () => {
    const m = createMemoryConversations(2);
    await m.write('w', 'a', { n: 1 });
    await m.write('w', 'b', { n: 2 });
    await m.read('w', 'a');
    await m.write('w', 'c', { n: 3 });
    expect(await m.read('w', 'b')).toBeUndefined();
    expect(await m.read('w', 'a')).toEqual({ n: 1 });
  });

  it('in the workspace folder: a second process (a second CLI call) reads what the first wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-conv-'));
    await createFileConversations(dir).write('local', 'cli|u1', { records: ['a1'] });
    expect(await createFileConversations(dir).read('local', 'cli|u1')).toEqual({ records: ['a1'] });
    expect(await createFileConversations(dir).read('local', 'cli|u2')).toBeUndefined();
    await createFileConversations(dir).write('local', 'cli|u1', undefined);
    expect(await createFileConversations(dir).read('local', 'cli|u1')).toBeUndefined();
  });
});
