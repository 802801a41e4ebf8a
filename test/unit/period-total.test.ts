// Issue 16: a figure gathered over a period and handed on today is the period's, never one day on the send date.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const dates = (text: string, today: string): Array<[string, string | null, string[]]> => {
  const r = readReport(text, today);
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => [x.date, x.dateEnd, x.doubts.map((d) => d.field)]);
};

describe('a period total sent today', () => {
  it('covers the quarter or month the message names when today only says when it was sent or collected', () => {
    expect(dates('第二季度职工建言献策我们收上来9条，都是生产一线的，今天已发给办公室', '2026-06-30')).toEqual([['2026-04-01', '2026-06-30', []]]);
    expect(dates('这个月我们分头发放调查问卷，今天全部收齐了，有效问卷212份。', '2026-04-30')).toEqual([['2026-04-01', '2026-04-30', []]]);
  });

  it('ends a quarter still running today, and keeps today when the figure is in today\'s own clause', () => {
    expect(dates('二季度各车间报上来的建言6条，今天已报送办公室', '2026-05-20')).toEqual([['2026-04-01', '2026-05-20', []]]);
    expect(dates('今天向市科协报送了一季度建言献策信息3条', '2026-03-31')).toEqual([['2026-03-31', null, []]]);
    expect(dates('今天问卷收齐了，有效问卷47份，已交学会部', '2026-03-19')).toEqual([['2026-03-19', null, []]]);
  });

  it('reads a year written apart from 这一年 or 全年, and a month heading a 汇总, as the period', () => {
    expect(dates('把我们服务队2026年的账报一下：这一年我们一共下乡送科技23次，服务群众两千八百多人次。', '2027-01-05')).toEqual([['2026-01-01', '2026-12-31', []]]);
    expect(dates('2026年度全县科普示范社区创建工作已全部完成，全年新建科普示范社区2个、科普教育基地1家。', '2027-01-08')).toEqual([['2026-01-01', '2026-12-31', []]]);
    expect(dates('9月科普月全县各乡镇联动活动汇总：累计54场次，参与群众约1.5万人次。', '2026-10-09')).toEqual([['2026-09-01', '2026-09-30', []]]);
  });
});
