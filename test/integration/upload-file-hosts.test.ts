// Issue 21.1: an upload served by a file host that ends the body by closing the connection (HTTP/1.0 style) must not
// take the bot down; the admin gets a reply either way, and the next request is still answered.
import { afterEach, describe, expect, it } from 'vitest';
import type { FileHostStyle } from '../support/file-host.js';
import { ledgerWorkbook } from '../support/ledger-workbook.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const upload = (s: SlackHarness, name: string, channel: string, ts: string) =>
  s.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel, user: 'UADMIN', text: '导入台账', ts, files: [{ id: `F${ts}`, name, url_private_download: `${s.slack.url}/files/${encodeURIComponent(name)}` }] });

// The HTTP/1.0 host first: the crash needed the body left unread while the ledger reader loaded for the first time.
describe.each<FileHostStyle>(['http10-close', 'normal'])('a 2,000-row ledger upload from a %s file host', (style) => {
  it('is imported and answered, and the bot answers the next request', async () => {
    h = await startSlackHarness({ admins: ['UADMIN'] });
    h.slack.fileStyle = style;
    const bytes = await ledgerWorkbook(2000);
    expect(bytes.length).toBeGreaterThan(20_000);
    h.slack.files.set('去年台账.xlsx', bytes);
    expect((await upload(h, '去年台账.xlsx', 'D1', '1779156001.000100')).status).toBe(200);
    const reply = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1');
    expect(String(reply.body.text)).toContain('新增 2000 条活动');
    const { responseId } = await h.command('这个月有什么要做的');
    await h.slack.waitFor((c) => c.method === responseId);
  });
});

describe('a download cut short', () => {
  it('is answered in Chinese with what to do, nothing is stored, and the bot answers the next request', async () => {
    h = await startSlackHarness({ admins: ['UADMIN'] });
    h.slack.fileStyle = 'cut-short';
    h.slack.files.set('台账.xlsx', await ledgerWorkbook(500));
    await upload(h, '台账.xlsx', 'D2', '1779156002.000100');
    const reply = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D2');
    expect(String(reply.body.text)).toContain('下载文件“台账.xlsx”时连接中断，没有导入任何内容。请稍后重新上传');
    expect(await h.kexie.activities(h.kexie.context({ workspace: 'T1' }))).toEqual([]);
    const { responseId } = await h.command('这个月有什么要做的');
    await h.slack.waitFor((c) => c.method === responseId);
  });
});

describe('a plan upload from an HTTP/1.0 file host', () => {
  it('is imported', async () => {
    h = await startSlackHarness({ admins: ['UADMIN'] });
    h.slack.fileStyle = 'http10-close';
    h.slack.files.set('要点.txt', new TextEncoder().encode(`2026年科协工作要点\n一、科学普及\n1. 9月举办全国科普日活动，开展科普讲座200场次。${'\n'.repeat(3)}${'说明。'.repeat(5000)}`));
    await h.event({ type: 'message', subtype: 'file_share', channel_type: 'im', channel: 'D3', user: 'UADMIN', text: '', ts: '1779156003.000100', files: [{ id: 'F3', name: '要点.txt', url_private_download: `${h.slack.url}/files/${encodeURIComponent('要点.txt')}` }] });
    const reply = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'D3');
    expect(String(reply.body.text)).toContain('已导入《2026年科协工作要点》');
  });
});
