// `export --xlsx` and `activities import --json` as a user runs them: a real process, real files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { cliInProcess, cliProcess } from '../support/cli.js';

it('exports a quarter to .xlsx and imports last year\'s ledger with a row-by-row report', async () => {
  const env = { KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-cli-')) };
  const dir = mkdtempSync(join(tmpdir(), 'kexie-files-'));
  await cliInProcess(env, 'import', SAMPLE_PLAN, '--today', '2026-05-20');
  await cliInProcess(env, 'log', '5月17日 科技活动周开幕式，参加群众800人次', '--today', '2026-05-20');
  const file = join(dir, 'q2.xlsx');
  const exported = await cliProcess(env, 'export', '--from', '2026-04-01', '--to', '2026-06-30', '--xlsx', file, '--json');
  expect(exported.code).toBe(0);
  expect(exported.json).toMatchObject({ file, activities: 1 });
  writeFileSync(join(dir, 'old.csv'), '日期,活动名称,参加人数\n2025-05-18,科技活动周启动仪式,1200\n2025-05-19,科普讲座,很多\n');
  const imported = await cliProcess(env, 'activities', 'import', join(dir, 'old.csv'), '--json');
  expect(imported.code).toBe(0);
  expect(imported.json).toEqual({ added: 1, skipped: 0, refused: [{ row: 3, reason: expect.stringContaining('人数看不懂') }] });
  const again = await cliInProcess(env, 'activities', 'import', file, '--json');
  expect(again.json).toEqual({ added: 0, skipped: 1, refused: [] });
  const bad = await cliInProcess(env, 'export', '--from', '2026-04-01', '--json');
  expect(bad.code).toBe(2);
  expect(bad.json).toMatchObject({ error: { code: 'bad_input' } });
});
