// An event's fields listed under a heading ("（三）项目内容 / 1.时间：10月9日—10月15日 / 2.地点：… / 3.主要活动：(1)…"):
// the time field dates the activities listed after it (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

describe("an event's time field", () => {
  const plan = read(
    [
      '关于征集2024年市科技节承办单位的通知',
      '一、申报时间',
      '2024年6月3日至6月14日，逾期不予受理。',
      '二、项目内容',
      '1.时间：2024年10月9日—10月15日',
      '2.地点：市科技馆',
      '3.主要活动：',
      '(1)青少年机器人挑战赛',
      '(2)院士科普报告会',
    ].join('\n'),
  );
  it('dates the activities after it', () => {
    expect(dueOf(plan, '青少年机器人挑战赛')).toEqual(['2024-10-09..2024-10-15']);
    expect(dueOf(plan, '院士科普报告会')).toEqual(['2024-10-09..2024-10-15']);
    expect(dueOf(plan, '2024年6月3日至6月14日')).toEqual(['2024-06-03..2024-06-14']);
  });
});
