// Files as users send them (issue 17): the same plan read from a .docx and from a .pdf reads as its text does.
// Each case builds its own small file (a .docx with the docx package, a PDF page as positioned pieces).
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { pdfPagesToLines } from '../../src/infra/documents/pdf-lines.js';
import { readDocumentBytes } from '../../src/infra/documents/read-document.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const parse = (text: string, source: string) => parsePlan(text, { source, fallbackYear: 2019, importedAt: '', observances: OBSERVANCES });

async function docx(paragraphs: string[], name: string): Promise<ReturnType<typeof parse>> {
  const doc = new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph(t)) }] });
  const { text } = await readDocumentBytes(new Uint8Array(await Packer.toBuffer(doc)), name);
  return parse(text, name);
}

const piece = (x: number, y: number, text: string, size = 11, width?: number) => ({ x, y, right: x + (width ?? text.length * size), size, text });

describe('a PDF whose quotation marks are drawn over blanks of the line', () => {
  // The run "围绕 科普惠民 主题" leaves a blank (half an em) where each mark goes; the marks come as pieces of
  // their own, over those blanks.
  const page = [
    piece(90, 700, '县科协将于5月20日举办科技周活动，紧紧围', 11),
    piece(90, 685, '绕 科普惠民 主题，组织专家开展科普讲座不少于10场。', 11, 26 * 11 + 2 * 5.5),
    piece(90 + 11, 685, '“', 11, 5.5),
    piece(90 + 11 + 5.5 + 4 * 11, 685, '”', 11, 5.5),
    piece(90, 670, '二、9月底前完成年度考核。', 11),
  ];
  it('puts each mark in its blank, not at the end of the run, and keeps the wrapped paragraph whole', () => {
    const lines = pdfPagesToLines([page]);
    expect(lines[0]).toBe('县科协将于5月20日举办科技周活动，紧紧围绕“科普惠民”主题，组织专家开展科普讲座不少于10场。');
    expect(lines[1]).toBe('二、9月底前完成年度考核。');
  });
});

describe('a news page in Word whose paragraph quotes the plan it reports', () => {
  it('reads the paragraph\'s 一是/二是 as items: the quoted 《…方案》 names it, it is not a title line with no body', async () => {
    const { plan, report } = await docx(
      [
        '为进一步普及防灾减灾知识,提高全社会的综合防御能力,某市地震局将在今年的5.12期间,围绕“减少灾害风险”主题,精心安排三项重点活动。',
        '为了搞好宣传活动,市地震局与市委宣传部召开联席会议,联合印发了《某市2019年防震减灾宣传教育工作方案》,方案以三项重点活动为支撑,对全市宣传活动进行了全面部署。一是开展科普知识电视展播活动。从5月11日开始,集中利用5天时间展播公益广告。二是开展“5.12”防灾减灾日集中宣传。5月12日上午,在东湖公园门前举办大型公益宣传活动。三是开展知识进社区活动。5月13日,深入科教园小区进行现场宣传。',
      ],
      'news.docx',
    );
    expect(plan.items.length).toBeGreaterThanOrEqual(3);
    expect(plan.items.some((i) => i.text.includes('5月12日上午'))).toBe(true);
    expect(report.unread.join('\n')).not.toContain('一是开展科普知识电视展播活动');
  });
});

describe('the title of a notice in Word', () => {
  it('is its own 关于…的通知 line, not a document its lead says it carries out (贯彻落实《关于…的意见》)', async () => {
    const { plan } = await docx(
      [
        '所在地区: 某市 发布日期: 2019年3月22日',
        '关于举办第三届某区科普讲解大赛的通知',
        '各有关单位:',
        '为深入贯彻落实中共中央办公厅、国务院办公厅《关于新时代进一步加强科学技术普及工作的意见》精神,提升全民科学素质,决定举办第三届某区科普讲解大赛,现将有关事项通知如下。',
        '一、报名时间',
        '3月22日至4月3日。',
        '二、决赛时间',
        '4月20日举办决赛。',
      ],
      'notice.docx',
    );
    expect(plan.title).toBe('关于举办第三届某区科普讲解大赛的通知');
  });

  it('is never a heading of its outline listed before the body ("(一)宣传阐释…")', async () => {
    const { plan } = await docx(
      [
        '(一)宣传阐释重要论述',
        '(二)宣传推广科技创新成果',
        '(一)系列主场活动',
        '(二)科学文化进基层',
        '为深入贯彻落实全国科技大会精神,定于2019年9月举办首届全国科普月活动,现将有关事项通知如下。',
        '一、活动主题',
        '(一)宣传阐释重要论述',
        '围绕科技强国建设开展宣传。',
        '二、重点活动',
        '(一)系列主场活动',
        '9月举办主场活动。',
        '(二)科学文化进基层',
        '9月底前开展进基层活动10场。',
      ],
      'kepuyue.docx',
    );
    expect(plan.title).not.toMatch(/^[（(][一二三四五六七八九十]+[)）]/u);
  });
});

describe('a document site\'s "2022年最新的" before a title', () => {
  it('is no part of the title', async () => {
    const { plan } = await docx(['2019年最新的县科协科普讲解大赛实施方案', '一、比赛时间', '9月20日举办决赛。', '二、参赛名额', '各乡镇选派2名选手参赛。'], 'site.docx');
    expect(plan.title).toBe('县科协科普讲解大赛实施方案');
  });
});
