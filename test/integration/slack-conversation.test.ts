// In Slack, a report kexie is unsure of gets one question with 记录 / 修改 / 不是活动 buttons and nothing is
// stored until it is answered; a fix typed in the DM is applied; a reply in the thread of a report changes that record.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../src/infra/store/file-store.js';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Element = { action_id: string; value: string; text: { text: string } };
const elementsOf = (body: Record<string, unknown>): Element[] =>
  ((body.blocks ?? []) as Array<{ type: string; elements?: Element[] }>).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const AHEAD = '5月25日城南社区科普讲座来了80人';

describe('a conversation in Slack', () => {
  it('asks with buttons, stores nothing, and 不是活动 / 记录 answer it', async () => {
    const s = (h = await startSlackHarness({ today: '2026-05-20' }));
    const store = new FileStore(join(s.dataDir, 'T1'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: AHEAD, ts: '1779156000.000100' });
    const asked = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('还没到'));
    const buttons = elementsOf(asked.body);
    expect(buttons.map((b) => b.text.text)).toEqual(['记录', '修改', '不是活动']);
    expect(await store.listActivities()).toHaveLength(0);
    const click = (action: string, id: string, user = 'U1') =>
      s.interaction({
        type: 'block_actions', team: { id: 'T1' }, user: { id: user }, api_app_id: 'A1', trigger_id: `trig-${id}`, channel: { id: 'D1' },
        response_url: s.responseUrl(id), container: { type: 'message' },
        actions: [{ type: 'button', action_id: action, block_id: 'pending_answer', value: buttons[0]!.value, action_ts: '1' }],
      });
    await click('pending_confirm', 'other', 'U2');
    expect(String((await s.slack.waitFor((c) => c.method === 'response_url:other')).body.text)).toContain('只有发送人');
    await click('pending_drop', 'drop');
    expect(String((await s.slack.waitFor((c) => c.method === 'response_url:drop')).body.text)).toContain('没有记录');
    expect(await store.listActivities()).toHaveLength(0);

    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: AHEAD, ts: '1779156001.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('还没到') && c !== asked);
    await click('pending_confirm', 'keep');
    const kept = await s.slack.waitFor((c) => c.method === 'response_url:keep');
    expect(String(kept.body.text)).toContain('已记录');
    expect(elementsOf(kept.body).some((e) => e.action_id === 'activity_undo')).toBe(true);
    expect((await store.listActivities()).map((a) => a.headcount)).toEqual([80]);
  });

  it('a fix typed in the DM answers the question; a reply in the thread of an earlier report changes that one', async () => {
    const s = (h = await startSlackHarness({ today: '2026-05-20' }));
    const store = new FileStore(join(s.dataDir, 'T1'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: AHEAD, ts: '1779156000.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('还没到'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '是去年的', ts: '1779156002.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('已记录'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '昨天白马乡科普讲座来了102人', ts: '1779156003.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('102人'));
    // In the thread of the first report (stored when "是去年的" answered the question): the latest is not touched.
    const first = (await store.listActivities()).find((a) => a.date === '2025-05-25');
    expect(first).toBeDefined();
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '人数应为90人', ts: '1779156004.000100', thread_ts: '1779156000.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('人数 80 → 90'));
    expect((await store.listActivities()).map((a) => [a.date, a.headcount])).toEqual([['2025-05-25', 90], ['2026-05-19', 102]]);
  });

  it('修改 opens a form with what was understood; the submitted form is stored as fixed', async () => {
    const s = (h = await startSlackHarness({ today: '2026-05-20' }));
    const store = new FileStore(join(s.dataDir, 'T1'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: AHEAD, ts: '1779156000.000100' });
    const asked = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('还没到'));
    const edit = elementsOf(asked.body).find((e) => e.action_id === 'pending_edit')!;
    await s.interaction({
      type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 'trig-edit', channel: { id: 'D1' },
      response_url: s.responseUrl('edit'), container: { type: 'message' },
      actions: [{ type: 'button', action_id: 'pending_edit', block_id: 'pending_answer', value: edit.value, action_ts: '1' }],
    });
    const opened = await s.slack.waitFor((c) => c.method === 'views.open');
    const view = opened.body.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { initial_value?: string; initial_date?: string } }> };
    expect(view.callback_id).toBe('pending_edit_modal');
    expect(view.blocks.find((b) => b.block_id === 'headcount')?.element.initial_value).toBe('80');
    const values = { date: { value: { type: 'datepicker', selected_date: '2026-05-15' } }, title: { value: { type: 'plain_text_input', value: '城南社区科普讲座' } }, headcount: { value: { type: 'plain_text_input', value: '85' } }, metrics: { value: { type: 'plain_text_input', value: '' } } };
    await s.interaction({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', view: { id: 'V1', callback_id: 'pending_edit_modal', private_metadata: view.private_metadata, state: { values } } });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('已按修改记录'));
    expect((await store.listActivities()).map((a) => [a.date, a.title, a.headcount])).toEqual([['2026-05-15', '城南社区科普讲座', 85]]);
  });

  it("a reply in the thread of kexie's own reply changes the record that reply was about", async () => {
    const s = (h = await startSlackHarness({ today: '2026-05-20' }));
    const store = new FileStore(join(s.dataDir, 'T1'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '昨天城南社区科普讲座来了80人', ts: '1779156000.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('80人'));
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '今天白马乡科普讲座来了102人', ts: '1779156001.000100' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('102人'));
    const botReply = s.slack.messages.find((m) => m.text.includes('80人'))!;
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '不对，是85人', ts: '1779156002.000100', thread_ts: botReply.ts });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('人数 80 → 85'));
    expect((await store.listActivities()).map((a) => a.headcount)).toEqual([85, 102]);
  });
});
