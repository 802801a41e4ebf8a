// Acks come before any store or parse work (issue 21.2): with every store call held shut until Slack has its HTTP
// answer, a slash command, a DM report, a file upload and a button are still acknowledged; the replies follow once
// the store opens. A handler that waited for the store before acknowledging would never get its answer here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store, StoreFactory } from '../../src/core/ports.js';
import { createFileStoreFactory } from '../../src/infra/store/file-store.js';
import { ledgerWorkbook } from '../support/ledger-workbook.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/**
 * A store factory whose every call waits for `open()` (shut again by `shut()`); `events` lists the calls (and the
 * test's acks) in order.
 */
function gatedStores(inner: StoreFactory) {
  let open!: () => void;
  let gate = new Promise<void>((r) => (open = r));
  const events: string[] = [];
  const factory = ((w: string) =>
    new Proxy(inner(w), {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          events.push(`store ${String(name)}`);
          await gate;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as Store) as StoreFactory;
  return { factory, events, open: () => open(), shut: () => void (gate = new Promise<void>((r) => (open = r))) };
}

describe('acks before the store', () => {
  it('acknowledges commands, DM reports, uploads and buttons while the store is held shut', async () => {
    const gate = gatedStores(createFileStoreFactory(mkdtempSync(join(tmpdir(), 'kexie-ack-first-'))));
    const s = (h = await startSlackHarness({ admins: ['UADMIN'], deps: { storeFor: gate.factory } }));
    s.slack.files.set('台账.xlsx', await ledgerWorkbook(20));
    const acked = async (label: string, sent: Promise<{ status: number }>): Promise<void> => {
      expect((await sent).status).toBe(200);
      gate.events.push(`ack ${label}`);
    };
    const command = s.command('记录 5月18日 科普讲座，参加80人');
    await acked('command', command.then((c) => c.sent));
    await acked('dm', s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '5月19日 防灾减灾科普宣传，参加60人', ts: '1779156001.000100' }));
    await acked('upload', s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D2', user: 'UADMIN', text: '导入台账', ts: '1779156002.000100', files: [{ id: 'F1', name: '台账.xlsx', url_private_download: `${s.slack.url}/files/${encodeURIComponent('台账.xlsx')}` }] }));
    await acked('button', s.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 'trig-b', channel: { id: 'D1' }, response_url: s.responseUrl('undo'), container: { type: 'message' }, actions: [{ type: 'button', action_id: 'activity_undo', block_id: 'b', value: 'a0000000', action_ts: '1' }] }));
    expect(gate.events.filter((e) => e.startsWith('ack'))).toEqual(['ack command', 'ack dm', 'ack upload', 'ack button']);
    gate.open();
    const { responseId } = await command;
    expect(String((await s.slack.waitFor((c) => c.method === responseId && /已记录活动/u.test(String(c.body.text)))).body.text)).toContain('科普讲座');
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1' && /已记录活动/u.test(String(c.body.text)));
    expect(String((await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D2')).body.text)).toContain('新增 20 条活动');
    await s.slack.waitFor((c) => c.method === 'response_url:undo');
  });
  it('acknowledges the log, edit, link and sign-up forms while the store is held shut, and DMs the outcome (a fault in its words)', async () => {
    const gate = gatedStores(createFileStoreFactory(mkdtempSync(join(tmpdir(), 'kexie-ack-first-'))));
    const s = (h = await startSlackHarness({ deps: { storeFor: gate.factory } }));
    const form = (callbackId: string, viewId: string, values: Record<string, unknown>) =>
      s.interaction({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1', team_id: 'T1' }, api_app_id: 'A1', view: { id: viewId, callback_id: callbackId, private_metadata: JSON.stringify({ id: 'a0000000', team: 'T1' }), state: { values } } });
    const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
    const edit = await form('activity_edit_modal', 'V1', { date: { value: { type: 'datepicker', selected_date: '2026-05-18' } }, title: text('新标题'), headcount: text('1'), metrics: text('') });
    expect(edit.status).toBe(200);
    gate.events.push('ack edit');
    const link = await form('activity_link_modal', 'V2', { item: { value: { type: 'static_select', selected_option: { value: 'i1' } } } });
    expect(link.status).toBe(200);
    gate.events.push('ack link');
    const signup = await form('signup_modal', 'V3', { unit: text('城关镇科协'), count: text('5'), names: text(''), contact: text('') });
    expect(signup.status).toBe(200);
    gate.events.push('ack signup');
    const log = await form('activity_log_modal', 'V4', { message: text('5月18日 专题活动，参加群众60人') });
    expect(log.status).toBe(200);
    gate.events.push('ack log');
    expect(gate.events.filter((e) => e.startsWith('ack'))).toEqual(['ack edit', 'ack link', 'ack signup', 'ack log']);
    gate.open();
    // No record a0000000 in the workspace: each form's outcome arrives as a DM with the fault's words.
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /没有修改成功.*没有找到活动记录/su.test(String(c.body.text)));
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /没有关联成功/u.test(String(c.body.text)));
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /没有报名成功/u.test(String(c.body.text)));
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /已记录活动/u.test(String(c.body.text)));
  });

  it('acknowledges the pending-confirmation form (修改 on a question) while the store is held shut, and DMs the outcome', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-ack-first-'));
    const gate = gatedStores(createFileStoreFactory(dir));
    const s = (h = await startSlackHarness({ today: '2026-05-20', deps: { storeFor: gate.factory } }));
    gate.open();
    // A report of a day still ahead: the bot asks, with 记录 / 修改 / 不是活动, and stores nothing yet.
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '5月25日城南社区科普讲座来了80人', ts: '1779156000.000100' });
    const asked = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('还没到'));
    const edit = ((asked.body.blocks ?? []) as Array<{ elements?: Array<{ action_id: string; value: string }> }>).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'pending_edit')!;
    await s.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 'trig-edit', channel: { id: 'D1' }, response_url: s.responseUrl('edit'), container: { type: 'message' }, actions: [{ type: 'button', action_id: 'pending_edit', block_id: 'pending_answer', value: edit.value, action_ts: '1' }] });
    const view = (await s.slack.waitFor((c) => c.method === 'views.open')).body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('pending_edit_modal');
    gate.shut();
    const before = gate.events.length;
    const values = { date: { value: { type: 'datepicker', selected_date: '2026-05-15' } }, title: { value: { type: 'plain_text_input', value: '城南社区科普讲座' } }, headcount: { value: { type: 'plain_text_input', value: '85' } }, metrics: { value: { type: 'plain_text_input', value: '' } } };
    const submitted = await s.interaction({ type: 'view_submission', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', view: { id: 'V9', callback_id: 'pending_edit_modal', private_metadata: view.private_metadata, state: { values } } });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toBe(''); // closed, no errors
    // The ack came while the gate was shut: a handler that waited for the store first would never have answered.
    expect(s.slack.calls.some((c) => c.method === 'chat.postMessage' && /已按修改记录/u.test(String(c.body.text)))).toBe(false);
    gate.open();
    expect(gate.events.length).toBeGreaterThan(before); // the form's store work ran after the ack
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /已按修改记录/u.test(String(c.body.text)));
    expect((await createFileStoreFactory(dir)('T1').listActivities()).map((a) => [a.date, a.title, a.headcount])).toEqual([['2026-05-15', '城南社区科普讲座', 85]]);
  });
});
