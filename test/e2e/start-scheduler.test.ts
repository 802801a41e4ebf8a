import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../src/infra/store/file-store.js';
import { createFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { ROOT } from '../support/kexie-for-tests.js';
import { holidayPlan } from '../support/schedule-fixtures.js';

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

let slack: FakeSlack | undefined;
let stop: (() => void) | undefined;
afterEach(async () => {
  stop?.();
  await slack?.close();
});

describe('npm start runs the scheduler beside the Slack app', () => {
  it('posts the day’s due digest to the subscribed channel once it is up', async () => {
    slack = await createFakeSlack();
    const dataDir = mkdtempSync(join(tmpdir(), 'kexie-start-sched-'));
    const store = new FileStore(join(dataDir, 'T777'));
    await store.savePlan(holidayPlan());
    await store.updateSubscriptions((subs) => void subs.push({ id: 's1', kind: 'monthly', channel: 'C9', at: '09:00', days: 3, createdBy: 'U1', createdAt: '2026-01-05T02:00:00.000Z' }));
    // KEXIE_TODAY pins the clock at noon of 10-08, the first working day after National Day.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KEXIE_DATA_DIR: dataDir, KEXIE_TODAY: '2026-10-08', SLACK_BOT_TOKEN: 'xoxb-e2e-token', SLACK_SIGNING_SECRET: 'e2e-signing-secret-123456', SLACK_API_URL: slack.apiUrl, PORT: String(await freePort()) },
    });
    let logs = '';
    child.stderr.on('data', (c: Buffer) => (logs += c.toString()));
    stop = () => child.kill();
    const posted = await slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C9', 120_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${logs}`);
    });
    expect(String(posted.body.text)).toContain('【本月待办】2026年10月，共 2 项');
    expect(posted.body.metadata).toEqual({ event_type: 'kexie_scheduled_post', event_payload: { key: 's1/2026-10-08' } });
    expect((await store.getPost('s1/2026-10-08'))?.status).toMatch(/sending|sent/);
  });
});
