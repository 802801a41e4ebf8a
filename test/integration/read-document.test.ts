import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../src/core/errors.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { decodeText, readDocument } from '../../src/infra/documents/read-document.js';
import { fixture, OBSERVANCES } from '../support/kexie-for-tests.js';

const planOf = async (name: string) => {
  const { text, format } = await readDocument(fixture('plans', name));
  return { format, plan: parsePlan(text, { source: name, fallbackYear: 2030, importedAt: '', observances: OBSERVANCES }).plan };
};
const summary = (plan: Awaited<ReturnType<typeof planOf>>['plan']) =>
  plan.items.map((i) => [i.path, i.title, i.owners.join('、'), i.due.map((d) => d.end).join(',')]);

const TABLE_ROWS = [
  ['二/1', '举办全国科普日主场活动', '科普部', '2026-09-20'],
  ['二/2', '开展青少年科技创新大赛', '青少年中心', '2026-06-30'],
  ['二/3', '完成学会年检', '学会部', '2026-06-30'],
];

describe('readDocument', () => {
  it('reads a .docx: Word numbering rebuilt, task table rows as items with owners and deadlines', async () => {
    const { format, plan } = await planOf('deadline-in-table.docx');
    expect(format).toBe('docx');
    expect(plan.title).toBe('样例区科协2026年重点工作任务分解方案');
    expect(summary(plan)).toEqual([
      ['一', '加强科普阵地建设', '', ''],
      // Word's numbering.xml gives level 2 as "%2." (decimal): the paths are those of the typed "1." (as the PDF's).
      ['一/1', '推进科技馆免费开放，全年接待观众不少于2万人次', '', '2026-12-31'],
      ['一/2', '建设社区科普e站10个以上，牵头部门：科普部', '科普部', ''],
      ['二', '重点任务清单', '', ''],
      ...TABLE_ROWS,
    ]);
    expect(plan.items[1]?.targets[0]).toMatchObject({ value: 20000, unit: '人次' });
  });

  it('reads a .pdf: wrapped title and table cells put back together', async () => {
    const { format, plan } = await planOf('deadline-in-table.pdf');
    expect(format).toBe('pdf');
    expect(plan.title).toBe('样例区科协2026年重点工作任务分解方案');
    expect(summary(plan).slice(-3)).toEqual(TABLE_ROWS);
    expect(plan.items.find((i) => i.path === '一/2')?.targets[0]).toMatchObject({ value: 10, unit: '个' });
  });

  it('reads a legacy .doc: tab-separated table rows become items', async () => {
    const { format, plan } = await planOf('deadline-in-table.doc');
    expect(format).toBe('doc');
    expect(summary(plan)).toEqual(TABLE_ROWS.map(([p, ...rest]) => [p?.replace('二/', ''), ...rest]));
  });

  it('keeps the spaces a scraped page puts before outline markers (a work summary: its results, not imported)', async () => {
    const { text } = await readDocument(fixture('plans', 'scraped-page-furniture.txt'));
    const { plan, report } = parsePlan(text, { source: 'x.txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES });
    expect(report.kind).toBe('summary');
    expect(plan.items).toEqual([]);
    expect(report.results).toHaveLength(7);
    expect(report.results).toContain('新建企业科协4家。');
    expect(report.results.join('\n')).toContain('组织科普大篷车下乡巡展8次');
  });

  it('reads GB18030 text', async () => {
    const { plan } = await planOf('gbk-encoded.txt');
    expect(plan.title).toBe('某县科协2026年工作计划');
    expect(plan.items[1]).toMatchObject({ title: '3月底前完成基层科协换届', owners: ['组织部'] });
  });

  it('decodes UTF-8 with a BOM and UTF-16', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('一、任务')]))).toBe('一、任务');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一、任务', 'utf16le')]);
    expect(decodeText(utf16)).toBe('一、任务');
  });

  it('refuses a broken, an unsupported, an empty and a missing file with a Chinese message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kexie-docs-'));
    writeFileSync(join(dir, 'plan.xlsx'), 'x');
    writeFileSync(join(dir, 'empty.txt'), '   \n');
    writeFileSync(join(dir, 'fake.pdf'), 'not a pdf');
    const cases: Array<[string, string]> = [
      [fixture('plans', 'broken.docx'), 'file_unreadable'],
      [join(dir, 'fake.pdf'), 'file_unreadable'],
      [join(dir, 'plan.xlsx'), 'file_unsupported'],
      [join(dir, 'empty.txt'), 'file_empty'],
      [join(dir, 'missing.docx'), 'file_unreadable'],
    ];
    for (const [path, code] of cases) {
      const error = await readDocument(path).catch((e: unknown) => e);
      expect(error, path).toBeInstanceOf(PlanParseError);
      expect((error as PlanParseError).code, path).toBe(code);
      expect((error as PlanParseError).userMessage).toMatch(/请/u);
    }
  });
});
