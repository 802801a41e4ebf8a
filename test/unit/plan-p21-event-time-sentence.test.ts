// A notice forwarding an observance's notice sets the days in a sentence of its own after the one naming it
// ("2021年全国科普日主题为：…。活动时间定于2021年9月11-17日。"): the observance's tasks fall in those days, not in the
// national default window (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2021, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

describe("the days of an observance set in the sentence after it", () => {
  const plan = read(
    [
      '各学院：',
      '现将市科协关于举办2021年全国科普日活动的通知转发给你们，有关事项通知如下：',
      '1、2021年全国科普日主题为：百年再出发，迈向科技强国。活动时间定于2021年9月11-17日。',
      '2、各学院要结合专业特色，组织师生开展全国科普日进社区、进中小学等志愿服务活动。',
      '3、请各学院于2021年9月6日前报送活动安排。',
    ].join('\n'),
  );
  it("dates the observance's activities by those days", () => {
    expect(dueOf(plan, '组织师生开展全国科普日进社区')).toEqual(['2021-09-11..2021-09-17']);
  });
});
