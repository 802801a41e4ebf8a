// A week's diary the fourth holdout read short (issue 16, nc-r014): "来了40几位" is about forty people, so that day is
// a record like the others.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/understanding/message-figures.js';
import { readReport } from '../../src/core/understanding/read-report.js';

describe('a week diary with "40几位"', () => {
  it('reads "40几位" as about 40 people', () => {
    expect(findFigures('在老年大学上智能手机防诈骗课,来了40几位').figures.map((f) => [f.value, f.unit, f.approximate])).toEqual([[40, '人', true]]);
  });

  it('reads each day of the week that counts people', () => {
    const text = '这周志愿服务队的流水账，给办公室报一下：\n周一 休息\n周二 去城东小学讲了节天文课，四年级的孩子90个\n周三 在老年大学上智能手机防诈骗课，来了40几位\n周四 下雨没出门\n周五 陪流动科技馆去了实验中学，帮忙讲解，学生看展有六百多人次\n周六日 休息';
    const r = readReport(text, '2026-11-15');
    if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
    expect(r.records.map((x) => [x.date, x.headcount, x.approximate])).toEqual([['2026-11-10', 90, false], ['2026-11-11', 40, true], ['2026-11-13', 600, true]]);
  });
});
