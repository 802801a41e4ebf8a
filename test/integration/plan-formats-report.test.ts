// A half-year summary holding next half-year's plan (holdout2 town-shishiban), as pasted text, as Word and as PDF:
// each is read as a report whose plan part alone is imported, with the same tasks (issue 17). The Word file puts the
// plan's title above the summary's; the plan part is still found by its own title line.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { readDocument } from '../../src/infra/documents/read-document.js';
import { fixture, OBSERVANCES } from '../support/kexie-for-tests.js';

async function read(name: string) {
  const { text } = await readDocument(fixture('plans', 'formats', name));
  return parsePlan(text, { source: name, fallbackYear: 2019, importedAt: '', observances: OBSERVANCES });
}

describe('a summary with a plan part as .txt, .docx and .pdf', () => {
  it('imports the same plan part from all three, never the summary\'s results', async () => {
    const all = await Promise.all(['summary-plan-part.txt', 'summary-plan-part.docx', 'summary-plan-part.pdf'].map(read));
    const tasks = all.map(({ plan }) => plan.items.filter((i) => i.kind === 'task').map((i) => i.title));
    for (const { plan, report } of all) {
      expect(report.kind).toBe('report_with_plan');
      expect(plan.items.some((i) => i.text.includes('24台'))).toBe(false);
    }
    expect(tasks[0]?.length).toBeGreaterThanOrEqual(2);
    expect(tasks[1]).toEqual(tasks[0]);
    expect(tasks[2]).toEqual(tasks[0]);
  });
});
