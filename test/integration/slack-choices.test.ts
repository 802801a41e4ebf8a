// A report whose plan item is too close to call is stored unlinked, with one button per candidate;
// a click links it. Several events in one message each get their own buttons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function withPlan() {
  h = await startSlackHarness({ today: '2026-05-20' });
  await h.kexie.importPlan(h.kexie.context({ workspace: 'T1' }), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  return h;
}
type Element = { action_id: string; value: string; text: { text: string } };
const elementsOf = (body: Record<string, unknown>): Element[] =>
  ((body.blocks ?? []) as Array<{ type: string; elements?: Element[] }>).filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);

describe('choosing a plan item in Slack', () => {
  it('offers close items as buttons and links the one clicked', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('记录 5月18日 科技工作者座谈会，参会30人');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const choices = elementsOf(reply.body).filter((e) => e.action_id.startsWith('activity_choose_item'));
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(new Set(choices.map((c) => c.action_id)).size).toBe(choices.length);
    const [stored] = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(stored?.itemId).toBeNull();
    const pick = choices[1]!;
    await s.interaction({
      type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', trigger_id: 'trig-9',
      response_url: s.responseUrl('pick'), container: { type: 'message' },
      actions: [{ type: 'button', action_id: pick.action_id, block_id: `choose:${stored?.id}`, value: pick.value, action_ts: '1' }],
    });
    const done = await s.slack.waitFor((c) => c.method === 'response_url:pick');
    expect(String(done.body.text)).toContain('已将');
    const [after] = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(after?.itemId).toBe(pick.value.split('|')[1]);
  });

  it('gives every event of a message its own edit and undo buttons', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('记录 两场：上午城南社区讲座200人；下午白马乡讲座150人');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const undo = elementsOf(reply.body).filter((e) => e.action_id === 'activity_undo');
    const stored = await new FileStore(join(s.dataDir, 'T1')).listActivities();
    expect(stored.map((a) => a.headcount).sort()).toEqual([150, 200]);
    expect(undo.map((e) => e.value).sort()).toEqual(stored.map((a) => a.id).sort());
  });
});
