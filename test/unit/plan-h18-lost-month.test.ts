// Holdout 18 (issue 17): a page that lost the 月 of its dates ("请于615日前报送") keeps its deadlines when the digits
// split into a month and a day one way only; a length of words is a target only as a limit ("总结2000字以内").
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { parseTargets } from '../../src/core/plans/parse-targets.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2023, importedAt: '', observances: OBSERVANCES });

describe('a deadline whose 月 was lost', () => {
  it('reads "于715日前" as 7月15日 and leaves a split that goes two ways alone', () => {
    const { plan } = read(
      [
        '关于开展2023年科普讲解大赛的通知',
        '一、请各学院于618日之前将参赛名单报送至校科协。',
        '二、请各学院于715日前提交活动总结。',
        '三、请各学院于111日前提交照片。',
      ].join('\n'),
    );
    const due = (words: string) => plan.items.find((i) => i.text.includes(words))?.due.map((d) => d.end);
    expect(due('参赛名单')).toEqual(['2023-06-18']);
    expect(due('活动总结')).toEqual(['2023-07-15']);
    expect(due('提交照片')).toEqual([]);
  });
});

describe('a length of words', () => {
  it('is a target as a limit only', () => {
    expect(parseTargets('提交活动总结,总结篇幅2000字以内').map((t) => [t.max, t.unit])).toEqual([[2000, '字']]);
    expect(parseTargets('本篇文章4701字,读完约12分钟')).toEqual([]);
  });
});
