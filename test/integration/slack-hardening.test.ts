import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { replyMessage } from '../../src/adapters/slack/blocks/reply-blocks.js';
import { mayReceiveToken } from '../../src/adapters/slack/listeners/events/import-upload.js';
import type { Clock } from '../../src/core/clock.js';
import { FileStore } from '../../src/infra/store/file-store.js';
import { stripControls } from '../../src/core/text/sanitize.js';
import { cliInProcess } from '../support/cli.js';
import { fixture } from '../support/kexie-for-tests.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

let h: SlackHarness | undefined;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await h?.close();
  h = undefined;
  for (const close of closers.splice(0)) await close();
});

/** A clock the test moves by hand. */
const steppingClock = (start: string) => {
  let now = new Date(start);
  const clock: Clock & { advance(ms: number): void } = { now: () => now, advance: (ms) => void (now = new Date(now.getTime() + ms)) };
  return clock;
};

async function withPlan(options: Parameters<typeof startSlackHarness>[0] = {}) {
  h = await startSlackHarness(options);
  await h.kexie.importPlan(h.kexie.context({ workspace: 'T1' }), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  return h;
}
const stored = (s: SlackHarness) => new FileStore(join(s.dataDir, 'T1')).listActivities();

describe('Slack hardening', () => {
  it('sends the bot token only to Slack file hosts, never to a host an event names', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const other = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200).end('一、科普\n1、举办讲座');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    closers.push(() => new Promise((resolve) => other.close(() => resolve())));
    const s = await withPlan({ admins: ['U1'] });
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}/steal.txt`;
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D9', user: 'U1', text: '', ts: '1710000009.000100', files: [{ name: 'plan.txt', url_private_download: url }] });
    const reply = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D9');
    expect(String(reply.body.text)).toContain('不是 Slack 的文件服务器');
    expect(seen).toEqual([]);
    expect(mayReceiveToken('https://files.slack.com/files-pri/T1-F1/plan.docx')).toBe(true);
    expect(mayReceiveToken('https://files.slack.com.evil.example/plan.docx')).toBe(false);
    expect(mayReceiveToken('http://files.slack.com/plan.docx')).toBe(false);
    expect(mayReceiveToken('https://evil.example/files.slack.com')).toBe(false);
    expect(mayReceiveToken('https://user@files.slack.com/x')).toBe(false);
  });

  it('escapes the plain text of a reply as it escapes blocks: <!channel> comes back inert', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('记录 5月17日 科普讲座<!channel>，参加100人');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const text = String(reply.body.text);
    expect(text).toContain('科普讲座&lt;');
    expect(text).not.toMatch(/<[!@#]|channel>/u);
    expect(JSON.stringify(reply.body.blocks)).not.toMatch(/<[!@#]|channel>/u);
    // What the model writes goes through the same reply builder.
    const message = replyMessage({ text: '本季度 <!channel> <@U123> 共开展活动 3 场 & 更多', kind: 'summary' });
    expect(message.text).toBe('本季度 &lt;!channel&gt; &lt;@U123&gt; 共开展活动 3 场 &amp; 更多');
  });

  it('removes ANSI escapes, NUL, C1 controls and bidi overrides from what is stored and shown', async () => {
    const s = await withPlan();
    const { responseId } = await s.command('记录 5月17日 \u001b[31m科普\u0000讲座\u202e\u0085，参加100人\u001b]0;title\u0007');
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    const [activity] = await stored(s);
    for (const text of [activity?.text ?? '', activity?.title ?? '', String(reply.body.text)]) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    }
    expect(activity?.title).toContain('科普讲座');
    expect(stripControls('a\u001b[1;31mb\u001b[0m\r\nc\u2067d\u2069')).toBe('ab\ncd');

    const dir = mkdtempSync(join(tmpdir(), 'kexie-cli-ansi-'));
    const run = await cliInProcess({ KEXIE_DATA_DIR: dir }, 'log', '5月17日 \u001b[2J科普讲座\u202e，参加50人', '--today', '2026-05-20', '--json');
    expect(run.code).toBe(0);
    const logged = await new FileStore(join(dir, 'local')).listActivities();
    expect(logged[0]?.text).toBe('5月17日 科普讲座，参加50人');
  });

  it('stores a signed /kx 记录 replayed a minute later, inside Slack\'s window, once', async () => {
    const clock = steppingClock('2026-05-20T04:00:10.000Z');
    const s = await withPlan({ deps: { clock } });
    const form = new URLSearchParams({ command: '/kx', text: '记录 5月17日 科普讲座，参加100人', user_id: 'U1', team_id: 'T1', channel_id: 'C1', trigger_id: '1234.5678.abcd', response_url: `${s.slack.url}/response/replay`, token: 'x', api_app_id: 'A1' }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await s.send(form, 'application/x-www-form-urlencoded', { timestamp })).status).toBe(200);
    await s.slack.waitFor((c) => c.method === 'response_url:replay');
    clock.advance(60_000);
    expect((await s.send(form, 'application/x-www-form-urlencoded', { timestamp })).status).toBe(200);
    await s.slack.waitFor((c) => c.method === 'response_url:replay' && String(c.body.text).includes('已经记录过'));
    expect(await stored(s)).toHaveLength(1);
    // A new invocation with the same words is a new record.
    const again = await s.command('记录 5月17日 科普讲座，参加100人');
    await s.slack.waitFor((c) => c.method === again.responseId);
    expect(await stored(s)).toHaveLength(2);
  });

  it('refuses a chat message over 4,000 characters with a clear reply, storing nothing', async () => {
    const s = await withPlan();
    const { sent, responseId } = await s.command(`记录 5月17日 科普讲座，参加100人${'一'.repeat(4000)}`);
    expect(sent.status).toBe(200);
    const reply = await s.slack.waitFor((c) => c.method === responseId);
    expect(String(reply.body.text)).toMatch(/超过 4,000 字的上限.*请分成几条发送/su);
    expect(await stored(s)).toEqual([]);
    // A DM of 40,000 characters (Slack's own limit) is refused before any pattern runs on it: no "正在起草" first.
    await s.event({ type: 'message', channel_type: 'im', channel: 'D40K', user: 'U1', text: 'draft the summary '.repeat(2300), ts: '1710000040.000100' });
    const refused = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D40K');
    expect(String(refused.body.text)).toMatch(/超过 4,000 字的上限/u);
    expect(s.slack.calls.filter((c) => c.body.channel === 'D40K')).toHaveLength(1);
    const cli = await cliInProcess({ KEXIE_DATA_DIR: mkdtempSync(join(tmpdir(), 'kexie-cli-long-')) }, 'log', `参加100人${'一'.repeat(4001)}`, '--json');
    expect(cli.code).toBe(2);
    expect(cli.json).toMatchObject({ error: { code: 'bad_input' } });
  });

  it('still downloads a real upload from the configured Slack host', async () => {
    const s = await withPlan({ admins: ['U1'] });
    s.slack.files.set('plan.docx', readFileSync(fixture('plans', 'deadline-in-table.docx')));
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D2', user: 'U1', text: '', ts: '1710000002.000100', files: [{ name: '方案.docx', url_private_download: `${s.slack.url}/files/plan.docx` }] });
    const reply = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D2');
    expect(String(reply.body.text)).toMatch(/导入/u);
  });
});
