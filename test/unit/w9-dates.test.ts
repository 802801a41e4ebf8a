// Dates the w9 blind set misread (issue 16): a later step (备案材料周一报了), a date in brackets that names a
// festival's day, a day first planned (原本中旬), a month compared with (比3月份多) are not the event's day; a
// month or a span that heads a report (这个月, 7月接待月报, 周报 1.25-1.31) is its period; a Cantonese writer's
// "3/4" may be day/month and is asked.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

/** The dates read and the questions asked about them (figures are other tests'). */
const read = (text: string, today: string): { dates: string[]; doubts: string[] } => {
  const r = readReport(text, today);
  if (r.kind !== 'activity') throw new Error(`not read as a report: ${JSON.stringify(r)}`);
  return { dates: r.records.map((x) => `${x.date}${x.dateEnd ? `..${x.dateEnd}` : ''}`), doubts: r.records.flatMap((x) => x.doubts.filter((d) => d.field === 'date').map((d) => d.question)) };
};

describe('a second date that is not the event’s', () => {
  it.each([
    ['上周五鑫源化工企业科协揭牌成立首批会员二十三名 备案材料周一报县里了', '2026-06-02', '2026-05-29'],
    ['跟科协这边说一下哈，春节前（2月10号）我们社区联合街道搞了个“年货安全科普集市”，主要教大家认三无食品、假冒伪劣，还有放烟花爆竹要注意啥。那天人特别多，光签到领福字的就有三百一十几个，实际来逛的肯定不止。市场监管所来了3个同志设咨询台，我们网格员全上了，8个人。今天才有空整理照片，不好意思报晚了🙏', '2026-02-26', '2026-02-10'],
    ['各位好，我係科技館嘅志願者婉儀。上個禮拜六（10月24號）我哋同縣青少年科技教育中心一齊搞咗青少年科技創新大賽嘅縣級評審，其實原本係中旬要搞，不過因為場地問題延遲咗。今年一共收到參賽作品一百三十幾件，入圍現場答辯嘅學生有56位，評委7位，全日好順利。多謝各位老師支持！', '2026-10-26', '2026-10-24'],
    ['4月中旬我们镇连着搞了几场油菜田间课，加起来6场，听课的累计320人次，比3月份多了差不多一百', '2026-04-30', '2026-04-11..2026-04-20'],
  ])('%s (%s)', (text, today, date) => {
    expect(read(text, today)).toEqual({ dates: [date], doubts: [] });
  });
});

describe('a period a report heads with', () => {
  it.each([
    ['这个月下乡跑了九趟 服务果农一百四十多户 现场培训的加起来差不多三百人 主要讲冬季清园和防冻', '2026-11-30', '2026-11-01..2026-11-30'],
    ['周报 1.25-1.31\n入馆 4105人次（上周3660）\n备注：周一闭馆，实际开放6天', '2027-02-01', '2027-01-25..2027-01-31'],
  ])('%s (%s)', (text, today, date) => {
    expect(read(text, today)).toEqual({ dates: [date], doubts: [] });
  });
});

describe('a day/month writer', () => {
  it('asks about 3/4 from a Cantonese writer instead of storing 3月4日', () => {
    const r = read('3/4 喺科技館做咗一場「趣味化學」workshop，參加嘅小朋友有二十四位，家長陪同約二十人。', '2026-04-08');
    expect(r.doubts.join(' ')).toMatch(/4月3日/u);
  });
});

describe('staff at a desk, once the day is read', () => {
  it('does not take 3个同志设咨询台 for the people who came', () => {
    const r = readReport('跟科协这边说一下哈，春节前（2月10号）我们社区联合街道搞了个“年货安全科普集市”。那天人特别多，光签到领福字的就有三百一十几个。市场监管所来了3个同志设咨询台，我们网格员全上了，8个人。', '2026-02-26');
    if (r.kind !== 'activity') throw new Error('not read as a report');
    expect(r.records[0]?.headcount).not.toBe(3);
    expect(Object.values(r.records[0]?.metrics ?? {})).toContain(3);
  });
});
