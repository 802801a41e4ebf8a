// Trial of holdout 6 (issue 17): a month × place schedule inside an outline is one dated item a row, whether the
// table came as Word cells, PDF/web text with spaces, or with a row's cell wrapped onto a line of its own; and a
// county 要点's "2022年组织…" tasks fall due by the year's end.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { scheduleRows } from '../../src/core/plans/schedule-rows.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, year: number) => parsePlan(text, { source: 'plan.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES }).plan;
const due = (plan: ReturnType<typeof read>, words: string) => plan.items.find((i) => i.kind === 'task' && i.text.includes(words))?.due.map((d) => `${d.start}..${d.end}`);

const schedule = (sep: string, wrapped: boolean) =>
  [
    '某市科协关于开展2024年科普大篷车活动计划的通知',
    '一、科普大篷车活动安排',
    '(一)活动安排',
    ['时间', '活动地区', '具体地点'].join(sep),
    ['3月', '长汀县', '红山中心校、古城中心校'].join(sep),
    wrapped ? ['4月', '连城县', '宣和中心小学'].join(sep) + '\n文亨中心小学' : ['4月', '连城县', '宣和中心小学、文亨中心小学'].join(sep),
    ['12月', '新罗区', '小池中心小学'].join(sep),
    '(二)活动内容',
    '1.依托科普大篷车展教设备,进行科普知识宣传。',
  ].join('\n');

describe('a schedule table inside an outline', () => {
  for (const [name, sep, wrapped] of [['web or PDF text, spaces', ' ', true], ['Word cells', '\u3000', false], ['tabs', '\t', false]] as const) {
    it(`gives each row its own month (${name})`, () => {
      const plan = read(schedule(sep, wrapped), 2024);
      expect(due(plan, '长汀县')).toEqual(['2024-03-01..2024-03-31']);
      expect(due(plan, '连城县')).toEqual(['2024-04-01..2024-04-30']);
      expect(due(plan, '新罗区')).toEqual(['2024-12-01..2024-12-31']);
      expect(plan.items.find((i) => i.text.includes('连城县'))?.text).toContain('文亨中心小学');
      expect(due(plan, '科普知识宣传')).toEqual([]);
    });
  }

  it('leaves lines outside a table as they are', () => {
    const lines = ['一、工作安排', '时间紧 任务重 要求高', '1.开展活动。'];
    expect(scheduleRows(lines)).toEqual(lines);
  });
});

describe("a task set in the plan's year", () => {
  it('is due by the end of that year', () => {
    const plan = read('xx县科协2022年重点工作思路\n一、重点活动\n1、以“科技之冬”活动为抓手,2022年组织科技志愿者开展农村实用技术培训等活动80场(次)、组织参与群众4000人(次)。\n2、扎实推进科技志愿者服务活动。2022年广泛开展科技培训活动10场(次)。\n3、面向各族群众宣传典型事迹,做好讲解林业法规政策等活动10次。', 2022);
    expect(due(plan, '科技之冬')).toEqual(['2022-01-01..2022-12-31']);
    expect(due(plan, '扎实推进')).toEqual(['2022-01-01..2022-12-31']);
    expect(due(plan, '典型事迹')).toEqual([]);
    // "4000人(次)" counts 人次, as "80场(次)" counts 场次.
    expect(plan.items.find((i) => i.text.includes('科技之冬'))?.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['80场次', '4000人次']);
  });
});
