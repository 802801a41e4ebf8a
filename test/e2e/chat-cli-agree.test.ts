// The same text sent to the console chat and to the CLI's `log` gives the same record, or stores nothing in both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { runConsole } from '../../src/adapters/console/run-console.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { cliInProcess } from '../support/cli.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const TODAY = '2026-11-23';
const TEXTS = [
  '上周四石桥镇科普讲座，来了三十来人，发放资料两千余份',
  '10月份共开展科普讲座15场次，受众1500余人次',
  '两场：上午城南社区讲座200人；下午白马乡讲座150人',
  '建言献策信息已报送3条',
  'yesterday a flood safety talk in Sanhe, about 120 people',
  '下周三去实验小学搞科普，预计80人',
  '2月30日 讲座 50人',
  '昨天讲座，发放资料-30份',
];

const shape = (a: Activity) => ({ date: a.date, dateEnd: a.dateEnd, title: a.title, headcount: a.headcount, approximate: a.approximate, metrics: a.metrics, headcountUnit: a.headcountUnit, flags: a.flags });

async function viaConsole(text: string) {
  const t = kexieForTests(TODAY);
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const done = runConsole(t.kexie, { input, output, interactive: false, samplePlan: SAMPLE_PLAN });
  input.end(`${text}\n`);
  await done;
  const records = (await t.kexie.activities(t.kexie.context({}))).map(shape);
  return { out, records };
}

async function viaCli(text: string) {
  const env = { KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-agree-')), KEXIE_TODAY: TODAY };
  await cliInProcess(env, 'import', SAMPLE_PLAN, '--json');
  const run = await cliInProcess(env, 'log', text, '--json');
  const list = await cliInProcess(env, 'activities', '--json');
  return { run, records: ((list.json.activities ?? []) as Activity[]).map(shape) };
}

describe('chat and CLI agree', () => {
  it.each(TEXTS)('%s', async (text) => {
    const [chat, cli] = await Promise.all([viaConsole(text), viaCli(text)]);
    expect(cli.records).toEqual(chat.records);
    if (chat.records.length === 0) {
      expect(cli.run.code).not.toBe(0);
      const message = (cli.run.json.error as { message?: string } | undefined)?.message ?? '';
      expect(message.length).toBeGreaterThan(0);
      expect(chat.out).toContain(message.split(/[，。]/u)[0] ?? message);
    }
  });
});
