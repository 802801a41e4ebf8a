import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileStoreFactory, FileStore } from '../../src/infra/store/file-store.js';
import { PostRecords } from '../../src/infra/store/post-records.js';
import { MemoryStore } from '../support/memory-store.js';
import { scheduleStoreContract } from '../support/schedule-store-contract.js';

// Workspaces of one data folder, so the factory's listing can be checked too.
const dataDir = mkdtempSync(join(tmpdir(), 'kexie-sched-store-'));
let n = 0;
scheduleStoreContract('folder store', () => createFileStoreFactory(dataDir)(`W${++n}`), (first) => new FileStore((first as FileStore).dir), {
  nameOf: (store) => basename((store as FileStore).dir),
  scheduledWorkspaces: () => createFileStoreFactory(dataDir).scheduledWorkspaces(),
});
scheduleStoreContract('memory store', () => new MemoryStore());

describe('post records on disk', () => {
  it('reads a claim torn by a crash as "sending" from the file time, so the lease still applies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-posts-'));
    const records = new PostRecords(dir);
    expect(await records.claim({ key: 'k1', status: 'sending', at: '2026-10-08T01:00:00.000Z' })).toBe(true);
    const file = join(dir, (await import('node:fs')).readdirSync(dir)[0] ?? '');
    writeFileSync(file, '{"key":"k1","sta');
    const torn = await records.get('k1');
    expect(torn?.status).toBe('sending');
    expect(Number.isNaN(Date.parse(torn?.at ?? ''))).toBe(false);
  });
});
