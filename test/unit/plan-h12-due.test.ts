// Dates of the twelfth plan holdout's misses, in other words (issue 17): a span of two parts of a month, and a
// run of days counted from its first.
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const spans = (text: string) => parseDeadlines(text, 2019).map((d) => [d.start, d.end]);

describe('a span of two parts of a month', () => {
  it('"6月中下旬" runs from the 11th to the month\'s end, "3月上中旬" from the 1st to the 20th', () => {
    expect(spans('6月中下旬,深入乡镇开展科普宣传。')).toEqual([['2019-06-11', '2019-06-30']]);
    expect(spans('3月上中旬完成报名工作。')).toEqual([['2019-03-01', '2019-03-20']]);
  });
  it('leaves "9月中旬" and "9月中" as they were', () => {
    expect(spans('9月中旬举办讲座。')).toEqual([['2019-09-11', '2019-09-20']]);
  });
});

describe('a run of days counted from its first', () => {
  it('"从9月16日开始,集中利用3天时间" runs three days; "自10月8日起,连续7天" seven', () => {
    expect(spans('从9月16日开始,集中利用3天时间,在广场播放科普短片。')).toEqual([['2019-09-16', '2019-09-18']]);
    expect(spans('自10月8日起,连续7天开展科普宣传。')).toEqual([['2019-10-08', '2019-10-14']]);
  });
  it('leaves a day with no count after it as one day ("从5月11日开始报名")', () => {
    expect(spans('从5月11日开始报名。')).toEqual([['2019-05-11', '2019-05-11']]);
  });
});

describe('a range whose ends carry clock times', () => {
  it('"报名时间:9月2日上午 9:00 至 9 月16日下午 17:00" is one range, not two days', () => {
    expect(spans('报名时间:9月2日上午 9:00 至 9 月16日下午 17:00。')).toEqual([['2019-09-02', '2019-09-16']]);
  });
  it('leaves one day\'s hours as that day ("初赛时间:2019年8月27日8:00-18:00")', () => {
    expect(spans('初赛时间:2019年8月27日8:00-18:00')).toEqual([['2019-08-27', '2019-08-27']]);
  });
});

describe('a day the text says an observance falls on', () => {
  it('"今年9月16日是我国第十个“科普日”" names the day; the plan\'s own span is its date', () => {
    expect(spans('今年9月16日是我国第十个“科普日”。县科协在9月10日至20日期间组织开展系列活动。')).toEqual([['2019-09-10', '2019-09-20']]);
  });
});
