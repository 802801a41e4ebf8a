// One plan as pasted text, as Word and as PDF (test/fixtures/make-plan-formats.ts): each reads into the same tasks,
// with the same dates, targets and owners; a PDF table's wrapped, vertically centred cells stay in their row, a
// wrapped paragraph stays one, and a table row without 序号 is numbered after the row above it.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { readDocument } from '../../src/infra/documents/read-document.js';
import { fixture, OBSERVANCES, readFixture } from '../support/kexie-for-tests.js';

async function read(name: string): Promise<Plan> {
  const { text } = await readDocument(fixture('plans', 'formats', name));
  return parsePlan(text, { source: name, fallbackYear: 2030, importedAt: '', observances: OBSERVANCES }).plan;
}

/** What a user gets from a task: its words, when it is due, its targets and owners (paths may be styled differently). */
const tasks = (plan: Plan): string[] =>
  plan.items
    .filter((i) => i.kind === 'task')
    .map((i) => `${i.title}|${i.due.map((d) => `${d.start}..${d.end}`).join(',')}|${i.targets.map((t) => `${t.value}${t.unit}`).join(',')}|${i.owners.join(',')}`);

describe('the same plan as .txt, .docx and .pdf', () => {
  it('reads the same title, year and tasks from all three', async () => {
    const [txt, docx, pdf] = await Promise.all([read('same-plan.txt'), read('same-plan.docx'), read('same-plan.pdf')]);
    expect(txt.title).toBe('示例县科协2026年科普工作安排');
    expect(txt.year).toBe(2026);
    for (const other of [docx, pdf]) {
      expect(other.title).toBe(txt.title);
      expect(other.year).toBe(txt.year);
      expect(tasks(other)).toEqual(tasks(txt));
    }
    expect(tasks(txt)).toHaveLength(7);
    // The txt and the PDF write their list numbers out; Word's numbering (一、 then 1. in numbering.xml) comes back as written.
    expect(pdf.items.map((i) => i.path)).toEqual(txt.items.map((i) => i.path));
    expect(docx.items.map((i) => i.path)).toEqual(txt.items.map((i) => i.path));
  });

  it('keeps a PDF table row whole and numbers a row without 序号 after its neighbour', async () => {
    for (const plan of [await read('same-plan.pdf'), await read('same-plan.docx'), await read('same-plan.txt')]) {
      const first = plan.items.find((i) => i.path === '二/1');
      expect(first?.text).toContain('咨询等活动不少于30场');
      expect(first?.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['30场']);
      expect(plan.items.find((i) => i.path === '二/2')?.text).toMatch(/^开展青少年科技创新大赛。/u);
      expect(plan.items.find((i) => i.path === '二/3')?.text).toMatch(/^组织科技辅导员培训2期。/u);
    }
  });

  it('keeps a paragraph wrapped over two PDF lines as one item and the title apart from the text under it', async () => {
    const pdf = await read('same-plan.pdf');
    const museum = pdf.items.find((i) => i.text.startsWith('推进县科技馆'));
    expect(museum?.text).toContain('专职讲解员值守');
    expect(museum?.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['20000人次']);
  });

  // blind-w8/qu-kejihuodong-fangan-2012.txt printed to PDF by LibreOffice (one <p> a line): its sections run on in
  // one paragraph, set apart by spaces ("一、主题 提高… 二、时间 …"); the PDF keeps those spaces and so its sections.
  it('keeps the spaces between the run-on sections of a PDF paragraph', async () => {
    const [txt, pdf] = await Promise.all([
      parsePlan(readFixture('plans', 'blind-w8', 'qu-kejihuodong-fangan-2012.txt'), { source: 'txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES }).plan,
      read('inline-sections-2012.pdf'),
    ]);
    expect(pdf.title).toBe('全区科技活动整体方案');
    expect(tasks(pdf)).toEqual(tasks(txt));
    expect(pdf.items.map((i) => i.path)).toEqual(txt.items.map((i) => i.path));
    expect(pdf.items.find((i) => i.title.startsWith('开展“牵手基地科技惠民”'))?.path).toBe('四/（二）');
  });
});
