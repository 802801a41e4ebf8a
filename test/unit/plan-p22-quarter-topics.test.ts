// "2023年第三季度宣传信息工作要点" over a numbered list of topics to report on ("…的做法及成效", "…推进措施和进展"):
// a plan of one quarter, not a report with a plan part; each topic is due within the quarter its title names
// (issue 17, p22).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2023, importedAt: '2023-07-03', observances: OBSERVANCES });

describe('a quarter\'s list of topics under a plan title', () => {
  const { plan, report } = read(
    [
      '2023年第三季度宣传信息',
      '工作要点',
      '2023年第三季度，全县科协宣传信息工作要围绕县委、县政府中心工作，及时反映工作动态。重点有以下方面：',
      '1. 开展主题教育的做法及成效。',
      '2. 推进基层科普阵地建设的措施及进展。',
      '3. 学会服务企业创新取得的经验及做法。',
      '4. 科技志愿服务推进措施和成效。',
      '5. 青少年科技教育活动开展情况。',
      '6. 其他重要科协活动开展情况。',
    ].join('\n'),
  );
  it('is a plan with every topic', () => {
    expect(report.kind).toBe('plan');
    expect(plan.items.length).toBe(6);
  });
  it('dates each topic to the quarter', () => {
    const item = plan.items.find((i) => i.text.includes('青少年科技教育'));
    expect(item?.due.map((d) => [d.start, d.end])).toEqual([['2023-07-01', '2023-09-30']]);
  });
});
