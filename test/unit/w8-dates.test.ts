// Dates the w8 blind set misread (issue 16): a bare day a few days ahead is asked about, not put in last
// month; the first day after a holiday is a working day, not the holiday.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const read = (text: string, today: string): { dates: string[]; doubts: string[] } => {
  const r = readReport(text, today);
  if (r.kind !== 'activity') throw new Error(`not read as a report: ${JSON.stringify(r)}`);
  return { dates: r.records.map((x) => `${x.date}${x.dateEnd ? `..${x.dateEnd}` : ''}`), doubts: r.records.flatMap((x) => x.doubts.map((d) => d.question)) };
};

describe('a bare day of the month', () => {
  it('asks about a day a few days ahead instead of filing it last month', () => {
    const r = read('十七号在北山小学的那个防震减灾讲座，听的学生有三百来个，你帮我登记一下', '2026-03-13');
    expect(r.dates).not.toContain('2026-02-17');
    expect(r.doubts.join(' ')).toMatch(/17日/u);
  });

  it('still reads a day well ahead as last month’s', () => {
    expect(read('28号在北山小学办了防震减灾讲座，学生300人', '2026-03-03').dates).toEqual(['2026-02-28']);
  });
});

describe('days named after a holiday', () => {
  it('reads 春节假期后第一天 as the first working day after the holiday', () => {
    expect(read('春节假期后第一天我们农学会就去了柳树湾村讲春季果树修剪，来了四十几个果农', '2026-02-26').dates).toEqual(['2026-02-24']);
  });
});

describe('an event’s length', () => {
  it('reads 上周六结营了，5天营期 as the five days ending that Saturday', () => {
    expect(read('青少年科技冬令营上周六结营了，5天营期，全县来了56个营员，带队老师8位', '2027-01-19').dates).toEqual(['2027-01-12..2027-01-16']);
  });
});

describe('a message that opens with 上周', () => {
  it('reads a weekday later in it as last week’s, inside the week reported', () => {
    expect(read('上周 馆内接待5834人次 团体11批 周二闭馆检修一天', '2026-06-23')).toEqual({ dates: ['2026-06-15..2026-06-21'], doubts: [] });
  });
});
