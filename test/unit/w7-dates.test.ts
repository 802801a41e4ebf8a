// Dates the w7 blind set misread (issue 16): a grade range or a figure in thousands is no date, a year named
// before 全年, a month named before its total, a day written with a slash that reads both ways, a week
// limited to its working days.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const read = (text: string, today: string): { dates: string[]; doubts: string[] } => {
  const r = readReport(text, today);
  if (r.kind !== 'activity') throw new Error(`not read as a report: ${JSON.stringify(r)}`);
  return { dates: r.records.map((x) => `${x.date}${x.dateEnd ? `..${x.dateEnd}` : ''}`), doubts: r.records.flatMap((x) => x.doubts.map((d) => d.question)) };
};
const dates = (text: string, today: string): string[] => read(text, today).dates;

describe('figures that only look like dates', () => {
  it('does not read a grade or age range as a month and day', () => {
    expect(dates('11/6 河口镇中心校科学实验课, 3-6年级学生 214人', '2026-11-09')).toEqual(['2026-11-06']);
    expect(dates('昨天在城关小学办了科普讲座，4-6年级学生300人参加', '2026-11-09')).toEqual(['2026-11-08']);
    expect(dates('昨天亲子科学课，3-5岁的小朋友40人', '2026-11-09')).toEqual(['2026-11-08']);
  });

  it('does not read a figure in thousands (1.2k, 1.5w) as a day', () => {
    expect(dates('劳动节假期第二天 河口镇科普大篷车进集市, 现场观众大概1.2k, 资料发了800+', '2026-05-06')).toEqual(['2026-05-02']);
    expect(dates('昨天科普集市，观众约1.5w人次', '2026-05-06')).toEqual(['2026-05-05']);
  });
});

describe('periods named before their total', () => {
  it('reads a year written before 全年 as that whole year, even sent in the next', () => {
    expect(dates('2026年县科技馆全年累计接待参观群众32650人次', '2027-01-05')).toEqual(['2026-01-01..2026-12-31']);
    expect(dates('2026年我馆全年共接待观众3万人次', '2027-01-08')).toEqual(['2026-01-01..2026-12-31']);
  });

  it('reads a month named before a total of the month as the month', () => {
    expect(dates('九月科普月我们社区一共搞了6场活动 参与居民累计480人次', '2026-09-30')).toEqual(['2026-09-01..2026-09-30']);
    expect(dates('10月科技馆进校园共走了8所学校，学生累计3200人次', '2026-11-02')).toEqual(['2026-10-01..2026-10-31']);
  });

  it('reads 上周(Mon–Fri) or 上周（周一至周五） as last week’s working days', () => {
    expect(dates('上周(Mon–Fri) 暑期夏令营结束了，五天一共来了 212 人次', '2026-08-03')).toEqual(['2026-07-27..2026-07-31']);
    expect(dates('上周（周一至周五）科普研学营五天累计接待学生400人次', '2026-08-05')).toEqual(['2026-07-27..2026-07-31']);
  });

  it('does not take 这周 on a Monday as a second period beside last week', () => {
    expect(dates('上周 夏令营 week 3 结束了。这周主题是 space，五天一共来了 212 人次', '2026-08-03')).toEqual(['2026-07-27..2026-08-02']);
  });
});

describe('a day written with a slash that reads both ways', () => {
  it('asks when day/month is a recent day and month/day is months back', () => {
    const r = read('6/11 城北小学那场流动科技馆巡展 学生620人 补报一下', '2026-11-10');
    expect(r.doubts.join('')).toMatch(/6月11日[\s\S]*11月6日|11月6日[\s\S]*6月11日/u);
    expect(read('4/11 城北小学科普讲座 学生300人', '2026-11-12').doubts.join('')).toMatch(/11月4日/u);
  });

  it('keeps month/day without a question when that is recent or the other reading is no day', () => {
    expect(read('11/6 城北小学科普讲座 学生300人', '2026-11-09')).toEqual({ dates: ['2026-11-06'], doubts: [] });
    expect(read('6/25 城北小学科普讲座 学生300人', '2026-07-02')).toEqual({ dates: ['2026-06-25'], doubts: [] });
    expect(read('10/9 城北小学科普讲座 学生300人', '2026-10-12')).toEqual({ dates: ['2026-10-09'], doubts: [] });
  });
});

describe('a report that says 几 without asking', () => {
  it('reads 没几个人 and 我们几个 as words of a report, not a question', () => {
    expect(dates('上个星期六也就是24号 我们几个老姐妹在南关公园搞了科普 本来以为没几个人 结果来了一百四十多个 你帮我记上哈', '2026-10-26')).toEqual(['2026-10-24']);
    expect(dates('昨天我们几个志愿者去敬老院讲防诈骗，来了三十多位老人', '2026-10-26')).toEqual(['2026-10-25']);
    expect(dates('昨天下雨以为没几个人来 结果科普讲座来了六十人', '2026-10-26')).toEqual(['2026-10-25']);
  });
});

describe('figures uncovered once the dates were right', () => {
  const metrics = (text: string, today: string): Record<string, number> => {
    const r = readReport(text, today);
    if (r.kind !== 'activity') throw new Error('not read as a report');
    return r.records[0]?.metrics ?? {};
  };
  it('counts leaflets with no unit written in 份, and keeps 批次 whole', () => {
    expect(metrics('劳动节假期第二天 河口镇科普大篷车进集市, 现场观众大概1.2k, 资料发了800+', '2026-05-06')).toEqual({ 份: 800 });
    expect(metrics('昨天科普讲座 来了60人 资料200', '2026-05-06')).toEqual({ 份: 200 });
    expect(metrics('2026年县科技馆全年累计接待参观群众32650人次，其中学生团体86批次。', '2027-01-05')).toEqual({ 批次: 86 });
  });
});
