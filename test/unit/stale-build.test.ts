import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFromOlderSource } from '../../src/stale-build.js';

describe('a compiled entry point notices source edited after the build', () => {
  it('compares dist/ with every .ts under src/', () => {
    const root = mkdtempSync(join(tmpdir(), 'kexie-stale-'));
    mkdirSync(join(root, 'dist'));
    mkdirSync(join(root, 'src', 'core'), { recursive: true });
    const entry = join(root, 'dist', 'main-cli.js');
    writeFileSync(entry, '');
    writeFileSync(join(root, 'src', 'core', 'kexie.ts'), '');
    const built = new Date('2026-05-20T08:00:00Z');
    utimesSync(entry, built, built);
    utimesSync(join(root, 'src', 'core', 'kexie.ts'), new Date('2026-05-20T07:00:00Z'), new Date('2026-05-20T07:00:00Z'));
    expect(builtFromOlderSource(entry)).toBe(false);
    utimesSync(join(root, 'src', 'core', 'kexie.ts'), new Date('2026-05-20T09:00:00Z'), new Date('2026-05-20T09:00:00Z'));
    expect(builtFromOlderSource(entry)).toBe(true);
    expect(builtFromOlderSource(join(root, 'src', 'main-cli.ts'))).toBe(false); // running from source: nothing to check
  });
});
