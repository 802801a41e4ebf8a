// Holdout-6 plans as a user sends them (.docx with a Word table, and the .pdf LibreOffice makes of it;
// test/fixtures/make-trial-files.ts): each reads the same dated tasks as the page's text (issue 17 trial).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import type { Plan } from '../../src/core/plans/plan-schema.js';
import { readDocument } from '../../src/infra/documents/read-document.js';
import { fixture, OBSERVANCES } from '../support/kexie-for-tests.js';

const parse = (text: string, name: string, year: number): Plan => parsePlan(text, { source: name, fallbackYear: year, importedAt: '', observances: OBSERVANCES }).plan;
async function read(name: string, year: number): Promise<Plan> {
  return parse((await readDocument(fixture('plans', 'formats', 'trial6', name))).text, name, year);
}
const txt = (name: string, year: number): Plan => parse(readFileSync(fixture('plans', 'holdout6-scored', name), 'utf8'), name, year);
const dated = (plan: Plan): string[] => plan.items.filter((i) => i.kind === 'task' && i.due.length > 0).map((i) => `${i.due.map((d) => `${d.start}..${d.end}`).join(',')}`);

describe('holdout-6 plans as .txt, .docx and .pdf', () => {
  it('give each row of the 大篷车 schedule its own month in all three', async () => {
    const months = ['03', '04', '05', '09', '10', '11', '12'];
    for (const plan of [txt('longyan-dapengche-biao-2024.txt', 2024), await read('longyan-dapengche-biao-2024.docx', 2024), await read('longyan-dapengche-biao-2024.pdf', 2024)]) {
      expect(dated(plan).map((d) => d.slice(5, 7))).toEqual(months);
      expect(plan.items.find((i) => i.text.includes('连城县'))?.text).toContain('城关第二中心小学');
    }
  });

  it('date the county 要点 tasks set in 2022 at its end in all three', async () => {
    for (const plan of [txt('xxxian-zhongdiangongzuo-2022.txt', 2022), await read('xxxian-zhongdiangongzuo-2022.docx', 2022), await read('xxxian-zhongdiangongzuo-2022.pdf', 2022)]) {
      expect(dated(plan)).toEqual(Array(4).fill('2022-01-01..2022-12-31'));
      expect(plan.items.find((i) => i.path.endsWith('三是'))?.due).toEqual([]);
    }
  });
});
