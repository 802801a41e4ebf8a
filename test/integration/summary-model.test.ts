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

interface PromptGroup {
  kind: string | null;
  lead: string | null;
  count: number;
  sessions?: number;
  measure?: string;
  dates: string;
  people: Record<string, number>;
  approximate: string[];
  places: string[];
  records: Array<{ title: string }>;
}
interface PromptFacts {
  unit: string;
  period: string;
  totals: { activityCount: number; people: Record<string, number> };
  sections: Array<{ heading: string; groups: PromptGroup[] }>;
  next: { label: string; items: Array<{ title: string }> };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const factsOf = (userPrompt: string): PromptFacts => JSON.parse(userPrompt.slice(userPrompt.indexOf('{'))) as PromptFacts;

/** A faithful draft of the structure the prompt asks for, built only from the facts the server was sent. */
function faithful(userPrompt: string): string {
  const data = factsOf(userPrompt);
  const people = (p: Record<string, number>, approx: string[]): string =>
    Object.entries(p).map(([u, n]) => `${n}${approx.includes(u) ? '余' : ''}${u}`).join('，另有')
      .replace(/^(.)/u, '参加$1');
  const sections = data.sections.map((s, i) => {
    const groups = s.groups.map((g, k) => {
      const what = g.kind && g.count > 1 ? `${g.places.length > 0 ? `先后在${g.places.join('、')}等地` : ''}开展${g.kind}${g.sessions !== undefined ? `${g.sessions}${g.measure}` : ''}` : g.records.map((r) => r.title).join('、');
      const who = Object.keys(g.people).length > 0 ? `，${people(g.people, g.approximate)}` : '';
      return `${CN[k]}是${g.lead ? `${g.lead}。` : ''}${g.dates}，${what}${who}。`;
    });
    return [`（${CN[i]}）${s.heading}`, ...groups].join('\n');
  });
  const next = data.next.items.slice(0, 3).map((x, k) => `${CN[k]}是${x.title}。`);
  return [
    `${data.period}，${data.unit}在上级科协的指导下，紧紧围绕年度工作要点，共开展各类活动${data.totals.activityCount}项，参加群众${data.totals.people['人次']}人次。现将有关情况总结如下。`,
    ['一、主要工作', ...sections].join('\n'),
    '二、特色亮点\n一是各项活动有序开展。',
    '三、存在的不足\n一是部分工作记录还不够完整。',
    ['四、下一步打算', ...next].join('\n'),
  ].join('\n\n');
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
    expect(draft.text).toContain('共开展各类活动30项');
    expect(draft.rubric).toEqual({ ok: true, problems: [] });
    expect(draft.text.trim().split('\n').at(-1)).toBe('2026年6月28日');
    expect(probe.fake.requests[1]?.messages[0]?.content).toContain('只能使用数据中给出的数字');
    expect(probe.fake.requests[1]?.messages[0]?.content).toContain('四、下一步打算');
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
    expect(draft.text).toContain('共开展各类活动30项');
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

  it('sends back a draft missing parts of a 工作总结, naming them, and lists records it left out', async () => {
    const s = await setup([{ kind: 'text', content: '占位' }]);
    await s.kexie.summary(s.ctx, Q2);
    const good = faithful(s.fake.requests[0]?.messages[1]?.content ?? '');
    const bare = good.split('\n\n二、特色亮点')[0] ?? '';
    // The corrected draft names no single record of the first group: they go to an appendix, not dropped.
    const fixed = good.replace(/\n一是[^\n]*/u, '');
    s.fake.script = [{ kind: 'text', content: bare }, { kind: 'text', content: fixed }];
    const draft = await s.kexie.summary(s.ctx, Q2);
    expect(s.fake.requests).toHaveLength(3);
    expect(s.fake.requests[2]?.messages.at(-1)?.content).toContain('缺少部分：二、特色亮点');
    expect(draft.drafter).toBe('llm');
    expect(draft.text).toContain('附：其他活动记录');
    expect(draft.rubric.ok).toBe(true);
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
    expect(draft.text).toContain('共开展各类活动30项');
    expect(draft.rubric).toEqual({ ok: true, problems: [] });
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
