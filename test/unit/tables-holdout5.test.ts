// Pasted tables in holdout 5 (issue 16): a column whose unit is written in brackets ("参观学生(人)") counts people,
// and a row left empty but for its day (and its number) tells of no event.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const rows = (text: string, today: string) => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics }));
};

describe('pasted tables', () => {
  it('reads a column headed 参观学生(人) as people, the 合计 row as no event', () => {
    const text = '流动科技馆进校园巡展统计（11月下旬）\n日期\t学校\t参观学生(人)\t带队教师(人)\n11月24日\t城关一小\t156\t8\n11月26日\t实验中学\t210\t12\n11月27日\t河口镇中心校\t98\t6\n合计\t\t464\t26';
    expect(rows(text, '2026-12-03')).toEqual([
      { date: '2026-11-24', headcount: 156, metrics: { '人(教师)': 8 } },
      { date: '2026-11-26', headcount: 210, metrics: { '人(教师)': 12 } },
      { date: '2026-11-27', headcount: 98, metrics: { '人(教师)': 6 } },
    ]);
  });
  it('keeps no record for a row left empty but for its number and day', () => {
    const text = '序号\t日期\t地点\t主题\t人数\n1\t11月3日\t东关社区\t高血压防治\t45\n2\t11月12日\t县老年大学\t老年人防跌倒\t130\n3\t11月19日\t\t\t\n4\t11月25日\t白马乡卫生院\t糖尿病饮食\t约60';
    expect(rows(text, '2026-11-30').map((r) => [r.date, r.headcount])).toEqual([['2026-11-03', 45], ['2026-11-12', 130], ['2026-11-25', 60]]);
  });
});
