// Every Slack builder stays within Slack's limits on the largest inputs, and the fake API refuses what Slack refuses.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { handleMessage, type Reply } from '../../src/core/chat/handle-message.js';
import type { PlanItem } from '../../src/core/plans/plan-schema.js';
import { homeView } from '../../src/adapters/slack/blocks/home-view.js';
import { textChunks } from '../../src/adapters/slack/blocks/limits.js';
import { editModal, linkModal, logModal, searchItemOptions } from '../../src/adapters/slack/blocks/modals.js';
import { replyPages, withFooter } from '../../src/adapters/slack/blocks/reply-blocks.js';
import { bigPlanText } from '../support/big-plan.js';
import { kexieForTests } from '../support/kexie-for-tests.js';
import { blockText, messageProblem, viewProblem } from '../support/slack-limits.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

const { kexie } = kexieForTests('2026-05-20');
const ctx = kexie.context({ workspace: 'T1', user: 'U1' });
let items: PlanItem[] = [];
const LONG = 'x'.repeat(5000);

const activity = (n: number): Activity => ({
  id: `a${n}`, date: '2026-05-17', dateEnd: null, title: `科普活动第${n}场<测试>&${LONG.slice(0, 40)}`, headcount: n, approximate: false, headcountUnit: '人次',
  metrics: Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`单位${k}`, k])), metricLabels: {}, itemId: null, planId: null, text: '', by: 'U1',
  at: '2026-05-17T01:00:00Z', source: { kind: 'slack' }, dedupeKey: null, flags: [], undone: false, history: [],
});

beforeAll(async () => {
  const result = await kexie.importPlan(ctx, { text: bigPlanText(500, 5000), source: 'big' });
  items = result.plan.items.filter((i) => i.kind === 'task');
});

function expectPagesFit(reply: Reply, share = true): number {
  const pages = replyPages(reply);
  pages.forEach((page, index) => {
    const message = withFooter(page, { key: 'k', index, count: pages.length, share });
    expect(messageProblem(message as never), `page ${index + 1}`).toBeUndefined();
  });
  return pages.length;
}

describe('builders with the largest inputs', () => {
  it('item lists of a 500-item plan page into messages of at most 50 blocks', async () => {
    const reply: Reply = { text: `本年度要做的任务共 ${items.length} 项：`, kind: 'answer', intent: 'due', items };
    const pages = expectPagesFit(reply);
    expect(pages).toBeGreaterThan(10);
    const shown = replyPages(reply).flatMap((p) => p.blocks).filter((b) => b.type === 'actions').length;
    expect(shown).toBe(500);
  });

  it('every answer about the 500-item plan fits, page by page', async () => {
    for (const question of ['目标完成多少了', '查看 一/1', '本月有什么要做的', '逾期', '科普部负责的任务', '关于科普的任务', '帮助']) {
      expectPagesFit(await handleMessage(kexie, ctx, question));
    }
  });

  it('a single line of 5,000 characters with & < > is split inside the line, measured after escaping', () => {
    const chunks = textChunks(`${'<&>'.repeat(2000)}\n${LONG}`);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(3000);
    expect(chunks.join('')).toContain('&lt;&amp;&gt;');
    expectPagesFit({ text: LONG.repeat(20), kind: 'summary' });
  });

  it('user ids in replies become mentions (shown as names), never pushing a section past 3,000', () => {
    const [page] = replyPages({ text: '三/1 已完成（U012ABCDEF，2026-07-03）', kind: 'answer' });
    expect(JSON.stringify(page?.blocks)).toContain('<@U012ABCDEF>');
    expectPagesFit({ text: Array.from({ length: 2000 }, () => 'U012ABCDEF').join(' '), kind: 'answer' });
  });

  it('a message that logged many events gets buttons for each, and its item choices fit', () => {
    const ids = Array.from({ length: 30 }, (_, k) => `a${k}`);
    const reply: Reply = { text: `已记录 30 项活动：\n${LONG}`, kind: 'activity', activityId: 'a0', activityIds: ids, choices: Array.from({ length: 8 }, (_, k) => ({ itemId: `i${k}`, label: `${k} ${LONG.slice(0, 300)}` })) };
    expectPagesFit(reply);
    const blocks = replyPages(reply).flatMap((p) => p.blocks);
    expect(blocks.filter((b) => String(b.block_id).startsWith('activity:'))).toHaveLength(20);
    expect(blocks.find((b) => String(b.block_id).startsWith('choose:'))?.elements).toHaveLength(5);
  });

  it('modals with 500 items use a searchable select; the search answers at most 100 options', () => {
    const a = { ...activity(1), itemId: items[300]?.id ?? null, title: LONG };
    const link = linkModal(a, items, JSON.stringify({ id: 'a1', team: 'T1' }));
    expect(viewProblem(link)).toBeUndefined();
    expect(JSON.stringify(link)).toContain('external_select');
    expect(viewProblem(logModal(items[499] as PlanItem, items, '{}'))).toBeUndefined();
    expect(viewProblem(editModal(a, '{}'))).toBeUndefined();
    expect(viewProblem(linkModal(a, items.slice(0, 100), '{}'))).toBeUndefined();
    expect(searchItemOptions(items, '').length).toBe(100);
    expect(searchItemOptions(items, '第300项').map((o) => (o.text as { text: string }).text)).toEqual([expect.stringContaining('第300项')]);
  });

  it('App Home stays within 100 blocks with 10,000 activities and long answers', async () => {
    const many = Array.from({ length: 10_000 }, (_, n) => activity(n));
    const month = await kexie.ask(ctx, '本月有什么要做的');
    const progress = await kexie.ask(ctx, '目标完成多少了');
    const view = homeView({ month: month.answer.repeat(5), progress: progress.answer, latest: many.slice(-5) });
    expect(viewProblem(view)).toBeUndefined();
    expectPagesFit({ text: many.map((a) => `• ${a.id} ${a.title}`).join('\n'), kind: 'activities' });
  });
});

describe('the fake Slack API refuses what Slack refuses', () => {
  const section = (n: number) => ({ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(n) } });
  it('knows the limits', () => {
    expect(messageProblem({ text: 't', blocks: Array.from({ length: 51 }, () => section(1)) })).toBe('invalid_arguments');
    expect(messageProblem({ text: 't', blocks: [section(3001)] })).toBe('invalid_blocks');
    expect(messageProblem({ text: 't', blocks: Array.from({ length: 5 }, () => section(2900)) })).toBe('msg_blocks_too_long');
    const options = Array.from({ length: 101 }, (_, k) => ({ text: { type: 'plain_text', text: `o${k}` }, value: `v${k}` }));
    const select = { type: 'modal', title: { type: 'plain_text', text: 't' }, blocks: [{ type: 'input', label: { type: 'plain_text', text: 'l' }, element: { type: 'static_select', action_id: 'a', options } }] };
    expect(viewProblem(select)).toBe('invalid_arguments');
    expect(viewProblem({ type: 'home', blocks: Array.from({ length: 101 }, () => section(1)) })).toBe('invalid_arguments');
    expect(blockText([section(10), { type: 'context', elements: [{ type: 'mrkdwn', text: 'abc' }] }])).toBe(13);
  });
});

describe('the three replies that Slack used to refuse', () => {
  let h: SlackHarness | undefined;
  afterEach(async () => {
    expect(h?.slack.rejected.map((r) => `${r.method}: ${r.error}`)).toEqual([]);
    await h?.close();
    h = undefined;
  });
  const start = async () => {
    h = await startSlackHarness();
    await h.kexie.importPlan(h.kexie.context({ workspace: 'T1' }), { text: bigPlanText(500, 5000), source: 'big' });
    return h;
  };
  const blocksOf = (c: { body: Record<string, unknown> }) => JSON.stringify(c.body.blocks);
  const press = (s: SlackHarness, action: string, value: string, responseId: string) =>
    s.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 'trig-1', channel: { id: 'C1' }, response_url: s.responseUrl(responseId), container: { type: 'message' }, actions: [{ type: 'button', action_id: action, block_id: 'reply_nav', value, action_ts: '1' }] });

  it('"目标完成多少了" on a 500-item plan comes in pages, with 显示更多', async () => {
    const s = await start();
    const { responseId } = await s.command('目标完成多少了');
    const first = await s.slack.waitFor((c) => c.method === responseId);
    expect(blocksOf(first)).toContain('显示更多');
    const more = (first.body.blocks as Array<{ block_id?: string; elements?: Array<{ action_id: string; value: string }> }>).find((b) => b.block_id === 'reply_nav')?.elements?.find((e) => e.action_id === 'show_more');
    expect(more?.value).toMatch(/:1$/);
    await press(s, 'show_more', more?.value ?? '', 'more1');
    const second = await s.slack.waitFor((c) => c.method === 'response_url:more1');
    expect(second.body.replace_original).toBe(true);
    expect(blocksOf(second)).toMatch(/第 2\/\d+ 页/);
  });

  it('"查看 一/1" with a paragraph of 5,000 characters is shown whole, split into sections', async () => {
    const s = await start();
    const { responseId } = await s.command('查看 一/1');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const texts = (reply.body.blocks as Array<{ type: string; text?: { text: string } }>).filter((b) => b.type === 'section').map((b) => b.text?.text ?? '');
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toContain('牵头部门：科普部');
    expect(texts.join('')).toContain('科普&lt;讲座&gt;&amp;交流');
  });

  it('"更改计划条目" for an activity linked past the 100th item opens a searchable select', async () => {
    const s = await start();
    const { responseId } = await s.command('记录 5月17日 第300项科普服务活动，参加群众80人次');
    await s.slack.waitFor((c) => c.method === responseId);
    const [logged] = await s.kexie.activities(s.kexie.context({ workspace: 'T1' }));
    const plans = await s.kexie.listPlans(s.kexie.context({ workspace: 'T1' }));
    const target = plans[0]?.items.filter((i) => i.kind === 'task')[299];
    await s.kexie.link(s.kexie.context({ workspace: 'T1', user: 'U1' }), logged?.id ?? '', target?.id ?? '');
    await s.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 'trig-2', response_url: s.responseUrl('l1'), container: { type: 'message' }, actions: [{ type: 'button', action_id: 'activity_link', block_id: `activity:${logged?.id}`, value: logged?.id, action_ts: '1' }] });
    const opened = await s.slack.waitFor((c) => c.method === 'views.open');
    const view = opened.body.view as { private_metadata: string; blocks: Array<{ element: { type: string; initial_option?: { value: string } } }> };
    expect(view.blocks[0]?.element.type).toBe('external_select');
    expect(view.blocks[0]?.element.initial_option?.value).toBe(target?.id);
    const search = await s.interaction({ type: 'block_suggestion', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', action_id: 'item_search', block_id: 'item', value: '第299项', view: { id: 'V1', type: 'modal', private_metadata: view.private_metadata } });
    const options = (JSON.parse(search.body) as { options: Array<{ value: string; text: { text: string } }> }).options;
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(100);
    expect(options[0]?.text.text).toContain('第299项');
    await s.interaction({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', view: { id: 'V1', callback_id: 'activity_link_modal', private_metadata: view.private_metadata, state: { values: { item: { item_search: { type: 'external_select', selected_option: { value: options[0]?.value } } } } } } });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('关联到'));
    const [after] = await s.kexie.activities(s.kexie.context({ workspace: 'T1' }));
    expect(after?.itemId).toBe(options[0]?.value);
  });
});
