// A page filed under a site's category "…计划和总结" (a 范文 site's heading over a plan) is read by its body: a plan
// whose sections set tasks is imported, not refused as a summary. A title "…总结和…计划" (the summary first) and a
// body of results stays a summary (issue 17; the .docx of holdout 11's 科技局 plan took the heading as its title).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'x.docx', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a plan under a category heading that says 计划和总结', () => {
  it('is imported as a plan', () => {
    const { plan, report } = read(
      [
        '乡镇工作计划与总结（2024年农业局计划参考）',
        '2024年全县农业科技工作的总体要求是，以推广良种良法为重点，加快农业科技成果转化。',
        '一、抓好科技示范',
        '1、建设科技示范基地。全年力争新建县级科技示范基地3个以上，6月底前完成选址。',
        '2、开展农技培训。组织农民技术培训不少于20期，培训农民1500人次。',
        '二、强化服务体系',
        '1、完善农技服务站点。9月底前在全县12个乡镇完成服务站点建设。',
      ].join('\n'),
    );
    expect(report.kind).toBe('plan');
    expect(plan.items.some((i) => i.text.includes('完成服务站点建设'))).toBe(true);
  });
  it('keeps a summary titled 总结和计划 whose body reports results a summary', () => {
    const { report } = read(
      [
        '某县科协2023年工作总结和2024年工作计划',
        '一、2023年工作总结',
        '1、全年共开展科普活动126场次，受益群众3.2万人次。',
        '2、新建企业科协4家，完成年度目标。',
      ].join('\n'),
    );
    expect(report.kind).not.toBe('plan');
  });
});
