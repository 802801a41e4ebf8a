// A news page's headline over its subtitle ("县科协召开2025年科普工作推进会" / "明确全年目标 谋划科普新篇"): two
// short phrases with a space between them and no punctuation are the headline's second line, not a task
// (issue 17, p22).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '2025-03-10', observances: OBSERVANCES }).plan;

describe('a news headline\'s subtitle', () => {
  const plan = read(
    [
      '县科协召开2025年科普工作推进会',
      '明确全年目标 谋划科普新篇',
      '3月8日,县科协召开2025年科普工作推进会,总结2024年工作,部署2025年重点任务。',
      '会议要求:一是扎实开展全国科普月活动;二是推进基层科普阵地建设;三是加强科普队伍建设。',
    ].join('\n'),
  );
  it('is no item', () => {
    expect(plan.items.some((i) => i.text.includes('谋划科普新篇'))).toBe(false);
    expect(plan.items.some((i) => i.text.includes('推进基层科普阵地建设'))).toBe(true);
  });
});
