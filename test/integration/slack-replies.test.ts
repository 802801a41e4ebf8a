// Replies that look like Slack: item lists with buttons, private answers shared on request, names, edits and deletes followed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  const rejected = h?.slack.rejected.map((r) => `${r.method}: ${r.error}`) ?? [];
  await h?.close();
  h = undefined;
  expect(rejected).toEqual([]);
});

async function withPlan() {
  h = await startSlackHarness();
  await h.kexie.importPlan(h.kexie.context({ workspace: 'T1' }), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  return h;
}
type B = { type: string; block_id?: string; text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ action_id: string; value: string; text: { text: string } }> };
const blocks = (c: { body: Record<string, unknown> }): B[] => (c.body.blocks ?? []) as B[];
const press = (s: SlackHarness, action: string, value: string, responseId: string, user = 'U1') =>
  s.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: user }, api_app_id: 'A1', trigger_id: 'trig', channel: { id: 'C1' }, response_url: s.responseUrl(responseId), container: { type: 'message' }, actions: [{ type: 'button', action_id: action, block_id: 'x', value, action_ts: '1' }] });

describe('due lists as Block Kit', () => {
  it('shows a header with the period, one section per item with deadline and owners, and three buttons', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('本月有什么要做的');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const b = blocks(reply);
    expect(b[0]).toMatchObject({ type: 'header', text: { text: expect.stringContaining('本月（2026年5月）要做的任务共') } });
    const section = b.find((x) => x.type === 'section' && x.text?.text.includes('组织全国科技活动周活动'));
    expect(section?.fields?.map((f) => f.text)).toEqual([expect.stringMatching(/^\*期限\*\n/u), '*牵头*\n科普部']);
    const buttons = b.find((x) => x.type === 'actions' && x.block_id?.startsWith('item:'))?.elements?.map((e) => e.text.text);
    expect(buttons).toEqual(['记录活动', '标记完成', '查看全文']);
    expect(reply.body.response_type).toBe('ephemeral');
    expect(b.find((x) => x.block_id === 'reply_nav')?.elements?.map((e) => e.text.text)).toEqual(['发到频道']);
  });

  it('记录活动 opens the log modal with the item set, and saving logs against that item', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('本月有什么要做的');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const actions = blocks(reply).filter((x) => x.block_id?.startsWith('item:'));
    const itemId = actions[1]?.elements?.[0]?.value ?? '';
    await press(s, 'item_log', itemId, 'il1');
    const opened = await s.slack.waitFor((c) => c.method === 'views.open');
    const view = opened.body.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { initial_option?: { value: string } } }> };
    expect(view.callback_id).toBe('activity_log_modal');
    expect(view.blocks.find((x) => x.block_id === 'item')?.element.initial_option?.value).toBe(itemId);
    await s.interaction({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', view: { id: 'V1', callback_id: 'activity_log_modal', private_metadata: view.private_metadata, state: { values: { message: { value: { type: 'plain_text_input', value: '5月18日 专题活动，参加群众60人' } }, item: { value: { type: 'static_select', selected_option: { value: itemId } } } } } } });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('已记录活动'));
    const [a] = await s.kexie.activities(s.kexie.context({ workspace: 'T1' }));
    expect(a).toMatchObject({ itemId, headcount: 60, date: '2026-05-18', by: 'U1' });
  });

  it('查看全文 answers privately with the whole item', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('科普部负责的任务');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const first = blocks(reply).find((x) => x.block_id?.startsWith('item:'))?.elements?.find((e) => e.action_id === 'item_full');
    await press(s, 'item_full', first?.value ?? '', 'full1');
    const full = await s.slack.waitFor((c) => c.method === 'response_url:full1');
    expect(full.body.response_type).toBe('ephemeral');
    expect(String(full.body.text)).toContain('牵头：科普部');
  });
});

describe('private answers and sharing', () => {
  it('发到频道 posts the answer in the channel, naming who shared it', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('目标完成多少了');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const share = blocks(reply).find((x) => x.block_id === 'reply_nav')?.elements?.find((e) => e.action_id === 'share_to_channel');
    await press(s, 'share_to_channel', share?.value ?? '', 'sh1');
    const posted = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C1');
    expect(JSON.stringify(posted.body.blocks)).toContain('<@U1> 分享了');
    expect(JSON.stringify(posted.body.blocks)).toContain('目标');
    expect(String((await s.slack.waitFor((c) => c.method === 'response_url:sh1')).body.text)).toBe('已发到频道。');
    await press(s, 'share_to_channel', 'nope:0', 'sh2');
    expect(String((await s.slack.waitFor((c) => c.method === 'response_url:sh2')).body.text)).toContain('已过期');
  });

  it('replaces "正在起草…" with the summary, which names a damaged plans file instead of failing (issue 21.6)', async () => {
    const s = await withPlan();
    writeFileSync(join(s.dataDir, 'T1', 'plans.json'), '{"broken":');
    const { responseId } = await s.command('总结 本季度');
    const placeholder = await s.slack.waitFor((c) => c.method === responseId);
    expect(placeholder.body.text).toBe('正在起草…');
    const final = await s.slack.waitFor((c) => c.method === responseId && c.body.replace_original === true);
    expect(String(final.body.text)).toMatch(/plans\.json 已损坏/);
  });
});

describe('when Slack refuses a reply', () => {
  it('the placeholder is replaced with the reason, not left spinning', async () => {
    const s = await withPlan();
    s.slack.refuseNext.set('chat.update', 'msg_blocks_too_long');
    await s.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 导出 本季度', channel: 'C9', ts: '1779156000.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.text === '正在起草…');
    const reason = await s.slack.waitFor((c) => c.method === 'chat.update' && String(c.body.text).includes('回复没能显示'));
    expect(String(reason.body.text)).toContain('msg_blocks_too_long');
    s.slack.rejected.length = 0;
  });
});

describe('messages that change in Slack', () => {
  const logged = async (s: SlackHarness) => {
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '昨天 科普讲座，参加120人', ts: '1779156000.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('已记录活动'));
  };

  it('an edited message updates its record, dates read from the day it was first written', async () => {
    const s = await withPlan();
    await logged(s);
    // 1779156000 is 2026-05-19 10:00 in Shanghai: "前天" is 5月17日 whatever the day of the edit.
    await s.event({ type: 'message', subtype: 'message_changed', channel_type: 'im', channel: 'D1', hidden: true, ts: '1779300000.000100', message: { type: 'message', user: 'U1', text: '前天 科普讲座，参加150人', ts: '1779156000.000100', edited: { user: 'U1', ts: '1779300000.000000' } }, previous_message: { type: 'message', user: 'U1', text: '昨天 科普讲座，参加120人', ts: '1779156000.000100' } });
    await s.slack.waitFor((c) => c.method === 'chat.postEphemeral' && String(c.body.text).includes('已同步'));
    const [a] = await s.kexie.activities(s.kexie.context({ workspace: 'T1' }));
    expect(a).toMatchObject({ headcount: 150, date: '2026-05-17' });
    expect(a?.history.map((x) => x.action)).toEqual(['create', 'edit']);
  });

  it('a deleted message undoes its record', async () => {
    const s = await withPlan();
    await logged(s);
    await s.event({ type: 'message', subtype: 'message_deleted', channel_type: 'im', channel: 'D1', hidden: true, ts: '1779300001.000100', deleted_ts: '1779156000.000100', previous_message: { type: 'message', user: 'U1', text: '昨天 科普讲座，参加120人', ts: '1779156000.000100' } });
    const told = await s.slack.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(String(told.body.text)).toContain('已撤销');
    expect(await s.kexie.activities(s.kexie.context({ workspace: 'T1' }))).toEqual([]);
  });

  it('the 记录为活动 shortcut reads "昨天" from the message\'s own timestamp', async () => {
    const s = await withPlan();
    // Written on 2026-05-10 (Shanghai), clicked on 2026-05-20.
    const ts = String(Date.parse('2026-05-10T09:00:00+08:00') / 1000);
    await s.interaction({ type: 'message_action', callback_id: 'log_as_activity', team: { id: 'T1' }, user: { id: 'U5' }, channel: { id: 'C7' }, trigger_id: 't', response_url: s.responseUrl('sc1'), message: { type: 'message', user: 'U6', ts: `${ts}.000100`, text: '昨天 科普大篷车进校园，参与学生350人' }, message_ts: `${ts}.000100` });
    await s.slack.waitFor((c) => c.method === 'response_url:sc1');
    const [a] = await s.kexie.activities(s.kexie.context({ workspace: 'T1' }));
    expect(a?.date).toBe('2026-05-09');
  });
});

describe('display names', () => {
  it('show who logged a record', async () => {
    const s = await withPlan();
    s.slack.names.set('U1', '王小明');
    const { responseId } = await s.command('记录 5月17日 科技活动周开幕式，参加群众800人次');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    expect(JSON.stringify(reply.body.blocks)).toContain('记录人：王小明');
  });

  it('are looked up once per workspace and user', async () => {
    const s = await withPlan();
    s.slack.names.set('U1', '王小明');
    const { responseId } = await s.command('本月有什么要做的');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const itemId = blocks(reply).find((x) => x.block_id?.startsWith('item:'))?.elements?.[0]?.value ?? '';
    await press(s, 'item_done', itemId, 'd1');
    await press(s, 'item_done', itemId, 'd2');
    const done = await s.slack.waitFor((c) => c.method === 'response_url:d2');
    expect(String(done.body.text)).toContain('王小明');
    expect(s.slack.calls.filter((c) => c.method === 'users.info' && c.body.user === 'U1')).toHaveLength(1);
  });
});
