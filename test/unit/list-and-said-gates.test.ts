// The gates that keep a message from being stored as one wrong record (issue 16): events enumerated in one message
// ("一个是…二是…第三个是…"), and figures that are only heard of, of an earlier year, or wished for.
import { describe, expect, it } from 'vitest';
import { enumeratedEvents } from '../../src/core/understanding/event-enumeration.js';
import { findMessageDates } from '../../src/core/understanding/message-dates.js';
import { findFigures } from '../../src/core/understanding/message-figures.js';
import { readReport } from '../../src/core/understanding/read-report.js';
import { saidNotDone } from '../../src/core/understanding/said-not-done.js';

const TODAY = '2026-05-25';
const events = (text: string): number => enumeratedEvents(text, findFigures(text).figures, findMessageDates(text, TODAY).hits);
const doubtsOf = (text: string): string[] => {
  const r = readReport(text, TODAY);
  return r.kind === 'activity' ? [...r.doubts, ...r.records.flatMap((x) => x.doubts)].map((d) => d.question) : [];
};

describe('enumeratedEvents', () => {
  it.each([
    ['上个星期我们镇搞了三个活动啊一个是十八号在中心校搞的科学实验秀学生来了两百四十个二是二十号在敬老院讲防诈骗老人三十几个第三个是二十二号赶场天搞的科普展板展出了十二块', 3],
    ['两个活动，一个是19号村小科学实验课学生80人，另一个是21号文化站防诈骗讲座老人40人', 2],
    ['上午在东坪村讲果树修剪，来了45人；下午在黄泥村讲病虫害防治，来了38人', 2],
  ])('%s: %i events', (text, n) => expect(events(text)).toBe(n));

  it.each([
    '5月12日防灾减灾日在城关镇广场开展宣传，一是发放防灾资料600份，二是现场咨询群众150人。',
    '5月20日第二天的活动来了80人',
    '统一是下午开展，学生120人',
    '今天下午科学课搞了水火箭发射，三(1)班42人，三(2)班40人，两个班一起在操场放的',
  ])('%s: no enumeration of events', (text) => expect(events(text)).toBe(0));

  it('a message listing three events that reads as one record is asked about, not stored merged', () => {
    const text = '上个星期科技活动周我们镇搞了三个活动啊一个是十八号在中心校搞的科学实验秀学生来了两百四十个二是二十号在敬老院讲防诈骗老人三十几个第三个是二十二号赶场天搞的科普展板展出了十二块';
    expect(doubtsOf(text).some((q) => q.includes('3 次活动'))).toBe(true);
  });
});

describe('saidNotDone', () => {
  const said = (text: string): boolean => saidNotDone(text, findFigures(text).figures);
  it.each(['我听小李说来了一百多人', '老王说去年重阳节在敬老院的讲座来了一百多人，今年要争取翻一番', '听说上周城南的义诊来了两百来人'])('%s: nothing done this time', (text) => expect(said(text)).toBe(true));
  it.each(['去年12月在城关镇开展科普讲座，参加群众120人', '今天在敬老院讲防诈骗，老人35人，去年只来了20人', '准备了300份资料，昨天全发完了', '11月12日社区组织了防火安全讲座，往年同期五十几个，今年来了82位居民。'])('%s: a report', (text) => expect(said(text)).toBe(false));

  it('a report only heard of is asked about: 这是已经办了的活动吗', () => {
    expect(doubtsOf('那个防汛避险的宣传 应该是搞了 我听小李说来了一百多人').some((q) => q.startsWith('这是已经办了的活动吗'))).toBe(true);
  });
});
