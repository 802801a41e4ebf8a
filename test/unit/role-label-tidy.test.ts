// A people figure's label heads a 台账 column, so it must read as a name, not as pieces of the sentence around it.
import { describe, expect, it } from 'vitest';
import { tidyRole } from '../../src/core/understanding/people-label.js';

describe('tidyRole', () => {
  it.each([
    ['们老同志', '老同志'],
    ['我们工作队', '工作队'],
    ['请了燃气公司', '燃气公司'],
    ['消防那边', '消防'],
    ['我目测', '其他'],
    ['估摸着', '其他'],
    ['1210人次', '其他'],
    ['为', '其他'],
  ])('%s → %s', (raw, tidy) => expect(tidyRole(raw)).toBe(tidy));

  it.each(['线上', '志愿者', '教师', '消防大队', '最美铁路科技工作者', '考核合格', '献血'])('leaves a name as it is: %s', (name) => {
    expect(tidyRole(name)).toBe(name);
  });
});
