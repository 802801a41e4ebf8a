// The site named after an observance ("在全国科普日网站上传…") is a place to send things, not the event: a task due
// after the event that only names the site keeps its own day (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { findObservances } from '../../src/core/plans/observances.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe("an observance's website", () => {
  it('is not the observance', () => {
    expect(findObservances('各单位于10月20日前在全国科普日网站上传活动总结和照片。', OBSERVANCES)).toEqual([]);
    expect(findObservances('活动结束后登录科技活动周官网填报开展情况。', OBSERVANCES)).toEqual([]);
  });
  it('leaves the event named beside it', () => {
    expect(findObservances('组织开展全国科普日活动，并在全国科普日网站注册。', OBSERVANCES).map((f) => f.observance.name)).toHaveLength(1);
  });
});
