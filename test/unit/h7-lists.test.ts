// Events listed in one message (holdout 7): a day switch after a time-of-day switch, each part its own event.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const records = (text: string, today: string) => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
  return r.records.map((x) => [x.date, x.headcount]);
};

describe('a day switch and a time-of-day switch in one message', () => {
  it('reads 昨天上午…下午又去…今天… as three events', () => {
    // Who the bare 三十六个 are is the headcount's choice; here the three events and their days.
    const read = records('昨天上午请县农业局专家在高坎村讲玉米病虫害 四十多人 下午又去双河村讲 三十六个 今天在镇上发资料三百份', '2026-06-10');
    expect(read.map((r) => r[0])).toEqual(['2026-06-09', '2026-06-09', '2026-06-10']);
    expect(read[0]![1]).toBe(40);
  });
  it('reads a diary line that only printed material as no event', () => {
    const text = '上周工作记录：\n周一 整理春耕技术资料，到打印店印了200份\n周二 去石桥村讲水稻育秧，来了35个人\n周三 下雨，在家休息\n周四 到县老科协开例会\n周五 在石桥村、白沙村发资料，共发180份\n周六 白沙村田间指导，来了二十来个农户';
    expect(records(text, '2026-04-13')).toHaveLength(3);
  });
});

describe('a diary with a line that only printed material', () => {
  it('stores its three events without asking', () => {
    const r = readReport('上周工作记录：\n周一 整理春耕技术资料，到打印店印了200份\n周二 去石桥村讲水稻育秧，来了35个人\n周三 下雨，在家休息\n周四 到县老科协开例会\n周五 在石桥村、白沙村发资料，共发180份\n周六 白沙村田间指导，来了二十来个农户', '2026-04-13', {});
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records).toHaveLength(3);
  });
});
