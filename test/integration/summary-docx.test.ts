// The Word summary in 公文 layout (GB/T 9704), read back from the .docx parts it writes.
import { describe, expect, it } from 'vitest';
import { summaryToDocx } from '../../src/infra/exports/summary-docx.js';
import { readZipText } from '../support/zip.js';

const TEXT = ['示例县科学技术协会2026年第三季度工作总结（草稿，请核对）', '', '2026年第三季度，示例县科学技术协会……现将有关情况总结如下。', '', '一、主要工作', '（一）团结服务科技工作者', '一是9月25日，走访慰问科技工作者12人次。', '', '示例县科学技术协会', '2026年10月15日'].join('\n');

describe('the Word summary', () => {
  it('is A4 with the standard margins, 28 磅 lines, the usual fonts with fallbacks, all black', async () => {
    const docx = await summaryToDocx(TEXT);
    const doc = readZipText(docx, 'word/document.xml') ?? '';
    // A4 (11906 × 16838 twips); top 37 mm, bottom 35, left 28, right 26.
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    for (const [attr, value] of [['top', 2098], ['bottom', 1984], ['left', 1587], ['right', 1474]] as const) expect(doc).toMatch(new RegExp(`<w:pgMar[^>]*w:${attr}="${value}"`, 'u'));
    expect(doc).toMatch(/<w:spacing[^>]*w:line="560"[^>]*w:lineRule="exact"/u);
    // Title 二号 (44 half-points) 方正小标宋, without the draft mark; body 三号 仿宋_GB2312; 黑体 and 楷体 headings.
    expect(doc).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>[^]*?示例县科学技术协会<\/w:t>/u);
    expect(doc).not.toMatch(/<w:t[^>]*>[^<]*草稿/u);
    expect(doc).toMatch(/w:eastAsia="黑体"[^]*?一、主要工作/u);
    expect(doc).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）团结服务科技工作者/u);
    expect(doc).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?一是9月25日/u);
    const colours = [...doc.matchAll(/<w:color w:val="([0-9A-Fa-f]{6})"/gu)].map((m) => m[1]);
    expect(new Set(colours)).toEqual(new Set(['000000']));
    const fonts = readZipText(docx, 'word/fontTable.xml') ?? '';
    expect(fonts).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="仿宋,FangSong,STFangsong/u);
    expect(fonts).toMatch(/w:name="方正小标宋简体"><w:altName w:val="小标宋/u);
  });

  it('puts 草稿，请核对 in the header, "— 1 —" page numbers at the bottom and the signature at the end', async () => {
    const docx = await summaryToDocx(TEXT);
    const parts = ['word/header1.xml', 'word/header2.xml', 'word/footer1.xml', 'word/footer2.xml'].map((p) => readZipText(docx, p) ?? '');
    expect(parts.some((p) => p.includes('草稿，请核对'))).toBe(true);
    const footers = parts.filter((p) => /PAGE/u.test(p));
    expect(footers.length).toBeGreaterThanOrEqual(2);
    for (const f of footers) expect(f).toMatch(/— <\/w:t>[^]*PAGE[^]*> —<\/w:t>/u);
    const doc = readZipText(docx, 'word/document.xml') ?? '';
    expect(doc).toMatch(/<w:jc w:val="right"\/>[^]*?示例县科学技术协会<\/w:t>[^]*?<w:jc w:val="right"\/>[^]*?2026年10月15日<\/w:t>/u);
    expect(doc.lastIndexOf('2026年10月15日')).toBeGreaterThan(doc.lastIndexOf('一是9月25日'));
  });
});
