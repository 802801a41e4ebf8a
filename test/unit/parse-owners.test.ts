import { describe, expect, it } from 'vitest';
import { parseOwners } from '../../src/core/plans/parse-owners.js';

describe('parseOwners', () => {
  it('reads labelled owners, split on 、', () => {
    expect(parseOwners('完成调查。牵头部门：办公室、学会部。')).toEqual(['办公室', '学会部']);
    expect(parseOwners('建设科技馆。責任單位：科技館籌建辦')).toEqual(['科技館籌建辦']);
  });
  it('reads "由…牵头" and "（…负责）"', () => {
    expect(parseOwners('组织活动，由科普部牵头。')).toEqual(['科普部']);
    expect(parseOwners('开展巡展（科技馆负责）')).toEqual(['科技馆']);
  });
  it('finds nobody in plain text', () => {
    expect(parseOwners('开展科技志愿服务。')).toEqual([]);
  });
});
