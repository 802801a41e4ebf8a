import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPrompts } from '../../src/infra/prompts.js';
import { createOpenAIModel } from '../../src/infra/model/openai-model.js';
import { createFakeOpenAI, type FakeOpenAI, type Scripted } from '../support/fake-openai.js';
import { ROOT } from '../support/kexie-for-tests.js';
import { quarterOfActivity } from '../support/quarter-of-activity.js';

const Q2 = { start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' };
let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** The core with the real `openai` client pointed at the local fake, and a quarter logged. */
async function setup(script: Scripted[], options: { stream?: boolean; timeoutMs?: number } = {}) {
  fake = await createFakeOpenAI(script);
  const model = createOpenAIModel({ apiKey: 'sk-test-key-not-real', baseURL: fake.url, model: 'fake-model', timeoutMs: options.timeoutMs ?? 5_000, maxRetries: 1, stream: options.stream });
  const q = await quarterOfActivity(30, { model, prompts: loadPrompts(join(ROOT, 'prompts')), modelTimeoutMs: options.timeoutMs ?? 5_000 });
  return { ...q, fake };
}

/** A faithful draft built from the facts the server was sent. */
function faithful(userPrompt: string): string {
  const data = JSON.parse(userPrompt.slice(userPrompt.indexOf('{'))) as { totals: { activityCount: number; people: Record<string, number> } };
  return `一、加强科普宣传\n本季度，围绕年度工作要点，共开展相关活动${data.totals.activityCount}项，参与群众${data.totals.people['人次']}人次，各项工作扎实推进。`;
}

describe('summary drafting with a model server', () => {
  it('uses a plain answer whose numbers all check, and sends the facts as data', async () => {
    const probe = await setup([{ kind: 'text', content: '占位' }]);
    const first = await probe.kexie.summary(probe.ctx, Q2);
    expect(first.drafter).toBe('template');
    const prompt = probe.fake.requests[0]?.messages[1]?.content ?? '';
    expect(prompt).toContain('"activityCount":30');
    probe.fake.script = [{ kind: 'text', content: faithful(prompt) }];
    const draft = await probe.kexie.summary(probe.ctx, Q2);
    expect(draft).toMatchObject({ drafter: 'llm', check: { ok: true, unsupported: [] } });
    expect(draft.text).toContain('2026年第二季度工作总结（草稿，请核对）');
    expect(draft.text).toContain('共开展相关活动30项');
    expect(probe.fake.requests[1]?.messages[0]?.content).toContain('只能使用数据中给出的数字');
    expect(draft.promptTokens).toBeLessThan(4000);
  });

  it('reads a streamed answer', async () => {
    const s = await setup([{ kind: 'text', content: '占位' }], { stream: true });
    await s.kexie.summary(s.ctx, Q2);
    const prompt = s.fake.requests[0]?.messages[1]?.content ?? '';
    s.fake.script = [{ kind: 'stream', content: faithful(prompt) }];
    const draft = await s.kexie.summary(s.ctx, Q2);
    expect(s.fake.requests[1]?.stream).toBe(true);
    expect(draft.drafter).toBe('llm');
    expect(draft.text).toContain('共开展相关活动30项');
  });

  it('sends a draft with an invented number back once, naming it, and uses the corrected one', async () => {
    const s = await setup([{ kind: 'text', content: '占位' }]);
    await s.kexie.summary(s.ctx, Q2);
    const good = faithful(s.fake.requests[0]?.messages[1]?.content ?? '');
    s.fake.script = [{ kind: 'text', content: `${good}另外服务群众98765人次。` }, { kind: 'text', content: good }];
    const draft = await s.kexie.summary(s.ctx, Q2);
    expect(draft.drafter).toBe('llm');
    expect(s.fake.requests).toHaveLength(3);
    const retry = s.fake.requests[2]?.messages ?? [];
    expect(retry.at(-1)?.content).toContain('98765人次');
    expect(retry.at(-2)?.role).toBe('assistant');
  });

  it('falls back to the offline draft when the model invents numbers twice', async () => {
    const s = await setup([{ kind: 'text', content: '一、科普工作\n本季度共开展活动999项，参与群众123456人次，成效明显。' }]);
    const draft = await s.kexie.summary(s.ctx, Q2);
    expect(draft.drafter).toBe('template');
    expect(draft.fallbackReason).toContain('999项');
    expect(draft.check.ok).toBe(true);
    expect(s.fake.requests).toHaveLength(2);
  });

  it.each([
    ['429 with retry-after, twice', [{ kind: 'status', status: 429, retryAfter: '0' }] as Scripted[], '429', 2],
    ['a 500', [{ kind: 'status', status: 500 }] as Scripted[], '500', 2],
    ['garbage', [{ kind: 'junk' }] as Scripted[], '语言模型', 1],
    ['an empty answer', [{ kind: 'text', content: '' }] as Scripted[], '空内容', 1],
  ])('falls back on %s', async (_name, script, reason, calls) => {
    const s = await setup(script);
    const draft = await s.kexie.summary(s.ctx, Q2);
    expect(draft.drafter).toBe('template');
    expect(draft.fallbackReason).toContain(reason);
    expect(draft.text).toContain('共开展相关活动30项');
    expect(s.fake.requests.length).toBeGreaterThanOrEqual(calls);
  });

  it('does not hang on a model that never answers', async () => {
    const s = await setup([{ kind: 'hang' }], { timeoutMs: 1_000 });
    const started = Date.now();
    const draft = await s.kexie.summary(s.ctx, Q2);
    expect(draft.drafter).toBe('template');
    expect(draft.fallbackReason).toMatch(/超时|取消/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('never logs the API key', async () => {
    const lines: string[] = [];
    const { redact } = await import('../../src/infra/logger.js');
    lines.push(JSON.stringify(redact({ apiKey: 'sk-test-key-not-real', note: 'token xoxb-123-abc', error: new Error('bad sk-abcdefghijkl') })));
    expect(lines.join()).not.toMatch(/sk-test|xoxb-123|sk-abcdefghijkl/);
  });
});
