import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/core/clock.js';
import { createKexie } from '../../src/core/kexie.js';
import { silentLogger } from '../../src/core/ports.js';
import { createFileStoreFactory, FileStore } from '../../src/infra/store/file-store.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { loadQuestionState } from '../support/question-state.js';

describe('item statuses and user profiles in the folder store', () => {
  it('keeps them per workspace across instances, and refuses a broken file without overwriting it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-status-'));
    const kexie = createKexie({ storeFor: createFileStoreFactory(dir), observances: OBSERVANCES, clock: FixedClock.at('2026-11-23'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
    const ctx = kexie.context({ workspace: 'T1', user: 'U1' });
    await loadQuestionState(kexie, ctx, { activities: [] });
    await kexie.markItem(ctx, '三/1', 'done');
    await kexie.ask(ctx, '我是科普部');

    const again = new FileStore(join(dir, 'T1'));
    expect(await again.listItemStatuses()).toMatchObject([{ path: '三/1', status: 'done', by: 'U1', date: '2026-11-23' }]);
    expect(await again.listUserProfiles()).toMatchObject([{ user: 'U1', department: '科普部' }]);
    expect(await new FileStore(join(dir, 'T2')).listItemStatuses()).toEqual([]);
    expect((await kexie.ask(ctx, '我们部门有什么任务')).answer).toContain('科普部牵头的任务共 4 项');

    writeFileSync(join(dir, 'T1', 'statuses.json'), '{"version":1,"statuses":[{"itemId":1}]}');
    const broken = new FileStore(join(dir, 'T1'));
    await expect(broken.setItemStatus({ itemId: 'x', path: '一/1', title: 't', status: 'done', by: 'U', at: '', date: '2026-01-01' })).rejects.toThrow(/statuses\.json/u);
    expect(readFileSync(join(dir, 'T1', 'statuses.json'), 'utf8')).toContain('"itemId":1');
  });
});
