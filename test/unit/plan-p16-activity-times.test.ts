// An activity plan whose "时间:" lines are fields of its activities ("(一)书画比赛" over "时间:4月10日上午"): the first
// of them is that activity's day, not the whole plan's window, so the activities listed without a day stay undated
// (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'huodong.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;
const due = (plan: ReturnType<typeof read>, s: string) => plan.items.find((i) => i.text.includes(s))?.due.map((d) => `${d.start}..${d.end}`);

describe("an activity's own 时间 line", () => {
  it('dates that activity only', () => {
    const plan = read([
      '校园文化艺术节活动方案',
      '一、活动项目',
      '1.书画比赛(负责:美术组)',
      '2.合唱比赛(负责:音乐组)',
      '3.手工作品展(负责:劳技组)',
      '二、具体安排',
      '(一)书画比赛',
      '时间:4月10日上午',
      '地点:美术教室',
      '(二)合唱比赛',
      '时间:4月16日(周三)—4月17日(周四)',
      '地点:礼堂',
    ]);
    expect(due(plan, '合唱比赛(负责')).toEqual([]);
    expect(due(plan, '手工作品展')).toEqual([]);
    expect(due(plan, '书画比赛\n时间')).toEqual(['2025-04-10..2025-04-10']);
    expect(due(plan, '合唱比赛\n时间')).toEqual(['2025-04-16..2025-04-17']);
  });
  it("still reads the plan's own 活动时间 as its window", () => {
    const plan = read(['校园科技节活动方案', '一、活动时间', '4月14日—18日', '二、活动内容', '1.科技小制作展评', '2.科普讲座']);
    expect(due(plan, '科技小制作')).toEqual(['2025-04-14..2025-04-18']);
  });
});

describe('六一', () => {
  it('dates a school task named for 六一 by June 1st', () => {
    const plan = read(['校园艺术节活动方案', '一、活动项目', '1.班级合唱比赛', '2.“六一”文艺汇演', '3.优秀作品展']);
    expect(due(plan, '文艺汇演')).toEqual(['2025-06-01..2025-06-01']);
    expect(due(plan, '优秀作品展')).toEqual([]);
  });
});

describe('an activity week around a one-day observance', () => {
  it("dates the undated activities by the plan's 活动时间, not by the observance's day", () => {
    const plan = read([
      '世界水日宣传活动方案',
      '今年3月22日是第33个世界水日。为做好宣传,制定本方案。',
      '一、活动时间',
      '3月16日至3月22日',
      '二、活动内容',
      '1、3月18日举办节水知识讲座。',
      '2、发放节水宣传手册。',
    ]);
    expect(due(plan, '节水宣传手册')).toEqual(['2025-03-16..2025-03-22']);
    expect(due(plan, '节水知识讲座')).toEqual(['2025-03-18..2025-03-18']);
  });
});

describe('the bodies of an event plan', () => {
  it('are not dated by the event week', () => {
    const plan = read([
      '2025年某市科技活动周实施方案',
      '一、活动时间',
      '5月18日至24日',
      '二、组织机构',
      '(一)主办单位:市科学技术普及工作领导小组',
      '(二)成立2025年科技活动周组委会,组长单位:市科技局,成员单位:市教育局、市卫健委',
      '三、活动安排',
      '(一)科普展览进社区',
      '(二)科技下乡',
    ]);
    expect(due(plan, '组长单位')).toEqual([]);
    expect(due(plan, '科普展览进社区')).toEqual(['2025-05-18..2025-05-24']);
  });
});
