// A news page about a plan: a paragraph that opens with a day and says what will be done on it ("5月30日,我市将举办…")
// tells a planned task, not a past event's lead; so does "届时,…将…" after a 据了解 lead (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { isTaskParagraph } from '../../src/core/plans/task-sentences.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a dated paragraph of what will be done', () => {
  it('is a task paragraph', () => {
    expect(isTaskParagraph('5月30日,我市将举办科技工作者座谈会,组织青年科技人员开展学术交流。')).toBe(true);
    expect(isTaskParagraph('5月30日上午,我市举办了科技工作者座谈会。')).toBe(false);
    expect(isTaskParagraph('5月30日上午,市科协召开科技工作者座谈会,与会人员展开讨论。')).toBe(false);
    // 了解 (to learn about) is no past 了.
    expect(isTaskParagraph('届时,各高校将面向公众开放重点实验室,让市民加深对科研工作的了解。')).toBe(true);
    expect(isTaskParagraph('各高校开放了重点实验室。')).toBe(false);
  });
  it('is read from a news page as an item', () => {
    const { plan } = parsePlan(
      [
        '某市将开展2025年全国科技工作者日系列活动',
        '某市新闻网5月20日讯(记者 王某)日前,记者从市科协获悉,我市制定了《2025年全国科技工作者日活动方案》。',
        '据了解,今年活动主题为“弘扬科学家精神”。届时,各高校、科研院所将结合实际,面向公众开放重点实验室等科研设施,让市民加深对科研工作的了解。',
        '5月30日,我市将举办科技工作者座谈会,组织青年科技人员开展学术交流。',
        '此外,各区县还将开展形式多样的慰问科技工作者活动。',
      ].join('\n'),
      { source: 'news.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES },
    );
    const texts = plan.items.map((i) => i.text).join('\n');
    expect(texts).toContain('举办科技工作者座谈会');
    expect(texts).toContain('开放重点实验室');
  });
});
