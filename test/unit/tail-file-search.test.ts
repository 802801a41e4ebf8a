// A lookup asked again of a bucket file that has not changed is answered without reading it; this process's own
// appends keep the answers current, and another writer's append makes the next lookup read the file again.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { type SearchCache, TailFile } from '../../src/infra/store/tail-file.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pairs = (file: string, cache?: SearchCache) =>
  new TailFile<Map<string, string>>(file, () => new Map(), (s, l) => void s.set(...(l as [string, string])), cache);

it('answers a repeated lookup from what it found while the file is unchanged, and reads again after another writer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-search-'));
  dirs.push(dir);
  const file = join(dir, 'ab.jsonl');
  appendFileSync(file, '["k1","a"]\n["k2","b"]\n["k1","c"]\n');
  const cache: SearchCache = { size: -1, answers: new Map() };
  const mine = pairs(file, cache);
  const before = TailFile.searchedFiles;
  expect(await mine.lastLinesStarting(['["k1",', '["k9",'])).toEqual([['k1', 'c'], undefined]);
  expect(await mine.lastLinesStarting(['["k9",', '["k1",'])).toEqual([undefined, ['k1', 'c']]);
  expect(TailFile.searchedFiles - before).toBe(1);

  // Our own append: the answers follow it, no read.
  await mine.append([['k9', 'z']]);
  expect(await mine.lastLinesStarting(['["k9",'])).toEqual([['k9', 'z']]);
  expect(TailFile.searchedFiles - before).toBe(1);
  // The same cache in a new instance (the file dropped from memory and opened again) still answers.
  expect(await pairs(file, cache).lastLineStarting('["k1",')).toEqual(['k1', 'c']);
  expect(TailFile.searchedFiles - before).toBe(1);

  // Another process appends: the size differs, so the file is read again and the newer line found.
  appendFileSync(file, '["k1","d"]\n');
  expect(await mine.lastLineStarting('["k1",')).toEqual(['k1', 'd']);
  expect(TailFile.searchedFiles - before).toBe(2);
  // A key not asked before is searched in the file.
  expect(await mine.lastLineStarting('["k2",')).toEqual(['k2', 'b']);
  expect(TailFile.searchedFiles - before).toBe(3);
});

it('names the months of a bounded range (across a year end), and gives up past 240 of them', async () => {
  const { monthsBetween } = await import('../../src/infra/store/snapshot-layout.js');
  expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
  expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  expect(monthsBetween('1990-01', '2026-12')).toBeUndefined();
  expect(monthsBetween('undated', '2026-12')).toBeUndefined();
});
