// A notice forwarding a report and next year's plan ("《某学会2023年工作总结和2024年工作要点》…现转发给你们。
// 请…制定2024年工作计划，并报学会秘书处") whose page stops inside the report: the plan part is not on the page, but the
// notice's request is next year's task. It is imported as a report's plan part, not refused as a summary (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'zongjie.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES });

describe('a forwarded report whose plan part is cut off', () => {
  const { plan, report } = read(
    [
      '某省老科协发〔2024〕2号',
      '各市老科协、省老科协各分会:',
      '《某省老科协2023年工作总结和2024年工作要点》经会长办公会审议通过,现转发给你们。',
      '请结合各自实际,认真总结2023年工作,制定2024年工作计划,并报省老科协秘书处。',
      '联系人:王某 电子邮箱:12345678@qq.com',
      '某省老科技工作者协会',
      '2024年1月10日',
      '某省老科协2023年工作总结',
      '2023年,某省老科协在省科协的指导下,团结全省老科技工作者,积极开展决策咨询和科普宣传,取得了新的成绩。',
      '一、加强思想政治引领,深入开展主题教育',
      '省老科协组织各分会认真学习党的二十大精神,举办了专题报告会6场,参加人数达到1200人次。',
    ].join('\n'),
  );
  it('imports the forwarding request for the plan part’s year', () => {
    expect(report.kind).toBe('report_with_plan');
    expect(plan.year).toBe(2024);
    expect(plan.title).toBe('某省老科协2023年工作总结和2024年工作要点');
    expect(plan.items.map((i) => i.text)).toEqual(['请结合各自实际,认真总结2023年工作,制定2024年工作计划,并报省老科协秘书处']);
  });
});

describe('a summary with no notice over it', () => {
  const { plan, report } = read(
    [
      '某区科协2023年工作总结和2024年工作要点',
      '2023年,区科协在区委的领导下,积极开展科普宣传,取得了新的成绩。',
      '一、加强思想政治引领',
      '组织科技工作者学习党的二十大精神,举办了专题报告会6场。',
    ].join('\n'),
  );
  it('imports nothing', () => {
    expect(report.kind).toBe('summary');
    expect(plan.items).toEqual([]);
  });
});
