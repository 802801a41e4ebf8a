// Page furniture met in holdout 5 (issue 17): page counters inside the text ("--第1页", "第 1 页 共 3 页"),
// a news site's channel line over its article, a teaser "摘要:" and the writer's name after the last sentence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page-0512.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;
const HOLDOUT5 = join(import.meta.dirname, '..', 'fixtures', 'plans', 'holdout5-scored');
const all = (plan: ReturnType<typeof read>) => JSON.stringify(plan.items);

describe('page counters and news furniture', () => {
  it('drops page counters run into the text ("--第1页", "第 1 页 共 3 页")', () => {
    const plan = read('2024年科普宣传活动方案 --第1页 一、活动内容: 1. 科普推广展览 a. 内容:设立多个展区。 2. 科普讲座 a. 主题:科学普及 第 1 页 共 3 页\n\n2024年科普宣传活动方案 --第2页 b. 内容:邀请专家开展讲座10场。 3. 科普竞赛 a. 内容:开展知识竞赛。');
    expect(all(plan)).not.toMatch(/第\s*\d\s*页/u);
    expect(plan.items.length).toBeGreaterThan(0);
  });
  it('drops a channel line with a time stamp, a teaser 摘要 and the writer\'s name in brackets', () => {
    const plan = read(readFileSync(join(HOLDOUT5, 'linfen-news-quanweihui-2025.txt'), 'utf8'));
    expect(all(plan)).not.toMatch(/360影视|国产动漫|摘要|郭秀婷/u);
    expect(all(plan)).toMatch(/一县一业一学会/u);
  });
  it('takes a running header as the title once, reads spaced PDF dates and leaves undated goals out', () => {
    const plan = read('2024年全国科普日宣传活动方案 --第1页 方案名称:2024 年全国科普日宣传活动方案\n一、活动背景: 科学普及是推动科技进步的重要途径。\n二、活动时间: 2024 年 5 月 12 日,即全国科普日当天。\n三、活动目标:\n1. 提高公众对科学知识的认知和理解;\n2. 培养人们的科学思维能力。\n四、活动内容:\n1. 科普推广展览,设立多个展区。\n2. 科普讲座,邀请专家学者讲解。\n3. 科普竞赛,开展知识竞赛。\n2024年全国科普日宣传活动方案 --第2页');
    expect(plan.title).toBe('2024年全国科普日宣传活动方案');
    expect(all(plan)).not.toMatch(/科学思维|活动背景|第\d页/u);
    const talks = plan.items.find((i) => i.text.startsWith('科普讲座'));
    expect(talks?.due?.map((d) => `${d.start}..${d.end}`)).toEqual(['2024-05-12..2024-05-12']);
  });
});
