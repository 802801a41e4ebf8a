// Forms answer in the workspace of the signed request, whatever their metadata says; a form replayed stores once;
// a request signed outside Slack's ±5-minute window is refused. Real signed requests to the Bolt app.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { OTHER_WORKSPACE } from '../../src/adapters/slack/form-workspace.js';
import { SAMPLE_PLAN } from '../../src/compose.js';
import type { Clock } from '../../src/core/clock.js';
import { recordingLogger } from '../support/schedule-harness.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const steppingClock = (start: string) => {
  let now = new Date(start);
  const clock: Clock & { advance(ms: number): void } = { now: () => now, advance: (ms) => void (now = new Date(now.getTime() + ms)) };
  return clock;
};
const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const submission = (callbackId: string, metadata: unknown, values: Record<string, unknown>, viewId = 'V1', team = 'T1', user = 'U1') => ({
  type: 'view_submission',
  team: { id: team },
  user: { id: user, team_id: team },
  api_app_id: 'A1',
  view: { id: viewId, callback_id: callbackId, private_metadata: JSON.stringify(metadata), state: { values } },
});
const errorsOf = (body: string): Record<string, string> => (JSON.parse(body || '{}') as { errors?: Record<string, string> }).errors ?? {};

async function twoWorkspaces(options: Parameters<typeof startSlackHarness>[0] = {}) {
  const logger = recordingLogger();
  h = await startSlackHarness({ ...options, logger });
  const s = h;
  const ctx = (workspace: string) => s.kexie.context({ workspace, user: 'U1', source: { kind: 'slack' } });
  const logged = await s.kexie.log(ctx('T2'), '5月17日 科普讲座，参加100人');
  if (!logged.ok) throw new Error(logged.message);
  return { s, logger, ctx, other: logged.activity };
}

describe('forms are answered in the workspace of the signed request', () => {
  it('refuses an edit form whose metadata names another workspace, leaving that record as it was', async () => {
    const { s, logger, ctx, other } = await twoWorkspaces();
    const values = { date: { value: { type: 'datepicker', selected_date: '2026-05-18' } }, title: text('改过的标题'), headcount: text('1'), metrics: text('') };
    const refused = await s.interaction(submission('activity_edit_modal', { id: other.id, team: 'T2' }, values));
    expect(errorsOf(refused.body)).toEqual({ title: OTHER_WORKSPACE });
    expect(logger.lines.some((l) => l.message.includes('named another workspace') && l.context?.where === 'activity_edit_modal' && l.context?.named === 'T2')).toBe(true);
    // Naming the request's own workspace with the other one's record id: it is not found there.
    const notHere = await s.interaction(submission('activity_edit_modal', { id: other.id, team: 'T1' }, values));
    // The form is acknowledged before the store is asked; the outcome comes as a DM.
    expect(errorsOf(notHere.body)).toEqual({});
    expect(String((await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /没有修改成功/u.test(String(c.body.text)))).body.text)).toContain('没有找到活动记录');
    const after = await s.kexie.activity(ctx('T2'), other.id);
    expect(after).toMatchObject({ title: other.title, headcount: 100 });
    expect(after?.history.map((x) => x.action)).toEqual(['create']);
  });

  it('refuses a log form naming another workspace, storing nothing in either', async () => {
    const { s, logger, ctx } = await twoWorkspaces();
    const refused = await s.interaction(submission('activity_log_modal', { team: 'T2', year: 2026 }, { message: text('5月18日 专题活动，参加群众60人') }));
    expect(errorsOf(refused.body)).toEqual({ message: OTHER_WORKSPACE });
    expect(logger.lines.filter((l) => l.level === 'warn' && l.context?.where === 'activity_log_modal')).toHaveLength(1);
    expect(await s.kexie.activities(ctx('T2'))).toHaveLength(1);
    expect(await s.kexie.activities(ctx('T1'))).toHaveLength(0);
  });

  it('refuses a sign-up form naming another workspace’s sheet, which stays untouched', async () => {
    const { s } = await twoWorkspaces();
    const store = s.kexie.deps.storeFor('T2');
    await store.updateSignups((list) => void list.push({ id: 'sg1', event: '科普日主场活动', organiser: 'U9', createdAt: '2026-05-01T00:00:00.000Z', closed: false, entries: [], attendance: null, activityId: null }));
    const values = { unit: text('城关镇科协'), count: text('5'), names: text(''), contact: text('') };
    const refused = await s.interaction(submission('signup_modal', { id: 'sg1', team: 'T2' }, values));
    expect(errorsOf(refused.body)).toEqual({ unit: OTHER_WORKSPACE });
    const notHere = await s.interaction(submission('signup_modal', { id: 'sg1', team: 'T1' }, values));
    expect(errorsOf(notHere.body)).toEqual({});
    expect(String((await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'U1' && /没有报名成功/u.test(String(c.body.text)))).body.text)).toContain('不存在');
    expect((await store.listSignups())[0]?.entries).toEqual([]);
    expect(await s.kexie.deps.storeFor('T1').listSignups()).toEqual([]);
  });

  it('refuses a fix-and-record form for a question asked in another workspace', async () => {
    const { s, ctx } = await twoWorkspaces({ today: '2026-05-20' });
    await s.event({ type: 'message', channel_type: 'im', channel: 'D2', user: 'U1', text: '5月25日城南社区科普讲座来了80人', ts: '1779156000.000100' }, { team: 'T2' });
    const asked = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('还没到'));
    const blocks = (asked.body.blocks ?? []) as Array<{ elements?: Array<{ action_id?: string; value?: string }> }>;
    const key = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'pending_edit')?.value ?? '';
    expect(key.startsWith('T2|U1|')).toBe(true);
    const values = { date: { value: { type: 'datepicker', selected_date: '2026-05-15' } }, title: text('城南社区科普讲座'), headcount: text('85'), metrics: text('') };
    for (const team of ['T1', 'T2']) expect(errorsOf((await s.interaction(submission('pending_edit_modal', { key, team }, values))).body)).toEqual({ title: OTHER_WORKSPACE });
    expect(await s.kexie.activities(ctx('T2'))).toHaveLength(1);
    expect(await s.kexie.activities(ctx('T1'))).toHaveLength(0);
  });

  it('offers type-ahead items from the request’s workspace only', async () => {
    const { s, logger, ctx } = await twoWorkspaces();
    await s.kexie.importPlan(ctx('T2'), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
    const search = (metadata: unknown) =>
      s.interaction({ type: 'block_suggestion', team: { id: 'T1' }, user: { id: 'U1', team_id: 'T1' }, api_app_id: 'A1', action_id: 'item_search', block_id: 'item', value: '科普', view: { id: 'V1', type: 'modal', private_metadata: JSON.stringify(metadata) } });
    const optionsOf = async (metadata: unknown) => (JSON.parse((await search(metadata)).body) as { options: Array<{ value: string }> }).options;
    expect(await optionsOf({ id: 'a1', team: 'T2', year: 2026 })).toEqual([]);
    expect(logger.lines.some((l) => l.context?.where === 'item options' && l.context?.named === 'T2')).toBe(true);
    expect(await optionsOf({ id: 'a1', team: 'T1', year: 2026 })).toEqual([]);
    await s.kexie.importPlan(ctx('T1'), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
    expect((await optionsOf({ id: 'a1', team: 'T1', year: 2026 })).length).toBeGreaterThan(0);
  });
});

describe('replays and signed times', () => {
  it('stores a log form submitted again 70 s later (same view) once, and says it was already recorded', async () => {
    const clock = steppingClock('2026-05-20T04:00:50.000Z');
    h = await startSlackHarness({ deps: { clock } });
    const s = h;
    const form = submission('activity_log_modal', { team: 'T1', year: 2026 }, { message: text('5月18日 专题活动，参加群众60人') }, 'V777');
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await s.interaction(form, { timestamp })).status).toBe(200);
    const first = String((await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('已记录活动'))).body.text);
    clock.advance(70_000);
    expect((await s.interaction(form, { timestamp })).status).toBe(200);
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('这条已经记录过'));
    expect(await s.kexie.activities(s.kexie.context({ workspace: 'T1' }))).toHaveLength(1);
    // Another form (a new view) with the same words is a new record (stored after the form is acknowledged, then DMed).
    expect((await s.interaction({ ...form, view: { ...form.view, id: 'V778' } })).status).toBe(200);
    await s.slack.waitFor((c) => c.method === 'chat.postMessage' && String(c.body.text).includes('已记录活动') && String(c.body.text) !== first);
    expect(await s.kexie.activities(s.kexie.context({ workspace: 'T1' }))).toHaveLength(2);
  });

  it('refuses a request signed more than five minutes ahead of or behind its clock, and accepts one within', async () => {
    let offsetMs = 0;
    const logger = recordingLogger();
    h = await startSlackHarness({ logger, requestClock: { now: () => new Date(Date.now() + offsetMs) } });
    const s = h;
    const now = () => Math.floor(Date.now() / 1000);
    const ahead = await s.command('记录 5月17日 科普讲座，参加100人', 'U1', 'T1', { timestamp: now() + 600 });
    expect(ahead.sent.status).toBe(401);
    expect(logger.lines.some((l) => l.message.includes('five-minute window') && String(l.context?.problem).includes('future'))).toBe(true);
    const within = await s.command('记录 5月17日 科普讲座，参加100人', 'U1', 'T1', { timestamp: now() + 240 });
    expect(within.sent.status).toBe(200);
    await s.slack.waitFor((c) => c.method === within.responseId);
    // The window is the injected clock's: 20 minutes ahead of the system's, a request signed now is stale.
    offsetMs = 20 * 60_000;
    expect((await s.command('帮助', 'U1', 'T1', { timestamp: now() })).sent.status).toBe(401);
    expect((await s.command('帮助', 'U1', 'T1', { timestamp: now() + 20 * 60 })).sent.status).toBe(200);
    expect(s.slack.calls.some((c) => c.method === ahead.responseId)).toBe(false);
    expect(await s.kexie.activities(s.kexie.context({ workspace: 'T1' }))).toHaveLength(1);
  });
});
