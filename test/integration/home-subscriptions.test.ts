import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../src/infra/store/file-store.js';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness.js';

let s: SlackHarness | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

type View = { blocks: Array<{ block_id?: string; accessory?: { action_id?: string; value?: string }; text?: { text?: string } }> };

describe('App Home lists subscriptions with a stop button', () => {
  it('shows them and stops one for its creator only', async () => {
    s = await startSlackHarness({ today: '2026-09-01' });
    await s.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 订阅 本月待办', channel: 'C1', ts: '1700000001.0001', event_ts: '1' });
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).startsWith('已订阅'));
    const [sub] = await new FileStore(join(s.dataDir, 'T1')).listSubscriptions();
    await s.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '2' });
    const published = await s.slack.waitFor((c) => c.method === 'views.publish');
    const view = published.body.view as View;
    const row = view.blocks.find((b) => b.block_id === `subscription:${sub?.id}`);
    expect(row?.text?.text).toBe('<#C1> 本月待办（每月第一个工作日 09:00）');
    expect(row?.accessory).toMatchObject({ action_id: 'subscription_stop', value: sub?.id });

    const stop = (user: string) => s?.interaction({ type: 'block_actions', team: { id: 'T1' }, user: { id: user }, api_app_id: 'A1', trigger_id: 't', container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', hash: 'h1', type: 'home', blocks: view.blocks }, actions: [{ type: 'button', action_id: 'subscription_stop', block_id: `subscription:${sub?.id}`, value: sub?.id, action_ts: '1' }] });
    await stop('U2');
    const refused = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U2');
    expect(String(refused.body.text)).toContain('只有他或管理员可以停止');
    expect(await new FileStore(join(s.dataDir, 'T1')).listSubscriptions()).toHaveLength(1);
    await stop('U1');
    const updated = await s.slack.waitFor((c) => c.method === 'views.update');
    expect((updated.body.view as View).blocks.some((b) => b.block_id === `subscription:${sub?.id}`)).toBe(false);
    expect(await new FileStore(join(s.dataDir, 'T1')).listSubscriptions()).toEqual([]);
  });
});
