// Files in Slack: the 台账 workbook, the Word summary and the charts uploaded with files.uploadV2; a ledger imported from an upload.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { Resvg } from '@resvg/resvg-js';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_PLAN } from '../../src/compose.js';
import { chartToSvg, cjkFontFile } from '../../src/infra/exports/render-chart.js';
import { type SlackHarness, startSlackHarness } from '../support/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  const rejected = h?.slack.rejected.map((r) => `${r.method}: ${r.error}`) ?? [];
  await h?.close();
  h = undefined;
  expect(rejected).toEqual([]);
});

async function withActivities(admins: string[] = []) {
  h = await startSlackHarness({ admins });
  const ctx = h.kexie.context({ workspace: 'T1', user: 'U1' });
  await h.kexie.importPlan(ctx, { text: readFileSync(SAMPLE_PLAN, 'utf8'), source: 'sample' });
  for (const m of ['4月10日 科技工作者座谈会，参加30人', '5月17日 科技活动周开幕式，参加群众800人次，发放资料5000份', '5月18日 科普讲座，参加120人次，讲座2场']) await h.kexie.log(ctx, m);
  return h;
}
const uploaded = async (s: SlackHarness) => {
  await s.slack.waitFor((c) => c.method === 'files.completeUploadExternal');
  return [...s.slack.uploads.values()];
};

/** Dark pixels (any channel below 128) in a rectangle of an RGBA image. */
function darkPixels(pixels: Buffer, width: number, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) for (let x = box.x0; x < box.x1; x++) {
    const i = (y * width + x) * 4;
    if ((pixels[i] ?? 255) < 128 && (pixels[i + 3] ?? 0) > 0) n++;
  }
  return n;
}

describe('导出', () => {
  it('uploads the quarter\'s workbook to the conversation, with display names', async () => {
    const s = await withActivities();
    s.slack.names.set('U1', '李科普');
    await s.event({ type: 'app_mention', user: 'U1', text: '<@UBOT> 导出 本季度', channel: 'C5', ts: '1779156000.000100' });
    const [file] = await uploaded(s);
    expect(file).toMatchObject({ filename: '活动台账-2026年第二季度.xlsx', channel: 'C5', threadTs: '1779156000.000100' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file?.bytes ?? []) as never);
    const sheet = book.getWorksheet('活动台账');
    // The header, three activities, then the totals (人次 and 人 on rows of their own).
    expect(sheet?.rowCount).toBeGreaterThanOrEqual(5);
    expect(sheet?.getCell('A5').value).toBe('合计');
    expect(sheet?.getCell('F2').value).toBe('李科普');
    const placeholder = s.slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.text === '正在起草…');
    expect(placeholder).toBeDefined();
    expect(s.slack.calls.some((c) => c.method === 'chat.update' && String(c.body.text).includes('3 条活动'))).toBe(true);
  });
});

describe('Word and charts', () => {
  it('总结 本季度 Word uploads the .docx', async () => {
    const s = await withActivities();
    const { responseId } = await s.command('总结 本季度 Word');
    await s.slack.waitFor((c) => c.method === responseId && c.body.replace_original === true);
    const [file] = await uploaded(s);
    expect(file?.filename).toMatch(/第二季度工作总结\.docx$/u);
    expect(Buffer.from(file?.bytes ?? []).subarray(0, 2).toString()).toBe('PK');
    expect(file?.channel).toBe('C1');
  });

  it('says how to fix an upload into a channel kexie is not in', async () => {
    const s = await withActivities();
    s.slack.refuseNext.set('files.completeUploadExternal', 'not_in_channel');
    const { responseId } = await s.command('活动趋势');
    const told = await s.slack.waitFor((c) => c.method === responseId && String(c.body.text).includes('文件没能上传'));
    expect(String(told.body.text)).toContain('/invite @kexie');
    s.slack.rejected.length = 0;
  });

  it('进度图 and 活动趋势 post PNGs whose Chinese labels are drawn', async () => {
    const s = await withActivities();
    await s.command('进度图');
    await s.command('活动趋势 2026年');
    await s.slack.waitFor((c) => c.method === 'files.completeUploadExternal' && JSON.stringify(c.body.files).includes('活动趋势'));
    await s.slack.waitFor((c) => c.method === 'files.completeUploadExternal' && JSON.stringify(c.body.files).includes('目标进度'));
    const files = [...s.slack.uploads.values()];
    expect(files.map((f) => f.filename).sort()).toEqual(['活动趋势-2026年.png', '目标进度-2026-05-20.png']);
    for (const f of files) expect(Buffer.from(f.bytes).subarray(1, 4).toString()).toBe('PNG');
  });

  it('draws CJK text with the shipped font (without it the same label is blank)', async () => {
    const label = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-family="Noto Sans SC" font-size="28">科普活动</text></svg>';
    const drawn = new Resvg(label, { background: 'white', font: { fontFiles: [cjkFontFile()], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render();
    const blank = new Resvg(label, { background: 'white', font: { loadSystemFonts: false } }).render();
    expect(darkPixels(drawn.pixels, drawn.width, { x0: 0, y0: 0, x1: 200, y1: 60 })).toBeGreaterThan(200);
    expect(darkPixels(blank.pixels, blank.width, { x0: 0, y0: 0, x1: 200, y1: 60 })).toBe(0);
    // In the progress chart, the strip left of the bars holds only the item labels.
    const svg = await chartToSvg({ kind: 'progress', title: '目标进度', bars: [{ label: '二/1 科技活动周', percent: 16, done: 800, goal: 5000, unit: '人次' }] });
    const chart = new Resvg(svg, { background: 'white', font: { fontFiles: [cjkFontFile()], loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render();
    expect(darkPixels(chart.pixels, chart.width, { x0: 0, y0: 30, x1: Math.floor(chart.width * 0.3), y1: chart.height - 40 })).toBeGreaterThan(50);
  });
});

describe('导入台账', () => {
  it('imports an uploaded spreadsheet for an admin and reports skipped and refused rows', async () => {
    const s = await withActivities(['UADMIN']);
    const csv = '日期,活动名称,参加人数\n2026-05-17,科技活动周开幕式,800\n2026-03-05,学雷锋志愿服务,约200\n,科普讲座,50\n';
    s.slack.files.set('ledger.csv', new TextEncoder().encode(csv));
    const file = { id: 'F9', name: '去年台账.csv', url_private_download: `${s.slack.url}/files/ledger.csv`, size: csv.length };
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'channel', channel: 'C3', user: 'U1', text: '导入台账', ts: '1779156001.000100', files: [file] });
    const refused = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C3');
    expect(String(refused.body.text)).toContain('只有管理员可以导入台账');
    await s.event({ type: 'message', subtype: 'file_share', channel_type: 'channel', channel: 'C4', user: 'UADMIN', text: '导入台账', ts: '1779156002.000100', files: [file] });
    const done = await s.slack.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'C4');
    expect(String(done.body.text)).toContain('新增 1 条活动，跳过 1 条（已有记录），未导入 1 行');
    expect(String(done.body.text)).toContain('第 4 行：没有日期');
    const all = await s.kexie.activities(s.kexie.context({ workspace: 'T1' }));
    expect(all.map((a) => a.title)).toContain('学雷锋志愿服务');
  });
});
