// Dates written with dots, as school 策划 templates do: "2024.4.22", a range "2024.4.22-2024.4.26" or
// "2024.4.22-4.26", and a template whose year was blanked ("20__.4.22", "20XX年", "20××.4.22"), read in the plan's
// year; a page may turn the dots into 。 ("20__。4。22") (issue 17).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parseDeadlines(text, 2025).map((d) => `${d.start}..${d.end}`);

describe('dotted dates', () => {
  it('reads a dotted day whose year was blanked, in the plan year', () => {
    expect(read('时间:20__.4.22下午布置展板')).toEqual(['2025-04-22..2025-04-22']);
    expect(read('时间:20XX.10.9上午')).toEqual(['2025-10-09..2025-10-09']);
    expect(read('时间:20××.10.9上午')).toEqual(['2025-10-09..2025-10-09']);
    expect(read('时间:20__。4。22第二节课')).toEqual(['2025-04-22..2025-04-22']);
  });
  it('reads a dotted range to its end', () => {
    expect(read('读书周:20__.4.21-20__.4.25(第九周)')).toEqual(['2025-04-21..2025-04-25']);
    expect(read('时间:20__。4。21-4。25')).toEqual(['2025-04-21..2025-04-25']);
    expect(read('展期:2025.4.21—4.25')).toEqual(['2025-04-21..2025-04-25']);
    expect(read('展期:2025.4.28-2025.5.3')).toEqual(['2025-04-28..2025-05-03']);
  });
  it('leaves clock times and version numbers alone', () => {
    expect(read('时间:20__.4.23周三下午3:40-5:10')).toEqual(['2025-04-23..2025-04-23']);
    expect(read('使用3.2.1版本的软件')).toEqual([]);
  });
  it('dates the items of a school plan with a blanked year', () => {
    const plan = parsePlan(
      ['读书节活动安排', '一、读书节时间:20__.4.21-20__.4.25', '二、活动安排', '1、好书推荐展', '时间:20__。4。21-4。25', '地点:图书馆', '2、作家进校园讲座', '时间:20__.4.23下午', '地点:报告厅'].join('\n'),
      { source: 'dushujie.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES },
    ).plan;
    const due = (s: string) => plan.items.find((i) => i.text.includes(s))?.due.map((d) => `${d.start}..${d.end}`);
    expect(due('读书节时间')).toEqual(['2025-04-21..2025-04-25']);
    expect(due('好书推荐展')).toEqual(['2025-04-21..2025-04-25']);
    expect(due('作家进校园')).toEqual(['2025-04-23..2025-04-23']);
  });
});
