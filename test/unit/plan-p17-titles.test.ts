// A page's own header over the document: a "手机阅读" button is never the title, and a site headline
// ("2024年科普工作计划") over the document's fuller title line ("东湖社区2024年科普工作计划") gives way to it (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const title = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan.title;

describe('titles under page furniture', () => {
  it('skips a mobile-reading button', () => {
    expect(title(['手机阅读', '', '2024年校园科技节活动方案汇总(范文8篇)', '', '一、活动时间', '2024年10月8日至18日', '二、活动内容', '1.举办科技小制作比赛。', '2.开展科普讲座。'])).toBe('2024年校园科技节活动方案汇总(范文8篇)');
  });
  it("takes the document's fuller title line over the site headline", () => {
    expect(
      title(['2024年科普工作计划', '', '2023-12-01 08:00:00 字数 900 阅读 1200', '', '东湖社区2024年科普工作计划', '', '为提高居民科学素质,特制定以下计划:', '一、举办科普讲座。', '二、更新科普画廊。']),
    ).toBe('东湖社区2024年科普工作计划');
  });
});
