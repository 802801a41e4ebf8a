// Writes a drafted summary as a Word document in 公文 layout (GB/T 9704): A4, 28 磅 lines, 方正小标宋 title, 仿宋 body, 黑体/楷体 headings, "— 1 —" page numbers.
import { writeFile } from 'node:fs/promises';
import { AlignmentType, Document, Footer, Header, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';

/** Font names as offices have them, then what Windows, WPS, macOS and LibreOffice have instead (written to the font table as altName). */
export const FONTS = {
  title: ['方正小标宋简体', '小标宋', '华文中宋', '宋体', 'SimSun', 'Noto Serif CJK SC'],
  body: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong', 'Noto Serif CJK SC'],
  heading: ['黑体', 'SimHei', 'STHeiti', 'Noto Sans CJK SC'],
  subheading: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti', 'AR PL UKai CN', 'Noto Serif CJK SC'],
  number: ['宋体', 'SimSun', 'Noto Serif CJK SC'],
} as const;

const DRAFT = /[（(]草稿，?请核对[)）]/u;
/** 1 mm in twentieths of a point. */
const mm = (n: number): number => Math.round((n * 1440) / 25.4);
const SIZE = { title: 44, body: 32, footer: 28, header: 24 } as const; // 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt (half-points)
const LINE = 560; // 28 磅, exact
const INDENT = 640; // two characters of 三号

const run = (text: string, font: readonly string[], size: number, extra: { bold?: boolean } = {}): TextRun =>
  new TextRun({ text, size, color: '000000', font: { ascii: font[0], eastAsia: font[0], hAnsi: font[0], cs: font[0] }, ...extra });

const para = (text: string, font: readonly string[], opts: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; outline?: number; right?: number; keepNext?: boolean } = {}): Paragraph =>
  new Paragraph({
    ...(opts.keepNext ? { keepNext: true, keepLines: true } : {}),
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: { ...(opts.indent === false ? {} : { firstLine: INDENT }), ...(opts.right ? { right: opts.right } : {}) },
    ...(opts.outline !== undefined ? { outlineLevel: opts.outline } : {}),
    children: [run(text, font, SIZE.body)],
  });

/** The title, split after the reporting body when it would not fit one line of 二号. */
function titleLines(title: string): string[] {
  const chars = Array.from(title);
  if (chars.length <= 20) return [title];
  const m = /^(.+?(?:科学技术协会|科协))(.+)$/u.exec(title);
  return m?.[1] && m[2] ? [m[1], m[2]] : [title];
}

/** The signature lines: the last two lines when they are a body and a date ("2026年10月15日"). */
function splitSignature(lines: string[]): { body: string[]; signature: string[] } {
  const last = lines.at(-1) ?? '';
  if (!/^\d{4}年\d{1,2}月\d{1,2}日$/u.test(last)) return { body: lines, signature: [] };
  const before = lines.at(-2) ?? '';
  const withUnit = before.length > 0 && before.length <= 24 && !/[，。；：]/u.test(before);
  return withUnit ? { body: lines.slice(0, -2), signature: [before, last] } : { body: lines.slice(0, -1), signature: [last] };
}

const pageNumber = (align: 'left' | 'right'): Footer =>
  new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [run('— ', FONTS.number, SIZE.footer), new TextRun({ children: [PageNumber.CURRENT], size: SIZE.footer, color: '000000', font: { ascii: FONTS.number[0], eastAsia: FONTS.number[0], hAnsi: FONTS.number[0] } }), run(' —', FONTS.number, SIZE.footer)],
      }),
    ],
  });

/** word/fontTable.xml naming each font with its fallbacks, so Word, WPS and LibreOffice substitute sensibly. */
function fontTable(): string {
  const fonts = Object.values(FONTS)
    .map((list) => `<w:font w:name="${list[0]}"><w:altName w:val="${list.slice(1).join(',')}"/><w:charset w:val="86"/><w:family w:val="${list === FONTS.heading ? 'swiss' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

/** The .docx bytes of a summary text whose first line is the title; "草稿，请核对" goes to the page header. */
export async function summaryToDocx(text: string): Promise<Buffer> {
  const [first = '工作总结', ...rest] = text.split('\n');
  const draft = DRAFT.test(first);
  const title = first.replace(DRAFT, '').trim() || '工作总结';
  const { body, signature } = splitSignature(rest.map((l) => l.trim()).filter(Boolean));
  const children: Paragraph[] = titleLines(title).map(
    (line) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, outlineLevel: 0, children: [run(line, FONTS.title, SIZE.title)] }),
  );
  children.push(para('', FONTS.body, { indent: false }));
  body.forEach((line, i) => {
    // The last paragraph stays on the page of the signature, never a signature alone on a page.
    const keepNext = signature.length > 0 && i === body.length - 1;
    if (keepNext) children.push(para(line, FONTS.body, { keepNext }));
    else if (/^[一二三四五六七八九十]+、/u.test(line) && Array.from(line).length <= 30) children.push(para(line, FONTS.heading, { outline: 1, keepNext: true }));
    else if (/^（[一二三四五六七八九十]+）/u.test(line) && Array.from(line).length <= 30) children.push(para(line, FONTS.subheading, { outline: 2, keepNext: true }));
    else if (/^附[：:]/u.test(line)) children.push(para('', FONTS.body, { indent: false }), para(line, FONTS.heading, { indent: false }));
    else children.push(para(line, FONTS.body));
  });
  if (signature.length > 0) {
    children.push(para('', FONTS.body, { indent: false, keepNext: true }), para('', FONTS.body, { indent: false, keepNext: true }));
    signature.forEach((line, i) => children.push(para(line, FONTS.body, { indent: false, align: AlignmentType.RIGHT, right: INDENT * 2, keepNext: i < signature.length - 1 })));
  }
  const headers = draft ? { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run('草稿，请核对', FONTS.body, SIZE.header)] })] }) } : undefined;
  const doc = new Document({
    creator: 'kexie',
    title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { size: SIZE.body, color: '000000', font: { ascii: FONTS.body[0], eastAsia: FONTS.body[0], hAnsi: FONTS.body[0] } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(20) },
          },
        },
        ...(headers ? { headers: { ...headers, even: headers.default } } : {}),
        footers: { default: pageNumber('right'), even: pageNumber('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
}

/** Writes the summary to a .docx file. */
export async function writeSummaryDocx(path: string, text: string): Promise<void> {
  await writeFile(path, await summaryToDocx(text));
}
