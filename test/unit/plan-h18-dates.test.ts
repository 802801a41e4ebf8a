// Holdout 18 (issue 17): a notice's "时间与主题" heading whose first point is the event's span of days dates the
// notice's content points.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES });
const dues = (item: { due: Array<{ start: string; end: string }> } | undefined) => item?.due.map((d) => `${d.start}..${d.end}`);
const find = (plan: { items: Array<{ text: string; level: number; due: Array<{ start: string; end: string }> }> }, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];

describe('a "时间与主题" heading over the span of days', () => {
  it('dates the content points by the span', () => {
    const { plan } = read(
      [
        '各学院:',
        '按照市科协关于举办2022年全市科技活动周的通知要求,结合学院实际,决定举办2022年全院科技活动周。现将有关事项通知如下:',
        '一、时间与主题',
        '(一)2022年5月23-27日',
        '(二)主题',
        '科技创新 服务社会',
        '(三)主要内容',
        '1.开展科普讲座进社区活动。',
        '2.组织学生参观重点实验室。',
        '二、有关要求',
        '各学院可结合自身特点,同步举办科技活动周系列活动。',
      ].join('\n'),
    );
    expect(dues(find(plan, '同步举办科技活动周'))).toEqual(['2022-05-23..2022-05-27']);
    expect(dues(find(plan, '开展科普讲座进社区'))).toEqual(['2022-05-23..2022-05-27']);
    expect(dues(find(plan, '组织学生参观重点实验室'))).toEqual(['2022-05-23..2022-05-27']);
  });
});

describe("an observance's 活动方案 whose 时间安排 lists stages", () => {
  it("dates the departments' tasks by the observance, not by the first stage's preparation", () => {
    const { plan } = read(
      [
        '2022年全国科技活动周宣传活动方案',
        '一、主要内容',
        '1、卫生部门:',
        '开展义诊活动,普及常见病防治知识。',
        '2、农业部门:',
        '推广水稻新品种和绿色种植技术。',
        '二、时间安排:',
        '1、4月中旬,召开有关部门协调会',
      ].join('\n'),
    );
    const due = find(plan, '开展义诊活动')?.due ?? [];
    expect(due).toHaveLength(1);
    expect(due[0]?.start.slice(0, 7)).toBe('2022-05');
    expect(due[0]?.end.slice(0, 7)).toBe('2022-05');
    expect(dues(find(plan, '召开有关部门协调会'))).toEqual(['2022-04-11..2022-04-20']);
  });
});

describe("a plan's budget section", () => {
  it('takes no amount of money as a target and keeps no cost as a task', () => {
    const { plan } = read(
      [
        '校园机器人大赛活动方案',
        '一、活动时间',
        '2022年11月1日至11月20日',
        '二、活动流程',
        '1. 各班组织学生报名参赛;',
        '2. 组委会组织初赛和决赛,评出一、二、三等奖。',
        '三、活动预算',
        '1. 器材购置费用:8000元;',
        '2. 印刷宣传费用:1500元。',
      ].join('\n'),
    );
    expect(plan.items.flatMap((i) => i.targets)).toEqual([]);
    expect(plan.items.some((i) => i.text.includes('器材购置费用'))).toBe(false);
  });
});
