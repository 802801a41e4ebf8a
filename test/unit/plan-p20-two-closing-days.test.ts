// One sentence of a notice naming two closing days, each for its own step ("网上申报截止时间为…，书面材料报送截止时间
// 为…"): each step is an item with its own day, not one item due on both (issue 17, p20).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]?.due.map((d) => d.end);

describe('two closing days in one sentence', () => {
  const plan = read(
    [
      '关于开展2022年优秀科普作品推荐活动的通知',
      '一、推荐范围。各区科协、市级学会均可推荐。',
      '二、时间安排。作品网上申报截止时间为2022年6月10日,书面材料报送截止时间为2022年6月17日。',
      '三、其他事项。推荐作品须为原创。',
    ].join('\n'),
  );
  it('gives each step its own day', () => {
    expect(dueOf(plan, '作品网上申报截止时间')).toEqual(['2022-06-10']);
    expect(dueOf(plan, '书面材料报送截止时间')).toEqual(['2022-06-17']);
  });
});
