import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostingClient, createSlackPoster } from '../../src/adapters/slack/slack-poster.js';
import { silentLogger } from '../../src/core/ports.js';
import { chineseHolidayCalendar } from '../../src/infra/schedule/chinese-calendar.js';
import { createScheduler } from '../../src/infra/schedule/scheduler.js';
import { createFileStoreFactory, FileStore } from '../../src/infra/store/file-store.js';
import type { SlackCall } from '../support/fake-slack.js';
import { MovableClock } from '../support/schedule-harness.js';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness.js';

let s: SlackHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

const textOf = (body: Record<string, unknown>): string => String(body.text ?? '');
const actionIds = (body: Record<string, unknown>): string[] =>
  ((body.blocks as Array<{ type: string; elements?: Array<{ action_id?: string }> }> | undefined) ?? []).flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => String(e.action_id)) : []));

const mention = (h: SlackHarness, text: string, user = 'U1') => h.event({ type: 'app_mention', user, text: `<@UBOT> ${text}`, channel: 'C1', ts: `17000${Math.floor(Math.random() * 1e5)}.0001`, event_ts: '1' });
const button = (h: SlackHarness, action: string, value: string, user: string, responseId: string) =>
  h.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: user }, api_app_id: 'A1', trigger_id: 'trig-1', response_url: h.responseUrl(responseId), container: { type: 'message' }, actions: [{ type: 'button', action_id: action, block_id: `signup:${value}`, value, action_ts: '1' }] });
const submit = (h: SlackHarness, metadata: string, unit: string, count: string, names = '', user = 'U3') =>
  h.interaction({
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: user },
    api_app_id: 'A1',
    view: { id: 'V1', callback_id: 'signup_modal', private_metadata: metadata, state: { values: { unit: { value: { type: 'plain_text_input', value: unit } }, count: { value: { type: 'plain_text_input', value: count } }, names: { value: { type: 'plain_text_input', value: names } }, contact: { value: { type: 'plain_text_input', value: '' } } } } },
  });
const updates = (h: SlackHarness): SlackCall[] => h.slack.calls.filter((c) => c.method === 'chat.update');

describe('接龙 sign-ups in Slack', () => {
  it('posts a sheet with a 报名 button, fills it from the modal and typed 报名, updates the one message in place, and closes', async () => {
    s = await startSlackHarness({ today: '2026-09-01' });
    await mention(s, '发起报名 科普日主场活动 截止9月10日 每单位限10人');
    const sheet = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.body).startsWith('【报名接龙】'));
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.body).startsWith('已发起报名'));
    expect(sheet.body.channel).toBe('C1');
    expect(textOf(sheet.body)).toContain('截止9月10日｜每单位限10人');
    expect(actionIds(sheet.body)).toEqual(['signup_open', 'signup_close']);
    const [stored] = await new FileStore(join(s.dataDir, 'T1')).listSignups();
    expect(stored?.message?.channel).toBe('C1');
    const id = stored?.id ?? '';

    await button(s, 'signup_open', id, 'U3', 'o1');
    const opened = await s.slack.waitFor((c) => c.method === 'views.open');
    const view = opened.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('signup_modal');

    const tooMany = await submit(s, view.private_metadata, '第一中学', '12');
    // Acknowledged before the store; the store's refusal comes as a DM in its words.
    expect(tooMany.status).toBe(200);
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U3' && /没有报名成功.*每个单位最多报 10 人/su.test(String(c.body.text)));
    await submit(s, view.private_metadata, '第一中学', '5', '张三、李四\n王五');
    const first = await s.slack.waitFor((c) => c.method === 'chat.update' && textOf(c.body).includes('第一中学：5 人'));
    expect(first.body.ts).toBe(stored?.message?.ts);
    expect(textOf(first.body)).toContain('第一中学：5 人（张三、李四、王五）');

    await mention(s, '报名 科普日主场活动 3人 第二中学', 'U4');
    const typed = await s.slack.waitFor((c) => c.method === 'chat.update' && textOf(c.body).includes('报名共 8 人，2 个单位'));
    expect(typed.body.ts).toBe(stored?.message?.ts);

    await button(s, 'signup_close', id, 'U4', 'c1');
    const refused = await s.slack.waitFor((c) => c.method === 'response_url:c1');
    expect(textOf(refused.body)).toContain('只有组织者');
    await button(s, 'signup_close', id, 'U1', 'c2');
    const closed = await s.slack.waitFor((c) => c.method === 'chat.update' && textOf(c.body).includes('（已截止）'));
    expect(actionIds(closed.body)).toEqual([]);
    await mention(s, '实到 科普日主场活动 7人');
    await s.slack.waitFor((c) => c.method === 'chat.update' && textOf(c.body).includes('实到：7 人'));
    expect(updates(s).every((c) => c.body.ts === stored?.message?.ts)).toBe(true);
  });

  it('reminds the channel one working day before the deadline, once', async () => {
    s = await startSlackHarness({ today: '2026-09-22' });
    // 10-09 is the first Friday after National Day: the working day before it is 10-08.
    await mention(s, '发起报名 秋季科普大集 截止10月9日');
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && textOf(c.body).startsWith('已发起报名'));
    const clock = new MovableClock(new Date('2026-10-08T08:30:00+08:00'));
    const scheduler = createScheduler({
      storeFor: createFileStoreFactory(s.dataDir),
      poster: createSlackPoster(createPostingClient('xoxb-test-token', s.slack.apiUrl)),
      clock,
      timeZone: 'Asia/Shanghai',
      holidays: chineseHolidayCalendar,
      logger: silentLogger,
    });
    expect((await scheduler.tick()).sent).toEqual([]);
    clock.set('2026-10-08T09:00:00+08:00');
    expect((await scheduler.tick()).sent).toHaveLength(1);
    await scheduler.tick();
    const reminders = s.slack.calls.filter((c) => c.method === 'chat.postMessage' && textOf(c.body).startsWith('【报名提醒】'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body.channel).toBe('C1');
    expect(textOf(reminders[0]?.body ?? {})).toContain('报名将于10月9日截止');
  });
});
