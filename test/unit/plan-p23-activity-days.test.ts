// An activity's days written with a long dash ("20__年4月8日---4月30日") or with the 至 lost between two full dates
// ("xx年4月8日4月12日") are one span; a template site's sample under a year's generic title ("2023年科普工作计划")
// whose 活动时间 is such a span of days is an activity's scheme: its undated activities fall in those days
// (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const spans = (s: string) => parseDeadlines(s, 2023).map((d) => [d.start, d.end]);

describe('an activity\'s days', () => {
  it('reads a long dash and a lost 至 as one span', () => {
    expect(spans('活动时间:20__年4月8日---4月30日')).toEqual([['2023-04-08', '2023-04-30']]);
    expect(spans('xx年4月8日4月12日')).toEqual([['2023-04-08', '2023-04-12']]);
  });
  it('keeps two dates apart when the second is earlier or months later', () => {
    expect(spans('4月12日4月8日')).toHaveLength(2);
    expect(spans('4月8日9月12日')).toHaveLength(2);
  });
  it('dates the undated activities of a sample under a generic title', () => {
    const { plan } = parsePlan(
      [
        '2023年科普工作计划',
        '2023年科普工作计划篇1',
        '一、活动目的',
        '为激发学生爱科学的兴趣，我校将在四月第二周举办第三届科技节。',
        '二、活动时间:',
        'xx年4月8日4月12日',
        '三、活动安排:',
        '1、科技小制作比赛',
        '各班至少推荐2件作品，收缴时间:4月7日下午放学前。',
        '2、组织学生参观县科技馆。',
      ].join('\n'),
      { source: 'page.txt', fallbackYear: 2023, importedAt: '2023-03-01', observances: OBSERVANCES },
    );
    const due = (w: string) => plan.items.find((i) => i.text.includes(w))?.due.map((d) => [d.start, d.end]);
    expect(due('参观县科技馆')).toEqual([['2023-04-08', '2023-04-12']]);
    expect(due('科技小制作')).toEqual([['2023-04-07', '2023-04-07']]);
  });
});
