import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../src/infra/store/file-store.js';
import { PostRecords } from '../../src/infra/store/post-records.js';
import { MemoryStore } from '../support/memory-store.js';
import { scheduleStoreContract } from '../support/schedule-store-contract.js';

scheduleStoreContract('folder store', () => new FileStore(mkdtempSync(join(tmpdir(), 'kexie-sched-store-'))), (first) => new FileStore((first as FileStore).dir));
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
