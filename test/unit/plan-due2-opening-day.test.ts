// "活动将于5月16日启动。科普周期间，将通过广场宣传、科普讲堂等形式…": the opening is due on its day, and the work
// told for the week's days in the week, not on its first day (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xinwen.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('an opening day and the week’s work', () => {
  const plan = read(
    [
      '某县全面部署2026年科技活动周暨第三十八届科普宣传周活动',
      '2026年全国科技活动周暨某县第三十八届科普宣传周将于5月16日—5月23日举行。为办好此次活动,县科协做好以下工作:',
      '一是加强组织领导。明确专人负责,起草制定活动实施方案,与承办单位沟通协调。',
      '二是丰富活动内容。活动将在5月16日于省、市、县同步启动。科普周期间,我县将通过广场科普宣传、科普讲堂、科普教育基地开放等多种形式向群众普及科学知识。',
      '三是加大宣传力度。在县电视台开设科普专栏,营造浓厚的科普氛围。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.filter((i) => i.text.includes(words)).at(-1)?.due.map((d) => `${d.start}..${d.end}`);
  it('dates the week’s work to the week', () => {
    expect(due('广场科普宣传')).toEqual(['2026-05-16..2026-05-23']);
  });
  it('dates the opening to its day', () => {
    expect(due('同步启动')).toEqual(['2026-05-16..2026-05-16']);
  });
});
