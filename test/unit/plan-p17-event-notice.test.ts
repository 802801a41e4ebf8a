// A notice calling an event ("关于举办第5届区科普文化节的通知") with its own "科普文化节时间" section is the event's
// plan: the activities it lists with no day of their own fall within those days (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'tongzhi.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;
const due = (plan: ReturnType<typeof read>, s: string) =>
  plan.items
    .filter((i) => i.text.includes(s))
    .sort((a, b) => b.level - a.level)[0]
    ?.due.map((d) => `${d.start}..${d.end}`);

describe("an event notice's own days", () => {
  it('date the activities it lists', () => {
    const plan = read([
      '关于举办第5届区科普文化节的通知',
      '各街道、各学校:',
      '为营造崇尚科学的氛围,现将有关事项通知如下:',
      '一、文化节主题',
      '科学点亮生活',
      '二、文化节时间',
      '2024年11月4日至10日',
      '三、主要活动',
      '(一)区级活动',
      '由区科协牵头,举办开幕式、科学家进社区报告会等活动。',
      '(二)基层活动',
      '各街道结合实际组织科普展览和科学实验秀。',
    ]);
    expect(due(plan, '开幕式')).toEqual(['2024-11-04..2024-11-10']);
    expect(due(plan, '科学实验秀')).toEqual(['2024-11-04..2024-11-10']);
  });
});
