// Requests from one user that arrive together (a burst after a restart) ask Slack's users.info once, not once each.
import { WebClient } from '@slack/web-api';
import { afterAll, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import { createSlackDeps } from '../../src/adapters/slack/slack-deps.js';
import { createFakeSlack } from '../support/fake-slack.js';
import { kexieForTests } from '../support/kexie-for-tests.js';

const slack = await createFakeSlack();
afterAll(() => slack.close());

it('asks users.info once for concurrent requests of the same user, once more for another user', async () => {
  slack.names.set('U1', '小王');
  const { kexie } = kexieForTests('2026-06-20');
  const deps = createSlackDeps(kexie, { logger: silentLogger, admins: [], token: 'xoxb-test', slackApiUrl: slack.apiUrl });
  const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
  const names = await Promise.all([...Array.from({ length: 5 }, () => deps.nameOf(client, 'T1', 'U1')), deps.nameOf(client, 'T1', 'U2')]);
  expect(names.slice(0, 5)).toEqual(Array(5).fill('小王'));
  expect(slack.calls.filter((c) => c.method === 'users.info').map((c) => String(c.body.user)).sort()).toEqual(['U1', 'U2']);
  // Cached afterwards: no further call.
  expect(await deps.nameOf(client, 'T1', 'U1')).toBe('小王');
  expect(slack.calls.filter((c) => c.method === 'users.info')).toHaveLength(2);
});
