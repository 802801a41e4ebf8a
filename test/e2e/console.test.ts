import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/adapters/console/run-console.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { kexieForTests, ROOT } from '../support/kexie-for-tests.js';

async function chat(lines: string[], today = '2026-05-20') {
  const t = kexieForTests(today);
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const done = runConsole(t.kexie, { input, output, interactive: false, samplePlan: SAMPLE_PLAN });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return { text, t };
}

describe('console chat', () => {
  it('loads the sample plan on first start and answers, logs, corrects and undoes', async () => {
    const { text, t } = await chat([
      '这个月有什么要做的',
      '5月17日 科技活动周开幕式,参加群众800人次,发放资料5000份',
      '记录 5月18日 科技周科普讲座 讲座2场 参加120人',
      '科技活动周的目标完成多少了',
      '撤销',
      '帮助',
    ]);
    expect(text).toContain('首次启动，已载入自带的示例计划');
    expect(text).toContain('本月（2026年5月）要做的任务共');
    expect(text).toContain('二/（一）/1 组织全国科技活动周活动');
    expect(text).toContain('对应计划：二/（一）/1 组织全国科技活动周活动');
    expect(text).toContain('已开展3场次，目标20场次（3/20，15%）');
    // 人 and 人次 are never added: the 120人 of the talk are not counted toward a 人次 target.
    expect(text).toContain('已完成800人次，目标5000人次（800/5000');
    expect(text).toContain('已撤销活动记录');
    expect(text).toContain('我可以回答');
    const left = await t.kexie.activities(t.kexie.context({}));
    expect(left.map((a) => a.title)).toEqual(['科技活动周开幕式']);
  });

  it('replies to nonsense and broken imports in Chinese and keeps going', async () => {
    const { text } = await chat(['导入 /no/such/file.docx', 'asdf', '下个月']);
    expect(text).toContain('找不到或打不开文件');
    expect(text).toContain('没看懂这句话');
    expect(text).toContain('下个月（2026年6月）要做的任务共');
  });
});

describe('npm start without Slack credentials', () => {
  it('opens the console chat on the sample plan and reads lines from a pipe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-start-'));
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KEXIE_DATA_DIR: dir, KEXIE_TODAY: '2026-09-10' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stdin.end('这个月有什么要做的\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('示例计划');
    expect(out).toContain('组织全国科普日活动');
  });
});

describe('console summary', () => {
  it('drafts "总结 本季度" offline and says it is a draft', async () => {
    const { text } = await chat(['5月17日 科技活动周开幕式，参加群众800人次，发放资料5000份', '总结 本季度']);
    expect(text).toContain('2026年第二季度工作总结（草稿，请核对）');
    expect(text).toContain('参加群众800人次');
  });
});
