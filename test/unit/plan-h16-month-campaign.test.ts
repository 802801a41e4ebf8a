// "关于开展2024年“科技之夏”宣传月活动的通知" with "二、活动时间 2024年6月至7月。": a notice starting a campaign of its
// own (no national observance) dates its content items by its stated months (issue 17, holdout 16).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a notice starting a campaign of its own', () => {
  it('dates its content items by the campaign months', () => {
    const { plan } = read(
      [
        '关于开展2024年“科技之夏”宣传月活动的通知',
        '各学院、各科普基地:',
        '根据市科协工作安排,现将有关事项通知如下:',
        '一、活动时间',
        '2024年6月至7月。',
        '二、活动内容',
        '1.科技助农服务行动。组织专家团队深入田间地头,开展果蔬种植技术指导和农产品电商培训。',
        '2.校园科学教育行动。开放学校实验室和科普展厅,组织中小学生开展研学实践活动。',
      ].join('\n'),
    );
    for (const words of ['科技助农服务行动', '校园科学教育行动']) {
      const item = plan.items.find((i) => i.text.includes(words));
      expect(item?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2024-06-01..2024-07-31']);
    }
  });
});
