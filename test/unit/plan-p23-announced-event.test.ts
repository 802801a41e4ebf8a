// A scheme with no title naming its event: its opening announces it ("我校决定举办以“阅读点亮童年”为主题的读书节活动")
// and its 活动时间 section, left an item, is that event on those days (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (opening: string) =>
  parsePlan(
    [
      '学校活动方案范文(汇总八篇)',
      '学校活动方案范文篇一',
      opening,
      '二、活动时间:20__年4月10日---4月28日',
      '三、活动内容及具体安排:',
      '1、好书推荐演讲比赛',
      '2、读书小报评比',
      '3、亲子共读打卡',
    ].join('\n'),
    { source: 'page.txt', fallbackYear: 2023, importedAt: '2023-03-20', observances: OBSERVANCES },
  ).plan;

describe('the event a scheme\'s opening announces', () => {
  it('names its 时间 item', () => {
    const plan = read('为培养学生的阅读习惯，营造书香校园。我校决定举办以“阅读点亮童年”为主题的读书节活动。进一步丰富校园文化。');
    const item = plan.items.find((i) => i.text.includes('举办以“阅读点亮童年”为主题的读书节活动'));
    expect(item?.due.map((d) => [d.start, d.end])).toEqual([['2023-04-10', '2023-04-28']]);
  });
  it('leaves it as written when the opening tells of one held before', () => {
    const plan = read('去年我校举办了以“阅读点亮童年”为主题的读书节活动。');
    expect(plan.items.some((i) => i.text.startsWith('举办'))).toBe(false);
  });
});
