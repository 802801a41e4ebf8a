// A covering notice that issues a year's work report ("《…2023年工作报告》已经…审议通过，现予印发") followed by the report's
// review of that year: what it sends is a report of work done. With no plan part on the page there is nothing to
// import; with one ("三、2024年工作安排") only that part is imported (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '2024-02-02', observances: OBSERVANCES });

const cover = [
  '各市老科协，各专业委员会：',
  '《某省老科学技术工作者协会2023年工作报告》已经常务理事会审议通过，现予印发，请结合实际，认真贯彻落实。',
  '某省老科学技术工作者协会',
  '2024年1月30日',
  '某省老科学技术工作者协会2023年工作报告',
  '一、加强思想引领，凝聚老科技工作者',
  '协会组织各地老科协深入学习党的二十大精神，组织宣讲报告会36场，覆盖会员5000余人次。',
  '二、服务基层发展，开展科技助农',
  '协会组织专家深入乡村开展技术指导，建立示范基地12个。',
];

describe('a notice issuing a year\'s work report', () => {
  it('is a summary when only the review is on the page', () => {
    expect(read(cover.join('\n')).report.kind).toBe('summary');
  });
  it('imports only the next year\'s part when the page holds one', () => {
    const { plan, report } = read([...cover, '三、2024年工作安排', '（一）召开老科协工作座谈会，6月底前完成。', '（二）开展科普报告下基层活动不少于30场。'].join('\n'));
    expect(report.kind).toBe('report_with_plan');
    expect(plan.items.some((i) => i.text.includes('示范基地'))).toBe(false);
    expect(plan.items.some((i) => i.text.includes('座谈会'))).toBe(true);
  });
});
