// A cap on a share written with its base between ("补贴不超过项目总投入的40%"): the share is a ceiling, like
// "不超过5000元" before it (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const read = (text: string) => parseTargets(text, 2022).map((t) => ({ value: t.value, min: t.min, max: t.max, unit: t.unit }));

describe('a share capped against its base', () => {
  it('is an upper bound', () => {
    expect(read('项目补贴总额不超过5000元，且补贴金额不超过项目总投入的40%。')).toEqual([
      { value: 5000, min: null, max: 5000, unit: '元' },
      { value: 40, min: null, max: 40, unit: '%' },
    ]);
  });
  it('leaves a plain share as it is', () => {
    expect(read('参训教师占全体教师的30%。')).toEqual([{ value: 30, min: null, max: null, unit: '%' }]);
  });
});
