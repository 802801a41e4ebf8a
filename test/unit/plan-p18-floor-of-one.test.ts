// "至少…一个": a floor word a few verbs before 一+classifier ("每校至少申报承办一个赛项") makes the one a count
// (at least one), not the article of "建立一个机制" (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const read = (text: string) => parseTargets(text, 2026).map((t) => `${t.comparator}:${t.value}${t.unit}`);

describe('a floor of one a few words before the number', () => {
  it('is a target of at least one', () => {
    expect(read('各学院至少申报承办一个赛项的校级选拔赛,其他活动不限。')).toEqual(['at_least:1个']);
    expect(read('每个社区最少选派一名科普志愿者参加培训。')).toEqual(['at_least:1名']);
  });
  it('leaves an article alone', () => {
    expect(read('建立一个长效工作机制')).toEqual([]);
    expect(read('打造一支高素质科普人才队伍')).toEqual([]);
  });
});
