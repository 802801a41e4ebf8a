// A section naming the body that runs an event with a prefix of its own ("二、读书节活动领导小组" over 组长/副组长/组员
// lines): who runs it, no task (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('the body that runs an event', () => {
  it('is no task', () => {
    const { plan } = parsePlan(
      [
        '某小学读书节活动方案',
        '一、活动目的',
        '培养学生读书兴趣。',
        '二、读书节活动领导小组',
        '组长:王某(校长)',
        '副组长:李某(副校长)',
        '组员:各班班主任',
        '三、活动时间:2023年4月10日至4月28日',
        '四、活动安排',
        '1、读书小报评比',
        '2、好书推荐演讲比赛',
      ].join('\n'),
      { source: 'page.txt', fallbackYear: 2023, importedAt: '2023-03-20', observances: OBSERVANCES },
    );
    expect(plan.items.some((i) => /组长/u.test(i.text))).toBe(false);
    expect(plan.items.some((i) => i.text.includes('读书小报评比'))).toBe(true);
  });
});
