// A plan flattened by its page, its top headings run on inside paragraphs (issue 17, fourteenth plan holdout, in
// other words): "…安排如下:一、活动时间…", "…动手动脑四、活动内容…", "…;六、评比办法…" each start a section.
import { describe, expect, it } from 'vitest';
import { withRunOnHeadings } from '../../src/core/plans/clean-text.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'plan-h14.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES }).plan;

describe('top headings run on inside a paragraph', () => {
  it('start lines of their own when they continue the count', () => {
    expect(withRunOnHeadings(['为激发学生兴趣,特举办小制作比赛。现安排如下:一、比赛时间5月20日。', '二、参赛对象全体学生。', '三、比赛主题动手动脑四、比赛内容每班推荐作品5件。'])).toEqual([
      '为激发学生兴趣,特举办小制作比赛。现安排如下:',
      '一、比赛时间5月20日。',
      '二、参赛对象全体学生。',
      '三、比赛主题动手动脑',
      '四、比赛内容每班推荐作品5件。',
    ]);
  });
  it('leaves numbers that are no heading: "三、四年级", "第五、六两项", a count that does not follow on', () => {
    const lines = ['一、组织三、四年级学生参观。', '二、完成第五、六两项任务。', '三、本项包括五、设备采购等内容。'];
    expect(withRunOnHeadings(lines)).toEqual(lines);
  });
  it('keeps a run-on section\'s figures in its own item, not in the section before it', () => {
    const plan = read('小学科技节方案\n现安排如下:一、比赛时间5月20日。\n二、参赛须知:参赛小组不超过4人;三、评比办法每班至少推荐6件作品参加评比。');
    const six = plan.items.find((i) => i.text.includes('推荐6件'));
    expect(six?.text).not.toMatch(/不超过4人/u);
    expect(six?.targets.map((t) => t.text)).toEqual(['6件']);
  });
});
