// Non-reports from holdout 19 (in our own words): a reminder with a round-the-clock hotline ("二十四小时有人") counts
// nothing; "24小时" there says always, it is no figure.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

describe('w23 non-reports', () => {
  it.each([
    '最近大风降温 电线老化的一定找电工看看 取暖器别整夜开🙏 值班电话24小时有人接 有事就打',
    '天冷路滑，大家开车慢点，我们道班二十四小时值守，有情况随时打电话。',
  ])('%s', (text) => {
    expect(readReport(text, '2026-12-09', { explicit: false }).kind).not.toBe('activity');
  });
  it('a count of service hours done stays a figure', () => {
    const r = readReport('12月5日志愿者日，我们在城东社区开展科普志愿服务，居民80人，志愿服务累计24小时。', '2026-12-09', { explicit: false });
    expect(r.kind === 'activity' && r.records[0]?.metrics['小时']).toBe(24);
  });
});
