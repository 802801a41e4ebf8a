// A schedule table (日期 | 地点 | 内容: a 科普大篷车 tour) as pasted text with tabs or spaces, as a Word table and as a
// PDF (test/fixtures/make-schedule-formats.ts): one item per row, due on its date; the header row is no item.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { readDocument } from '../../src/infra/documents/read-document.js';
import { fixture, OBSERVANCES } from '../support/kexie-for-tests.js';

async function read(name: string): Promise<{ plan: Plan; shape: string; unread: string[] }> {
  const { text } = await readDocument(fixture('plans', 'formats', name));
  const { plan, report } = parsePlan(text, { source: name, fallbackYear: 2030, importedAt: '', observances: OBSERVANCES });
  return { plan, shape: report.shape, unread: report.unread };
}

const rows = (plan: Plan): string[] => plan.items.map((i) => `${i.due.map((d) => `${d.start}..${d.end}`).join(',')}|${i.targets.length}`);

describe('a schedule table as .txt, .docx and .pdf', () => {
  it.each(['schedule-tabs.txt', 'schedule-spaces.txt', 'schedule.docx', 'schedule.pdf'])('reads %s as one item per row, due on its date', async (name) => {
    const { plan, shape } = await read(name);
    expect(plan.title).toBe('某市2024年科普大篷车进校园活动安排');
    expect(plan.year).toBe(2024);
    expect(shape).toBe('table');
    expect(rows(plan)).toEqual(['2024-04-10..2024-04-10|0', '2024-04-17..2024-04-17|0', '2024-05-08..2024-05-08|0']);
    expect(plan.items.map((i) => i.kind)).toEqual(['task', 'task', 'task']);
    // Each row keeps its place and what is done there; the header is in no item.
    expect(plan.items[0]?.text).toContain('城关第一小学');
    expect(plan.items[0]?.text).toContain('科学实验秀');
    expect(plan.items[2]?.text).toContain('西山镇中心校');
    expect(plan.items.some((i) => /日期|地点/u.test(i.text))).toBe(false);
  });

  it('reads the same items from all four', async () => {
    const [tabs, ...others] = await Promise.all(['schedule-tabs.txt', 'schedule-spaces.txt', 'schedule.docx', 'schedule.pdf'].map(read));
    for (const other of others) expect(other.plan.items.map((i) => i.title)).toEqual(tabs?.plan.items.map((i) => i.title));
  });
});

describe('a Word schedule with contact columns (时间 | 地点 | 联系人 | 电话 | 活动工作人员)', () => {
  it('reads one visit per row, due on its date, phone numbers no target', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const rows = [
      ['时间', '地点', '联系人', '电话', '活动工作人员'],
      ['10月19日', '城南中心校', '张明', '13800000001', '王一 李二 赵三'],
      ['10月25日', '北关小学', '刘芳', '13800000002', '王一 李二 赵三'],
    ];
    const table = new Table({ rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) });
    const doc = new Document({ sections: [{ children: [new Paragraph('2023年科普大篷车进校园活动安排'), table] }] });
    const { readDocumentBytes } = await import('../../src/infra/documents/read-document.js');
    const { text } = await readDocumentBytes(new Uint8Array(await Packer.toBuffer(doc)), 'dapengche.docx');
    const { plan } = parsePlan(text, { source: 'dapengche.docx', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES });
    expect(plan.items.map((i) => `${i.due.map((d) => d.end).join(',')}|${i.targets.length}|${i.text.includes('中心校') || i.text.includes('北关小学')}`)).toEqual(['2023-10-19|0|true', '2023-10-25|0|true']);
  });
});
