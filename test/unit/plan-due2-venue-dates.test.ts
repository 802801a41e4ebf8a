// A news paragraph listing several venues, each with its own days, in one sentence ("甲馆于6月2日至8日，乙园于6月8日，
// …，都将免票开放"): each venue is due on its own days, not on every date of the sentence (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xinwen.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('venues each with their own days in one sentence', () => {
  const plan = read(
    [
      '某市科协开展2026年科技工作者日系列活动',
      '记者从市科协获悉，今年“全国科技工作者日”前后，市科协将组织全市科协系统开展系列关爱活动。',
      '另外，市科协将协调本市科普基地在“全国科技工作者日”当天向科技工作者免费开放。持职称证的科技工作者可在对应时段享受优惠。滨江湿地公园于5月25日至31日，植物园于5月30日，县农耕文化馆于5月30日至6月5日，城郊“开心农场”于5月29日至30日，都将对科技工作者免收门票。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);
  it('dates each venue to its own days', () => {
    expect(due('滨江湿地公园于5月25日至31日')).toEqual(['2026-05-25..2026-05-31']);
    expect(due('植物园于5月30日')).toEqual(['2026-05-30..2026-05-30']);
    expect(due('县农耕文化馆于5月30日至6月5日')).toEqual(['2026-05-30..2026-06-05']);
    expect(due('“开心农场”于5月29日至30日')).toEqual(['2026-05-29..2026-05-30']);
  });
  it('leaves the opening of the bases on the observance day', () => {
    expect(due('当天向科技工作者免费开放')).toEqual(['2026-05-30..2026-05-30']);
  });
});
