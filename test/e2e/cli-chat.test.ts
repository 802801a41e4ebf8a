// Consecutive CLI calls are one conversation per --user and workspace: `log` asks and stores nothing,
// `chat 记录` or a fix in words answers, and follow-ups act on the record just made.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { cliInProcess } from '../support/cli.js';

const TODAY = '2026-11-02';

describe('CLI conversation', () => {
  it('log asks (exit 3, nothing stored); chat answers; a later call corrects and steps back', async () => {
    const env = { KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-chat-')), KEXIE_TODAY: TODAY };
    const list = async (): Promise<Activity[]> => ((await cliInProcess(env, 'activities', '--json')).json.activities ?? []) as Activity[];
    await cliInProcess(env, 'import', SAMPLE_PLAN, '--json');
    const asked = await cliInProcess(env, 'log', '11月5日城南社区科普讲座来了80人', '--json', '--user', 'u1');
    expect(asked.code).toBe(3);
    expect((asked.json.ask as { question?: string }).question).toContain('还没到');
    expect(await list()).toHaveLength(0);
    // Another user's answer is not an answer to u1's question.
    expect((await cliInProcess(env, 'chat', '是去年的', '--user', 'u2')).stdout).not.toContain('已记录');
    expect(await list()).toHaveLength(0);
    const stored = await cliInProcess(env, 'chat', '是去年的', '--user', 'u1');
    expect(stored.stdout).toContain('已记录');
    expect((await list()).map((a) => [a.date, a.headcount])).toEqual([['2025-11-05', 80]]);
    expect((await cliInProcess(env, 'chat', '120人', '--user', 'u1')).stdout).toContain('人数 80 → 120');
    expect((await cliInProcess(env, 'chat', '撤销更正', '--user', 'u1', '--json')).json.reply).toMatchObject({ kind: 'activity' });
    expect((await list()).map((a) => a.headcount)).toEqual([80]);
  });

  it('log of a pasted list prints what chat prints: each record and the lines not stored', async () => {
    const env = { KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-chat-')), KEXIE_TODAY: '2026-11-23' };
    await cliInProcess(env, 'import', SAMPLE_PLAN, '--json');
    const logged = await cliInProcess(env, 'log', '本周工作：\n11月16日 城关镇科普讲座，120人\n11月17日 机关学习，老刘休假\n11月18日 实验小学科技节，学生300人，发放资料500份', '--user', 'u1');
    expect(logged.code).toBe(0);
    expect(logged.stdout).toContain('这条消息里有 2 次活动');
    expect(logged.stdout).toMatch(/没有记录这1行[^\n]*\n\s*· 11月17日/u);
  });
});
