import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cliInProcess, cliProcess } from '../support/cli.js';
import { fixture } from '../support/kexie-for-tests.js';

let env: Record<string, string>;
beforeEach(() => {
  env = { KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-cli-')) };
});

describe('kexie CLI as a process', () => {
  it('prints exactly one JSON object for import, ask and log', async () => {
    const imported = await cliProcess(env, 'import', fixture('plans', 'traditional-outline.txt'), '--today', '2025-08-01', '--json');
    expect(imported.code).toBe(0);
    expect(imported.stdout.trim().split('\n')).toHaveLength(1);
    const plan = imported.json.plan as { title: string; year: number; items: Array<Record<string, unknown>> };
    expect(plan.title).toBe('測試市科學技術協會2025年工作要點');
    for (const key of ['id', 'path', 'title', 'text', 'due', 'targets', 'owners']) expect(plan.items[0]).toHaveProperty(key);

    const asked = await cliProcess(env, 'ask', '这个月有什么要做的', '--today', '2025-09-05', '--json');
    expect(asked.json).toMatchObject({ intent: 'due' });
    expect((asked.json.items as Array<{ path: string }>).map((i) => i.path).sort()).toEqual(['二/1', '二/2']);

    const logged = await cliProcess(env, 'log', '昨天举办科普讲座,参加120人,发放资料300份', '--today', '2026-03-10', '--json');
    expect(logged.json.activity).toMatchObject({ date: '2026-03-09', headcount: 120, metrics: { 份: 300 }, by: expect.any(String) });
  });

  it('stops with a message naming a wrong variable', async () => {
    const r = await cliProcess({ ...env, KEXIE_TZ: 'Nowhere/City' }, 'ask', '本月', '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('KEXIE_TZ');
    expect(r.json).toMatchObject({ error: { code: 'config_invalid' } });
  });
});

describe('kexie CLI commands', () => {
  it('imports every supported format and replaces a plan with a newer version', async () => {
    for (const name of ['deadline-in-table.docx', 'deadline-in-table.pdf', 'deadline-in-table.doc', 'gbk-encoded.txt', 'multi-part.md']) {
      const r = await cliInProcess(env, 'import', fixture('plans', name), '--json');
      expect(r.code, name).toBe(0);
      expect((r.json.plan as { items: unknown[] }).items.length, name).toBeGreaterThan(0);
    }
    const again = await cliInProcess(env, 'import', fixture('plans', 'deadline-in-table.pdf'));
    expect(again.stdout).toContain('这是新版本，已替换旧版');
    const plans = await cliInProcess(env, 'plans', '--json');
    // The .docx, .pdf and .doc hold the same plan (same title and year), so each replaced the last.
    expect((plans.json.plans as Array<{ title: string }>).map((p) => p.title).sort()).toEqual(['某县科协2026年工作计划', '样例区科协2026年重点工作任务分解方案', '示范区科协2026年工作方案']);
  });

  it('leaves the store unchanged when a file cannot be read', async () => {
    await cliInProcess(env, 'import', fixture('plans', 'gbk-encoded.txt'));
    const r = await cliInProcess(env, 'import', fixture('plans', 'broken.docx'), '--json');
    expect(r.code).toBe(1);
    expect(r.json).toMatchObject({ error: { code: 'file_unreadable' } });
    expect(r.stderr).toContain('无法读取这个文件');
    const plans = await cliInProcess(env, 'plans', '--json');
    expect((plans.json.plans as unknown[]).length).toBe(1);
  });

  it('answers in traditional and English, and helps with a question it cannot place', async () => {
    await cliInProcess(env, 'import', fixture('plans', 'traditional-outline.txt'), '--today', '2025-01-02');
    const trad = await cliInProcess(env, 'ask', '關於科技館的任務', '--today', '2025-04-01', '--json');
    expect((trad.json.items as Array<{ path: string }>).map((i) => i.path)).toEqual(['二/2']);
    const en = await cliInProcess(env, 'ask', "what's due next month?", '--today', '2025-04-20', '--json');
    expect((en.json.items as Array<{ path: string }>).map((i) => i.path).sort()).toEqual(['一/1', '二/4']);
    const odd = await cliInProcess(env, 'ask', '？？', '--json');
    expect(odd.code).toBe(0);
    expect(odd.json).toMatchObject({ intent: 'unknown', items: [] });
  });

  it('logs, lists, edits and undoes activities', async () => {
    const logged = await cliInProcess(env, 'log', '5月17日 科普周开幕式,参加群众800人次,发放资料5000份', '--today', '2026-05-20', '--json');
    const id = (logged.json.activity as { id: string }).id;
    const bad = await cliInProcess(env, 'log', '今天开会', '--json');
    expect(bad.code).toBe(1);
    expect(bad.json).toMatchObject({ error: { code: 'bad_input' } });
    const edited = await cliInProcess(env, 'edit', id, '--headcount', '900', '--metrics', '份=4500,场=3', '--json');
    expect(edited.json.activity).toMatchObject({ headcount: 900, metrics: { 份: 4500, 场: 3 } });
    const badMetrics = await cliInProcess(env, 'edit', id, '--metrics', '很多', '--json');
    expect(badMetrics.json).toMatchObject({ error: { code: 'bad_input' } });
    const listed = await cliInProcess(env, 'activities', '--from', '2026-05-01', '--to', '2026-05-31', '--json');
    expect(listed.json.activities).toEqual([expect.objectContaining({ id, headcount: 900, approximate: false, itemId: null, text: expect.stringContaining('科普周') })]);
    const other = await cliInProcess(env, 'undo', id, '--user', 'someone-else', '--json');
    expect(other.json).toMatchObject({ error: { code: 'not_allowed' } });
    await cliInProcess(env, 'undo', id, '--user', (logged.json.activity as { by: string }).by);
    const after = await cliInProcess(env, 'activities', '--json');
    expect(after.json.activities).toEqual([]);
  });

  it('rejects bad options with a clear message', async () => {
    const r = await cliInProcess(env, 'ask', '本月', '--today', '2026-02-30', '--json');
    expect(r.code).toBe(2);
    expect(r.json).toMatchObject({ error: { code: 'bad_date' } });
    const unknown = await cliInProcess(env, 'frobnicate');
    expect(unknown.stderr).toContain('不认识的命令');
  });
});

describe('kexie summary', () => {
  it('drafts offline with --json and writes a Word document with --docx', async () => {
    await cliInProcess(env, 'import', fixture('plans', 'traditional-outline.txt'), '--today', '2025-01-02');
    await cliInProcess(env, 'log', '9月16日 全国科普日主场活动，参加群众1500人次，发放资料3000份，讲座4场', '--today', '2025-09-20');
    await cliInProcess(env, 'log', '9月18日 科普日进校园，参与学生800余人', '--today', '2025-09-20');
    const docx = join(env.KEXIE_DATA_DIR ?? '', 'q3.docx');
    const r = await cliInProcess(env, 'summary', '--quarter', '2025Q3', '--docx', docx, '--json');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ drafter: 'template', check: { ok: true, unsupported: [] } });
    const text = r.json.text as string;
    expect(text).toContain('2025年第三季度工作总结（草稿，请核对）');
    // 人次 and 人 said apart, never added (1500 + 800).
    expect(text).toContain('1500人次');
    expect(text).toContain('800余人');
    expect(text).not.toMatch(/2300|2200/u);
    expect(text).toContain('完成5场次，为年度目标200场次的3%（未写场次的活动按1场计）');
    expect(r.json.rubric).toEqual({ ok: true, problems: [] });
    expect((r.json.facts as Array<{ value: number }>).map((f) => f.value)).toContain(3000);
    const mammoth = await import('mammoth');
    const { value } = await mammoth.default.extractRawText({ path: docx });
    // The draft mark is in the page header, not the title; headings of our own wording in simplified characters.
    expect(value).toContain('2025年第三季度工作总结');
    expect(value).not.toContain('草稿');
    expect(value).toContain('一、主要工作');
    expect(value).toContain('（一）提升全民科学素质');
    const bad = await cliInProcess(env, 'summary', '--quarter', 'Q3', '--json');
    expect(bad.json).toMatchObject({ error: { code: 'bad_input' } });
  });
});
