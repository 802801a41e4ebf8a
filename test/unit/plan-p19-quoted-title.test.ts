// A page with a site banner for its first line ("【www.example.cn--范文】") and a lead that quotes two documents: the
// notice it follows and the plan it draws up ("根据…《关于举办…的通知》精神,…特制定《…方案》如下"). The plan the
// lead draws up is the title, not the banner (issue 17, p19).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });

describe('the plan a lead draws up, after the notice it follows', () => {
  it('is the title', () => {
    const { plan } = read(
      [
        '【www.fanwen123.cn--科普】',
        '',
        '校园科普周活动方案2',
        '',
        '为落实市教育局《关于开展2026年校园科普周的通知》要求,丰富学生课余生活,结合我校实际,特制定《2026年某某中学校园科普周活动方案》如下:',
        '',
        '一、活动时间',
        '',
        '2026年5月18日~5月22日',
        '',
        '二、活动内容',
        '',
        '1、科普讲座进课堂。',
        '2、科技小制作比赛。',
      ].join('\n'),
    );
    expect(plan.title).toBe('2026年某某中学校园科普周活动方案');
  });
});
