// A document site's file name with its members' tag ("某县科普工作方案.docxVIP") over the text: the title is the name
// without the extension and the tag (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a file name tagged VIP', () => {
  it('is the title without .docx and VIP', () => {
    const { plan } = parsePlan(['某县科普工作方案汇编.docxVIP', '', '一、工作目标', '1.全年举办科普讲座不少于20场。', '2.建设科普示范社区3个。'].join('\n'), {
      source: 'page.txt',
      fallbackYear: 2024,
      importedAt: '2024-01-08',
      observances: OBSERVANCES,
    });
    expect(plan.title).toBe('某县科普工作方案汇编');
  });
});
