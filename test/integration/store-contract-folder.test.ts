// The Store contract against the folder store (two factories on one data folder, as the CLI beside the bot).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('folder', {
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-contract-'));
    return { first: createFileStoreFactory(dir), second: createFileStoreFactory(dir), close: async () => rmSync(dir, { recursive: true, force: true }) };
  },
});
