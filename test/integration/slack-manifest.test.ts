// The manifest asks for exactly the scopes the code uses: each Web API method called and each event subscribed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/kexie-for-tests.js';

const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'users.info': ['users:read'],
  'files.uploadV2': ['files:write'],
  // files.uploadV2's own three steps, called directly to send the 台账 from its temporary file.
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  'conversations.history': ['channels:history', 'groups:history'],
  'views.open': [],
  'views.publish': [],
  'views.update': [],
};
const EVENT_SCOPES: Record<string, string> = { app_mention: 'app_mentions:read', 'message.channels': 'channels:history', 'message.groups': 'groups:history', 'message.im': 'im:history' };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [readFileSync(join(dir, e.name), 'utf8')] : []));
}

it('slack-manifest.json lists the scopes the code needs and no others', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'slack-manifest.json'), 'utf8')) as { oauth_config: { scopes: { bot: string[] } }; settings: { event_subscriptions: { bot_events: string[] } }; features: { slash_commands?: unknown[] } };
  const code = sources(join(ROOT, 'src', 'adapters', 'slack')).join('\n');
  const called = new Set([...code.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`));
  for (const method of called) expect(Object.keys(METHOD_SCOPES), `scope of ${method}`).toContain(method);
  const needed = new Set([...called].flatMap((m) => METHOD_SCOPES[m] ?? []));
  for (const e of manifest.settings.event_subscriptions.bot_events) if (EVENT_SCOPES[e]) needed.add(EVENT_SCOPES[e]);
  if (manifest.features.slash_commands?.length) needed.add('commands');
  // Uploaded plan and ledger files are downloaded with the bot token.
  if (/url_private/.test(code)) needed.add('files:read');
  expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
});
