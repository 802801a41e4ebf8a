// Holdout-13 misses of a general class, after p18: "不超出N个" is a ceiling like 不超过; a document site's note that it
// cut the text for non-members ("……(某文库网 省略300字,正式会员可完整阅读)……") is furniture, never a task's words.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { parseTargets } from '../../src/core/plans/parse-targets.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('不超出 before a number', () => {
  it('is a ceiling', () => {
    expect(parseTargets('初赛按得分评出不超出30个项目进入复赛').map((t) => [t.comparator, t.min, t.max, t.unit])).toEqual([['at_most', null, 30, '个']]);
  });
});

describe('a document site’s cut for non-members', () => {
  it('is not in any item', () => {
    const { plan } = parsePlan(
      [
        '关于开展科技创新能手评选活动的实施方案',
        '一、活动内容',
        '组织企业科技人员开展技术攻关和合理化建议活动,',
        '……(某某文库网http://m.example.cn省略300字,正式会员可完整阅读)……',
        '二、评选表彰',
        '年底评选科技创新能手20名。',
      ].join('\n'),
      { source: 'page.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES },
    );
    expect(plan.items.some((i) => /会员|省略/u.test(i.text))).toBe(false);
  });
});
