// A monthly report whose title promises next month's plan ("…11月份重点工作完成情况及12月份重点工作计划") is a
// monthly report with a plan, even when the page holds only the results: nothing of it is imported (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const parse = (text: string) => parsePlan(text, { source: 'yuebao.txt', fallbackYear: 2016, importedAt: '', observances: OBSERVANCES });

describe('a monthly report whose plan part is not on the page', () => {
  it('is monthly_with_plan with no items', () => {
    const { plan, report } = parse('各县区科协2016年11月份重点工作完成情况及2016年12月份重点工作计划\n一、各县区11月份重点工作完成情况\n(一)甲区科协(2项)\n1、举办青少年科技创新大赛，组织获奖展品展示；\n2、推动社区科普画廊建设；\n(二)乙区科协(1项)\n1、组团参加科博会；');
    expect(report.kind).toBe('monthly_with_plan');
    expect(plan.items).toEqual([]);
    expect(report.results.length).toBeGreaterThan(0);
  });
  it('stays a summary when the title promises no plan', () => {
    const { report } = parse('甲区科协2016年11月份重点工作完成情况\n一、11月份重点工作完成情况\n1、举办青少年科技创新大赛；\n2、推动社区科普画廊建设；');
    expect(report.kind).toBe('summary');
  });
});

describe('a year\'s summary whose title promises a plan the page does not hold', () => {
  it('stays a summary', () => {
    const { report } = parse('科协2018年上半年工作总结及下半年工作计划\n一、上半年工作完成情况\n1、举办了青少年科技创新大赛；\n2、推动了社区科普画廊建设；');
    expect(report.kind).toBe('summary');
  });
});
