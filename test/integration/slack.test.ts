import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { loadPrompts } from '../../src/infra/prompts.js';
import { createOpenAIModel } from '../../src/infra/model/openai-model.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { createFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { fixture, ROOT } from '../support/kexie-for-tests.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
let model: FakeOpenAI | undefined;
afterEach(async () => {
  await h?.close();
  await model?.close();
  h = undefined;
  model = undefined;
});

async function withPlan(options: Parameters<typeof startSlackHarness>[0] = {}) {
  h = await startSlackHarness(options);
  await h.kexie.importPlan(h.kexie.context({ workspace: 'T1' }), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  return h;
}
const textOf = (body: Record<string, unknown>): string => String(body.text ?? '');
const blocksOf = (body: Record<string, unknown>): string => JSON.stringify(body.blocks ?? body.view ?? []);

describe('Slack requests and signatures', () => {
  it('refuses a bad or old signature', async () => {
    const s = await withPlan();
    const form = 'command=%2Fkx&text=help&user_id=U1&team_id=T1';
    expect((await s.send(form, 'application/x-www-form-urlencoded', { secret: 'wrong-secret-0000000' })).status).toBe(401);
    expect((await s.send(form, 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    expect(s.slack.calls.filter((c) => c.method.startsWith('response_url'))).toEqual([]);
  });
});

describe('/kx', () => {
  it('answers a question through response_url with blocks and a text fallback', async () => {
    const s = await withPlan();
    const { sent, responseId } = await s.command('本月有什么要做的');
    expect(sent.status).toBe(200);
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    expect(textOf(reply.body)).toContain('本月（2026年5月）要做的任务共');
    expect(blocksOf(reply.body)).toContain('组织全国科技活动周活动');
    expect(reply.body.response_type).toBe('ephemeral');
  });

  it('logs an activity with edit, re-link and undo buttons, in the team\'s own store', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('记录 5月17日 科技活动周开幕式，参加群众800人次，发放资料5000份', 'U1', 'T1');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    expect(textOf(reply.body)).toContain('对应计划：二/（一）/1 组织全国科技活动周活动');
    expect(blocksOf(reply.body)).toMatch(/activity_edit.*activity_link.*activity_undo/);
    const stored = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(stored).toEqual([expect.objectContaining({ headcount: 800, by: 'U1', source: expect.objectContaining({ kind: 'slack', channel: 'C1' }) })]);
    const other = await new FileStore(join(s.dataDir, 'T2')).listActivities();
    expect(other).toEqual([]);
  });

  it('acknowledges while the model is still held back, then replaces the placeholder', async () => {
    let release: () => void = () => {};
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    const draft = ['2026年第二季度，示例县科学技术协会紧紧围绕年度工作要点，扎实推进各项工作。现将有关情况总结如下。', '一、主要工作\n（一）提升全民科学素质\n一是5月17日举办科技活动周开幕式，参加群众800人次。', '二、特色亮点\n一是科技活动周开幕式反响良好。', '三、存在的不足\n一是部分工作记录还不够完整。', '四、下一步打算\n一是继续抓好各项工作落实。'].join('\n\n');
    model = await createFakeOpenAI([{ kind: 'after', until, content: draft }]);
    const llm = createOpenAIModel({ apiKey: 'sk-test-not-real', baseURL: model.url, model: 'fake', timeoutMs: 30_000, maxRetries: 0 });
    const s = await withPlan({ deps: { model: llm, prompts: loadPrompts(join(ROOT, 'prompts')), modelTimeoutMs: 30_000 } });
    await s.kexie.log(s.kexie.context({ workspace: 'T1', user: 'U1' }), '5月17日 科技活动周开幕式，参加群众800人次');
    const { sent, responseId } = await s.command('总结 本季度');
    expect(sent.status).toBe(200);
    // The model has not answered yet (it is held until release()): the ack cannot have waited for it.
    expect(s.slack.calls.some((c) => c.body.replace_original === true)).toBe(false);
    const placeholder = await s.slack.waitFor((c) => c.method === responseId);
    expect(textOf(placeholder.body)).toBe('正在起草…');
    await new Promise<void>((resolve) => {
      const check = (): void => (model && model.requests.length > 0 ? resolve() : void setImmediate(check));
      check();
    });
    expect(s.slack.calls.filter((c) => c.method === responseId)).toHaveLength(1);
    release();
    const final = await s.slack.waitFor((c) => c.method === responseId && c.body.replace_original === true);
    expect(textOf(final.body)).toContain('2026年第二季度工作总结（草稿，请核对）');
    expect(textOf(final.body)).toContain('由语言模型起草');
  });
});

describe('events', () => {
  it('answers a mention in its thread', async () => {
    const s = await withPlan();
    await s.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 下个月有什么要做的', channel: 'C9', ts: '1710000000.000100' });
    const post = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C9');
    expect(post.body.thread_ts).toBe('1710000000.000100');
    expect(textOf(post.body)).toContain('下个月（2026年6月）要做的任务共');
  });

  it('logs a DM once, however often Slack delivers it', async () => {
    const s = await withPlan();
    const event = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '昨天 科普讲座，参加120人', ts: '1710000001.000200' };
    await s.event(event, { eventId: 'Ev1' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.body).includes('已记录活动'));
    await s.event(event, { eventId: 'Ev1', retryNum: 1 });
    await s.event(event, { eventId: 'Ev2' });
    const dup = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.body).includes('已经记录过'));
    expect(dup.body.channel).toBe('D1');
    const stored = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.source).toEqual({ kind: 'slack', channel: 'D1', message: '1710000001.000200' });
    expect(s.slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
  });

  it('imports a plan uploaded by an admin and refuses one from anyone else', async () => {
    const s = await withPlan();
    s.slack.admins.add('UADMIN');
    s.slack.files.set('plan.docx', readFileSync(fixture('plans', 'deadline-in-table.docx')));
    const file = { id: 'F1', name: '分解方案.docx', url_private_download: `${s.slack.url}/files/plan.docx`, size: 10_000 };
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D2', user: 'U1', text: '', ts: '1710000002.000100', files: [file] });
    const refused = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D2');
    expect(textOf(refused.body)).toContain('只有管理员可以导入');
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'channel', channel: 'C3', user: 'UADMIN', text: '导入 今年的方案', ts: '1710000003.000100', files: [file] });
    const done = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C3');
    expect(textOf(done.body)).toContain('已导入《样例区科协2026年重点工作任务分解方案》');
    expect(done.body.thread_ts).toBe('1710000003.000100');
    const plans = await new FileStore(join(s.dataDir, 'T1')).listPlans();
    expect(plans.map((p) => p.title)).toContain('样例区科协2026年重点工作任务分解方案');
  });

  it('reports a broken upload in Chinese and keeps the plans', async () => {
    const s = await withPlan({ admins: ['U1'] });
    s.slack.files.set('broken.docx', readFileSync(fixture('plans', 'broken.docx')));
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D4', user: 'U1', text: '', ts: '1710000004.000100', files: [{ name: 'broken.docx', url_private_download: `${s.slack.url}/files/broken.docx` }] });
    const reply = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D4');
    expect(textOf(reply.body)).toContain('无法读取这个文件');
    expect((await new FileStore(join(s.dataDir, 'T1')).listPlans()).length).toBe(1);
  });

  it('publishes App Home with this month, target progress and the latest activities', async () => {
    const s = await withPlan();
    await s.kexie.log(s.kexie.context({ workspace: 'T1', user: 'U1' }), '5月17日 科技活动周开幕式，参加群众800人次');
    await s.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    const view = await s.slack.waitFor((c) => c.method === 'views.publish');
    expect(view.body.user_id).toBe('U1');
    const blocks = blocksOf(view.body);
    expect(blocks).toContain('本月任务');
    expect(blocks).toContain('组织全国科技活动周活动');
    expect(blocks).toContain('已完成800人次，目标5000人次（800/5000');
    expect(blocks).toContain('科技活动周开幕式');
    // Then again with the progress chart, uploaded once.
    const withChart = await s.slack.waitFor((c) => c.method === 'views.publish' && JSON.stringify(c.body.view).includes('slack_file'));
    const upload = await s.slack.waitFor((c) => c.method === 'files.completeUploadExternal');
    const fileId = (upload.body.files as Array<{ id: string }>)[0]?.id;
    expect(JSON.stringify(withChart.body.view)).toContain(`"id":"${fileId}"`);
    expect(s.slack.uploads.get(fileId ?? '')?.filename).toMatch(/^目标进度-.*\.png$/u);
    expect(blocks).not.toContain('无法读取');
  });

  it('says on App Home how many stored records cannot be read', async () => {
    const s = await withPlan();
    await s.kexie.log(s.kexie.context({ workspace: 'T1', user: 'U1' }), '5月17日 科技活动周开幕式，参加群众800人次');
    appendFileSync(join(s.dataDir, 'T1', 'activities.jsonl'), '{"type":"create","activity":{broken\n');
    await s.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home' });
    const view = await s.slack.waitFor((c) => c.method === 'views.publish');
    expect(blocksOf(view.body)).toContain('1 条记录无法读取');
    expect(blocksOf(view.body)).toContain('科技活动周开幕式');
  });
});

describe('interactions', () => {
  async function logged(s: SlackHarness, user = 'U1') {
    const { responseId } = await s.command('记录 5月17日 科技活动周开幕式，参加群众800人次', user);
    await s.slack.waitFor((c) => c.method === responseId);
    const [activity] = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    if (!activity) throw new Error('no activity');
    return activity;
  }
  const button = (s: SlackHarness, action: string, value: string, user: string, responseId: string) =>
    s.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: user }, api_app_id: 'A1', trigger_id: 'trig-1', response_url: s.responseUrl(responseId), container: { type: 'message' }, actions: [{ type: 'button', action_id: action, block_id: `activity:${value}`, value, action_ts: '1' }] });

  it('undoes for the author and refuses anyone else', async () => {
    const s = await withPlan();
    const a = await logged(s);
    await button(s, 'activity_undo', a.id, 'U2', 'b1');
    const refused = await s.slack.waitFor((c) => c.method === 'response_url:b1');
    expect(textOf(refused.body)).toContain('只有记录的作者或管理员');
    await button(s, 'activity_undo', a.id, 'U1', 'b2');
    const done = await s.slack.waitFor((c) => c.method === 'response_url:b2');
    expect(done.body.replace_original).toBe(true);
    expect(textOf(done.body)).toContain('已撤销');
    const [after] = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(after?.undone).toBe(true);
  });

  it('edits through a modal, rejecting a bad number and saving a good one', async () => {
    const s = await withPlan();
    const a = await logged(s);
    await button(s, 'activity_edit', a.id, 'U1', 'b3');
    const opened = await s.slack.waitFor((c) => c.method === 'views.open');
    const view = opened.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('activity_edit_modal');
    const submit = (headcount: string) =>
      s.interaction({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'U1' },
        api_app_id: 'A1',
        view: {
          id: 'V1', callback_id: 'activity_edit_modal', private_metadata: view.private_metadata,
          state: { values: { date: { value: { type: 'datepicker', selected_date: '2026-05-18' } }, title: { value: { type: 'plain_text_input', value: '科技活动周开幕式' } }, headcount: { value: { type: 'plain_text_input', value: headcount } }, metrics: { value: { type: 'plain_text_input', value: '份=600' } } } },
        },
      });
    const bad = await submit('很多');
    expect(JSON.parse(bad.body)).toMatchObject({ response_action: 'errors', errors: { headcount: expect.stringContaining('数字') } });
    const good = await submit('900');
    expect(good.status).toBe(200);
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && textOf(c.body).includes('已修改'));
    const [after] = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(after).toMatchObject({ headcount: 900, date: '2026-05-18', metrics: { 份: 600 } });
    expect(after?.history.map((h) => h.action)).toEqual(['create', 'edit']);
  });

  it('changes the plan item through a modal', async () => {
    const s = await withPlan();
    const a = await logged(s);
    await button(s, 'activity_link', a.id, 'U1', 'b4');
    const opened = await s.slack.waitFor((c) => c.method === 'views.open');
    const view = opened.body.view as { private_metadata: string; blocks: Array<{ element: { options: Array<{ value: string; text: { text: string } }> } }> };
    const target = view.blocks[0]?.element.options.find((o) => o.text.text.startsWith('二/（一）/2'));
    expect(target).toBeDefined();
    await s.interaction({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', view: { id: 'V2', callback_id: 'activity_link_modal', private_metadata: view.private_metadata, state: { values: { item: { value: { type: 'static_select', selected_option: { value: target?.value } } } } } } });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.body).includes('关联到 二/（一）/2'));
    const [after] = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(after?.itemId).toBe(target?.value);
  });

  it('turns a channel message into an activity with the message shortcut, once', async () => {
    const s = await withPlan();
    const shortcut = { type: 'message_action', callback_id: 'log_as_activity', team: { id: 'T1' }, user: { id: 'U5' }, channel: { id: 'C7' }, trigger_id: 't', response_url: s.responseUrl('sc1'), message: { type: 'message', user: 'U6', ts: '1710000009.000300', text: '今天 科普大篷车进校园，参与学生350人，发放资料600份' }, message_ts: '1710000009.000300' };
    await s.interaction(shortcut);
    const reply = await s.slack.waitFor((c) => c.method === 'response_url:sc1');
    expect(textOf(reply.body)).toContain('人数：350人');
    await s.interaction({ ...shortcut, response_url: s.responseUrl('sc2') });
    const again = await s.slack.waitFor((c) => c.method === 'response_url:sc2');
    expect(textOf(again.body)).toContain('已经记录过');
    const stored = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(stored).toEqual([expect.objectContaining({ by: 'U5', source: { kind: 'slack', channel: 'C7', message: '1710000009.000300' }, metrics: { 份: 600 } })]);
  });
});

describe('Socket Mode', () => {
  it('builds an app without an HTTP receiver when an app token is given', async () => {
    const { createSlackApp } = await import('../../src/adapters/slack/create-slack-app.js');
    const { kexieForTests } = await import('../support/kexie-for-tests.js');
    const { silentLogger } = await import('../../src/core/ports.js');
    const built = createSlackApp(kexieForTests('2026-05-20').kexie, { token: 'xoxb-test', appToken: 'xapp-test', admins: [], logger: silentLogger, slackApiUrl: 'http://127.0.0.1:9/api' });
    expect(built.receiver).toBeUndefined();
    expect(built.app).toBeDefined();
  });
});

describe('Slack error replies', () => {
  it('answers in Chinese when the store is corrupted, and leaves the file alone', async () => {
    const s = await withPlan();
    const { writeFileSync, readFileSync: read } = await import('node:fs');
    const file = join(s.dataDir, 'T1', 'plans.json');
    writeFileSync(file, '{"broken":');
    const { responseId } = await s.command('本月有什么要做的');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    expect(textOf(reply.body)).toContain('数据文件');
    expect(textOf(reply.body)).toContain('没有改动它');
    expect(read(file, 'utf8')).toBe('{"broken":');
  });
});
