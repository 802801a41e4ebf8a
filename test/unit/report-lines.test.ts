// Several lines that are one event: a dated heading over lines that are only a label and a figure (blind w6-r020
// style, written before the fix); a list of dated events stays one record per line.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

describe('a dated heading over figure-only lines is one event', () => {
  it('keeps the figures on one record', () => {
    const r = readReport('9.19 科普日开放日 科技馆免费开放\n当日入馆 2,480 人次\n志愿者 18 人', '2026-09-20', {});
    expect(r.kind === 'activity' ? r.records.map((x) => [x.date, x.headcount, x.headcountUnit, x.metrics]) : r).toEqual([['2026-09-19', 2480, '人次', { '人(志愿者)': 18 }]]);
  });
  it('still reads a list of dated events as one record each', () => {
    const r = readReport('本周工作\n9月15日 城关镇科普讲座 80人\n9月17日 石桥村科技下乡 120人', '2026-09-20', {});
    expect(r.kind === 'activity' ? r.records.map((x) => [x.date, x.headcount]) : r).toEqual([['2026-09-15', 80], ['2026-09-17', 120]]);
  });
});
