// Writes a drafted summary as a Word document: centred title, numbered headings (一、二、), body paragraphs.
import { writeFile } from 'node:fs/promises';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

const HEADING = /^[一二三四五六七八九十]+、/u;

/** The .docx bytes of a summary text whose first line is the title. */
export async function summaryToDocx(text: string): Promise<Buffer> {
  const [title = '工作总结', ...rest] = text.split('\n');
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, size: 36, font: 'SimSun' })] }),
  ];
  for (const line of rest.map((l) => l.trim()).filter(Boolean)) {
    if (HEADING.test(line) && line.length <= 40) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: line, bold: true, size: 32, font: 'SimHei' })] }));
    } else {
      children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new TextRun({ text: line, size: 32, font: 'FangSong' })] }));
    }
  }
  return Packer.toBuffer(new Document({ creator: 'kexie', title, sections: [{ children }] }));
}

/** Writes the summary to a .docx file. */
export async function writeSummaryDocx(path: string, text: string): Promise<void> {
  await writeFile(path, await summaryToDocx(text));
}
