import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

describe('parseTargets', () => {
  it('reads comparators before and after the number', () => {
    expect(parseTargets('组织开展全国科普日活动不少于200场次')).toEqual([
      expect.objectContaining({ value: 200, min: 200, unit: '场次', comparator: 'at_least', subject: '组织开展全国科普日活动' }),
    ]);
    expect(parseTargets('新建企业科协5家以上')[0]).toMatchObject({ value: 5, unit: '家', comparator: 'at_least' });
  });
  it('reads 力争 as a striving target', () => {
    expect(parseTargets('力争建成6家县级科技馆')[0]).toMatchObject({ value: 6, unit: '家', comparator: 'strive' });
  });
  it('reads ranges into min and max', () => {
    expect(parseTargets('建设专家工作站30至40处')[0]).toMatchObject({ value: null, min: 30, max: 40, unit: '处', comparator: 'range' });
    expect(parseTargets('培育科技服务团队1-2个')[0]).toMatchObject({ min: 1, max: 2, unit: '个' });
  });
  it('normalises 场(次) and multiplies 万', () => {
    expect(parseTargets('开展宣传活动20场(次)以上')[0]).toMatchObject({ value: 20, unit: '场次' });
    expect(parseTargets('发放宣传资料1万份以上')[0]).toMatchObject({ value: 10000, unit: '份' });
  });
  it('skips years, ordinals, congresses, slogans in quotes and past facts', () => {
    expect(parseTargets('组织第十一届科技论坛')).toEqual([]);
    expect(parseTargets('学习党的二十大精神')).toEqual([]);
    expect(parseTargets('坚持"四个面向"，做到“两个维护”')).toEqual([]);
    expect(parseTargets('2021-2025年全国科普示范县创建')).toEqual([]);
    expect(parseTargets('2023年，县科协联合8个部门成立了工作联盟', 2024)).toEqual([]);
  });
  it('reads traditional characters', () => {
    expect(parseTargets('開展走訪慰問活動不少於40人次')[0]).toMatchObject({ value: 40, unit: '人次', comparator: 'at_least' });
  });
});
