// The charts' specs: month labels, no points after today, bars past 100% never cut, a 100% line, titles.
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { trendChart } from '../../src/core/exports/chart-data.js';
import { chartSpec } from '../../src/infra/exports/render-chart.js';

const activity = (date: string, headcount: number, unit: string, title = '科普讲座', dateEnd: string | null = null): Activity => ({
  id: `${date}-${title}`, date, dateEnd, title, headcount, approximate: false, headcountUnit: unit, metrics: {}, metricLabels: {}, itemId: null, planId: null, text: title, by: 'U1', at: `${date}T08:00:00Z`, source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
});

describe('chart specs', () => {
  it('draws a bar over 100% whole, on an axis that reaches it, with a 100% line', () => {
    const spec = chartSpec({ kind: 'progress', title: '示例县科学技术协会2026年目标进度（截至10月15日）', bars: [{ label: '三/1 新建企业科协', percent: 240, done: 12, goal: 5, unit: '家' }, { label: '三/2 服务农户', percent: 12, done: 123, goal: 1000, unit: '户' }] }) as { title: string; layer: Array<{ mark: { type: string }; encoding: { x: { field?: string; datum?: number; scale?: { domain: number[] } } } }> };
    const bar = spec.layer.find((l) => l.mark.type === 'bar');
    expect(bar?.encoding.x.field).toBe('percent');
    expect(bar?.encoding.x.scale?.domain[1]).toBeGreaterThanOrEqual(240);
    expect(spec.layer.some((l) => l.mark.type === 'rule' && l.encoding.x.datum === 100)).toBe(true);
    expect(spec.title).toContain('示例县科学技术协会');
  });

  it('labels months 1月…12月, draws no point after today, keeps 人次 and 人 apart and does not add a period report’s events again', () => {
    const acts = [activity('2026-03-05', 100, '人次'), activity('2026-03-09', 30, '人'), activity('2026-09-01', 1800, '人次', '共开展科普讲座', '2026-09-30'), activity('2026-09-08', 200, '人次', '城关二小举办科普讲座')];
    const chart = trendChart(acts, { start: '2026-01-01', end: '2026-12-31' }, '示例县科学技术协会2026年活动趋势', '2026-10-15');
    if (chart.kind !== 'trend') throw new Error('not a trend');
    expect(chart.months).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(chart.points.map((p) => p.label)).toEqual(chart.months.slice(0, 10));
    expect(chart.points[2]).toMatchObject({ activities: 2, headcount: 100, persons: 30 });
    expect(chart.points[8]).toMatchObject({ activities: 2, headcount: 1800 });
    const spec = chartSpec(chart) as { facet: { row: { sort: string[] } }; spec: { layer: Array<{ encoding: { x: { scale: { domain: string[] } } } }> }; data: { values: Array<{ month: string }> } };
    expect(spec.spec.layer[0]?.encoding.x.scale.domain).toHaveLength(12);
    expect(spec.data.values.some((v) => v.month === '11月')).toBe(false);
    expect(spec.facet.row.sort).toEqual(['活动数（项）', '参与人次', '参与人数（人）']);
  });
});
