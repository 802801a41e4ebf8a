// "推动8项创新监测指标争先进位": the indicators a county is ranked on, named by their number, are what the work
// raises, not a count of things to make (issue 17, p22). A count of things to make next to them stays.
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

describe('a named set of indicators to move up', () => {
  it('is no target', () => {
    expect(parseTargets('推动8项创新监测指标争先进位的做法及进展。')).toEqual([]);
    expect(parseTargets('促进全县12项科普评价指标晋位升级。')).toEqual([]);
  });
  it('leaves a count of work beside it', () => {
    expect(parseTargets('围绕6项考核指标提升排名，全年举办科普讲座20场。').map((t) => [t.value, t.unit])).toEqual([[20, '场']]);
    expect(parseTargets('新建3项科普工作指标体系试点。').map((t) => [t.value, t.unit])).toEqual([[3, '项']]);
  });
});
