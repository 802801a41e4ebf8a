// Issue 16, w10: parts of a month whatever follows them, days counted from a holiday's days off, and a message
// that asks for help with an event still to come (no report of a thing done).
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/understanding/message-figures.js';
import { findNamedDates } from '../../src/core/understanding/named-dates.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { futureRequest, NOT_DONE_QUESTION } from '../../src/core/understanding/said-not-done.js';

const span = (text: string, today: string): [string, string | null] | undefined => {
  const hit = findNamedDates(text, today)[0];
  return hit ? [hit.date, hit.end] : undefined;
};

describe('parts of a month: a short span whatever follows', () => {
  it.each([
    ['文化馆3月中旬三场周末课堂，累计孩子210名', ['2026-03-11', '2026-03-20']],
    ['5月上旬两场讲座，共80人', ['2026-05-01', '2026-05-10']],
    ['4月下旬5场，每场30人', ['2026-04-21', '2026-04-30']],
    ['6月月底三场巡展', ['2026-06-26', '2026-06-30']],
    ['3月底三场，共90人', ['2026-03-27', '2026-03-31']],
  ])('%s', (text, want) => expect(span(text, '2026-09-01')).toEqual(want));

  it('初 before a number is a lunar day, not a month part: 3月初三', () => {
    expect(findNamedDates('3月初三场活动', '2026-09-01').some((h) => h.end !== null)).toBe(false);
  });
});

describe('days counted from a holiday', () => {
  it.each([
    ['端午放假前一天生物社带学生去县科技馆参观了', '2026-06-18'],
    ['国庆放假前两天在社区办了讲座', '2026-09-29'],
    ['劳动节假期前一天开了培训会', '2026-04-30'],
    ['国庆放假第二天在广场搞了科普展', '2026-10-02'],
    ['春节收假后第一天就开了动员会', '2026-02-24'],
    ['端午节前一天搞了活动', '2026-06-18'],
  ])('%s: %s', (text, day) => expect(span(text, '2026-12-01')).toEqual([day, null]));

  it('the first days off are still a span: 劳动节假期前三天', () => {
    expect(span('劳动节假期前三天', '2026-12-01')).toEqual(['2026-05-01', '2026-05-03']);
  });
});

describe('a request about an event still to come', () => {
  const asks = (text: string): boolean => futureRequest(text, findFigures(text).figures);
  it.each([
    '元旦那天文化馆要搞“科学迎新年”游园会，预计来个一两千人，科协能不能派几个志愿者过来？大概要10个人左右，上午8点半到',
    '下个月我们准备办一场科普讲座，预计200人，请科协派两位专家来讲',
    '学校将举办科技节，届时约500名学生参加，能否支持一些展板？',
  ])('%s: asked about', (text) => expect(asks(text)).toBe(true));

  it.each([
    '昨天文化馆搞了游园会，来了一千多人，科协派了10个志愿者',
    '11月5日举办了科普讲座，参加群众120人，下次能不能多派几位专家？',
    '今天上午科普大篷车进校园，学生600人',
  ])('%s: a report', (text) => expect(asks(text)).toBe(false));

  it('the reader asks the not-done question and stores nothing', () => {
    const r = readReport('元旦那天文化馆要搞“科学迎新年”游园会，预计来个一两千人，科协能不能派几个志愿者过来？大概要10个人左右，上午8点半到', '2026-12-22');
    const questions = r.kind === 'activity' ? [...r.doubts, ...r.records.flatMap((x) => x.doubts)].map((d) => d.question) : [];
    expect(r.kind !== 'activity' || questions.includes(NOT_DONE_QUESTION)).toBe(true);
  });
});
