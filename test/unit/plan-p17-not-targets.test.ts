// Not targets: how long a contest lasts ("答题时间为2小时") and how many copies a form is sent in ("一式三份",
// "一式2份"); a length of time still counts when it is set as a floor ("志愿服务时长不少于20小时") (issue 17).
import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const units = (s: string) => parseTargets(s, 2024).map((t) => `${t.value ?? t.min}${t.unit}`);

describe('durations and copies', () => {
  it("a contest's length is no target", () => {
    expect(units('知识竞赛定于6月8日上午9:00举行,答题时间为2小时。')).toEqual([]);
    expect(units('笔试时长3小时,闭卷作答。')).toEqual([]);
  });
  it('copies of a form are no target', () => {
    expect(units('报名表一式2份,于5月10日前交教务处。')).toEqual([]);
    expect(units('申报材料一式三份报送区科协。')).toEqual([]);
  });
  it('a floor of hours is still a target', () => {
    expect(units('每名志愿者全年服务时长不少于20小时。')).toEqual(['20小时']);
    expect(units('全年印发宣传资料2000份。')).toEqual(['2000份']);
  });
});
