// The session-18 review: rules added this session that stored a wrong date, figure, record or title on plausible
// messages of other writers. Each sentence is the reviewer's or ours.
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { readReport, type ReportReading } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string): ReportReading => readReport(text, today, { observances: OBSERVANCES });
const records = (text: string, today: string) => {
  const r = read(text, today);
  if (r.kind !== 'activity') throw new Error(JSON.stringify(r));
  return r.records;
};

describe('a weekday that does not fit moves no date into a year the document does not name', () => {
  it('请于2026年3月5日（星期三）前报送 in a 2026 notice stays 2026', () => {
    expect(parseDeadlines('请于2026年3月5日（星期三）前报送材料', 2026).map((d) => d.end)).toEqual(['2026-03-05']);
    expect(parseDeadlines('活动定于2026年5月16日（周五）举行', 2026).map((d) => d.end)).toEqual(['2026-05-16']);
  });
  it('a copied year next to a weekday of the notice\'s own year is that year', () => {
    expect(parseDeadlines('决赛时间:2024年7月27日(星期日)', 2025).map((d) => d.end)).toEqual(['2025-07-27']);
  });
});

describe('an English word that is a month only as a heading', () => {
  it('昨天 Jun 老师带队 is a name, the day is yesterday', () => {
    expect(records('昨天 Jun 老师带队，科普讲座一共来了50人', '2026-03-08').map((r) => [r.date, r.dateEnd])).toEqual([['2026-03-07', null]]);
  });
  it('"July summary … 一共4场" opening the message is the month', () => {
    expect(records('July summary: 园区给快递小哥搞安全骑行 training 一共 4 场, 累计 260 人', '2026-08-03').map((r) => [r.date, r.dateEnd])).toEqual([['2026-07-01', '2026-07-31']]);
  });
});

describe('households and who finished', () => {
  it('结业了30人 beside 25户 is who took part: the headcount is 30', () => {
    expect(records('3月6日农技培训，参加的有25户，结业了30人', '2026-03-08')[0]!.headcount).toBe(30);
  });
});

describe('a 另外 part that points back at the same event', () => {
  it('"另外3月9号还有三十人在线上看了直播" is no second event', () => {
    expect(records('3月8日讲座来了一百多人，另外3月9号还有三十人在线上看了直播', '2026-03-10')).toHaveLength(1);
  });
  it('"另外3月5号报名的二十人这次也来了" is no second event', () => {
    expect(records('3月8日在妇女之家办了健康讲座来了一百二十来个妇女发资料三百份另外3月5号报名的二十人这次也来了', '2026-03-10')).toHaveLength(1);
  });
  it('a 另外 with a day and a place of its own is still another event', () => {
    expect(records('3月8日在一中讲座来了一百多人，另外3月9号在二中又讲了一场，来了八十人', '2026-03-10')).toHaveLength(2);
  });
});

describe('words after 注明 that are no title words', () => {
  it.each(['刚才那条，标题里注明一下是线上的', '刚才那条在二中办的，标题里注明地点'])('%s writes nothing into the title', (text) => {
    const c = readCorrection(text, '2026-03-08');
    expect(c === undefined || c.field !== 'title').toBe(true);
  });
  it('标题里写上防溺水 still adds the word', () => {
    const c = readCorrection('刚才那条主要讲的是防溺水，标题里写上防溺水', '2026-03-08');
    expect(c?.field === 'title' && c.value).toBe('防溺水');
  });
});
