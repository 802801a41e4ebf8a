// The conversation memory is short and capped: per conversation, in this process or in the workspace folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveConversation, MAX_REMEMBERED_RECORDS, withRecords } from '../../src/core/conversation/conversation.js';
import { createMemoryConversations } from '../../src/core/conversation/memory-conversations.js';
import { createFileConversations } from '../../src/infra/store/conversation-files.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { MemoryStore } from '../support/memory-store.js';

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

  it('follow-ups read the records they remember, never the whole history', async () => {
    class CountingStore extends MemoryStore {
      historyReads = 0;
      override async listActivities(range?: Parameters<MemoryStore['listActivities']>[0]) {
        this.historyReads++;
        return super.listActivities(range);
      }
    }
    const store = new CountingStore();
    const t = kexieForTests('2026-11-23', { storeFor: () => store });
    const ctx = t.kexie.context({ user: 'U1', source: { kind: 'console' } });
    for (let k = 1; k <= 30; k++) await handleMessage(t.kexie, ctx, `11月${(k % 20) + 1}日 第${k}场社区科普讲座，居民${k}人`);
    store.historyReads = 0;
    for (const text of ['刚才那条人数应为85人', '补充：还发放资料200份', '撤销更正', '删掉', '讲座那条人数应为60人']) await handleMessage(t.kexie, ctx, text);
    expect(store.historyReads).toBe(0);
    expect((await store.listActivities()).filter((a) => !a.undone)).toHaveLength(29);
  });
});
