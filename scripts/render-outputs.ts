// Renders what kexie hands upward (the Word summary, the 台账 workbook, both charts) for a quarter of twenty varied records, then converts them with LibreOffice to PDF and PNG to look at.
// Usage: npx tsx scripts/render-outputs.ts [out-dir]   (needs soffice and pdftoppm: apt-get install -y libreoffice-writer libreoffice-calc fonts-noto-cjk poppler-utils)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { handleMessage } from '../src/core/chat/handle-message.js';
import { renderReplyFile, writeReplyLedger } from '../src/infra/exports/render-file.js';
import { FONTS } from '../src/infra/exports/summary-docx.js';
import { variedQuarter } from '../test/support/varied-quarter.js';

const out = resolve(process.argv[2] ?? '/tmp/kexie-render');
mkdirSync(out, { recursive: true });
const q = await variedQuarter('2026-10-15');
// Sign-ups of two units for one event, with its attendance: the 报名 sheet shows 实到 once.
await q.storeFor('local').updateSignups((s) => {
  s.push({ id: 's1', event: '全国科普日主场活动', organiser: 'U1', createdAt: '2026-09-01T01:00:00Z', closed: true, attendance: 180, activityId: null, entries: [{ unit: '第一中学', count: 60, by: 'U1', at: '2026-09-02T01:00:00Z' }, { unit: '城关镇科协', count: 130, by: 'U1', at: '2026-09-03T01:00:00Z' }] });
});
const written: string[] = [];
for (const request of ['总结 第三季度 Word', '导出 第三季度', '进度图', '活动趋势 2026年']) {
  const reply = await handleMessage(q.kexie, q.ctx, request);
  if (!reply.file) throw new Error(`${request}: no file (${reply.text.slice(0, 80)})`);
  if (reply.file.kind === 'ledger') {
    const path = join(out, reply.file.name);
    await writeReplyLedger(q.storeFor('local'), reply.file, path);
    written.push(path);
    continue;
  }
  const file = await renderReplyFile(reply.file);
  const path = join(out, file.filename);
  writeFileSync(path, file.bytes);
  written.push(path);
  if (request.startsWith('总结')) writeFileSync(join(out, 'summary.txt'), reply.text);
}
// LibreOffice finds fonts through fontconfig: give the official names the same fallbacks the file names (Word and WPS read them from its font table).
const aliases = Object.values(FONTS)
  .map((list) => `<alias binding="same"><family>${list[0]}</family><prefer>${list.slice(1).map((f) => `<family>${f}</family>`).join('')}</prefer></alias>`)
  .join('');
const fontconfig = join(out, 'fonts.conf');
writeFileSync(fontconfig, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${aliases}</fontconfig>`);
const env = { ...process.env, FONTCONFIG_FILE: fontconfig };
for (const path of written.filter((p) => /\.(docx|xlsx)$/u.test(p))) {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, path], { stdio: 'ignore', env });
  const pdf = path.replace(/\.(docx|xlsx)$/u, '.pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, pdf.replace(/\.pdf$/u, '')]);
}
console.log(readdirSync(out).sort().map((f) => join(out, f)).join('\n'));
