// Issue 16, w23 follow-ups (records): a line under a list that says each of the listed sessions had its helpers is
// no event of its own; the count of the parts said with their total is no figure of the last part; a weekday after
// a comma inside a written day's brackets annotates that day.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w23 records', () => {
  it('a footer saying each of the listed sessions had its helpers is no record', () => {
    const rs = read('暑期编程营 接龙\n1. 7/6-7/10 第一期 Scratch 入门, 学员 30 人\n2. 7/13-7/17 第二期 Python, 学员 26 人\n3. 7/20 单日 机器人体验, 孩子 22 个\n两期编程营每期带队老师 3 位', '2026-07-22');
    expect(rs.map((r) => [r.date, r.dateEnd, r.headcount])).toEqual([['2026-07-06', '2026-07-10', 30], ['2026-07-13', '2026-07-17', 26], ['2026-07-20', null, 22]]);
    // The helpers are of the two 期 named, not of the one-day session.
    expect(rs.map((r) => Object.values(r.metrics))).toEqual([[3], [3], []]);
  });
  it('the number of sessions said beside their total is no figure of the last session', () => {
    const rs = read('3月16日，东片培训在城关中学举办，参训120人；3月17日，西片培训在河口镇中学举办，参训95人。两场培训共计215人。', '2026-03-20');
    expect(rs.map((r) => [r.date, r.headcount, r.metrics])).toEqual([['2026-03-16', 120, {}], ['2026-03-17', 95, {}]]);
  });
  it('a weekday after a comma inside the brackets of a written day annotates it', () => {
    const rs = read('补报两次活动。其一，中秋节（九月二十五日），社区老人三十位来站里听讲座。其二，国庆后（十月九日，周五），小学三个班来参观，学生一百二十人。', '2026-10-20');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-09-25', 30], ['2026-10-09', 120]]);
  });
});
