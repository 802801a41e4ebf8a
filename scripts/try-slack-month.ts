// Tries a month of typed messages in Slack as a new user would: the real Bolt app on loopback, the fake Web API,
// signed DM events one by one; prints what kexie posted after each, with the buttons it offered.
// Usage: npx tsx scripts/try-slack-month.ts <messages.txt> [today]   (a line ending in "：" starts a pasted list; a blank line ends it)
import { readFileSync } from 'node:fs';
import { SAMPLE_PLAN } from '../src/compose.js';
import { startSlackHarness } from '../test/support/slack-harness.js';

const [file, today = '2026-12-05'] = process.argv.slice(2);
if (!file) throw new Error('用法：npx tsx scripts/try-slack-month.ts <消息文件> [YYYY-MM-DD]');
const lines = readFileSync(file, 'utf8').split('\n');
const messages: string[] = [];
for (let k = 0; k < lines.length; k++) {
  const line = lines[k] ?? '';
  if (!line.trim()) continue;
  if (/[:：]\s*$/u.test(line)) {
    const block = [line];
    while (k + 1 < lines.length && (lines[k + 1] ?? '').trim()) block.push(lines[++k] ?? '');
    messages.push(block.join('\n'));
  } else messages.push(line);
}
const s = await startSlackHarness({ today });
// The workspace starts on the bundled sample plan, as the console does.
await s.kexie.importPlan(s.kexie.context({ workspace: 'T1', user: 'U1' }), { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample-plan.md' });
try {
  for (const [n, text] of messages.entries()) {
    const before = s.slack.calls.length;
    await s.event({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text, ts: `1779156${String(n).padStart(3, '0')}.000100` });
    await s.slack.waitFor((c) => s.slack.calls.indexOf(c) >= before && c.method === 'chat.postMessage');
    console.log(`\n>>> ${text}`);
    for (const c of s.slack.calls.slice(before).filter((x) => x.method === 'chat.postMessage')) {
      const buttons = JSON.stringify(c.body.blocks ?? '').match(/"text":\{"type":"plain_text","text":"([^"]+)"/gu)?.map((b) => b.replace(/^.*"text":"/u, '').replace(/"$/u, '')) ?? [];
      console.log(String(c.body.text));
      if (buttons.length > 0) console.log(`[按钮] ${buttons.join(' | ')}`);
    }
  }
} finally {
  await s.close();
}
