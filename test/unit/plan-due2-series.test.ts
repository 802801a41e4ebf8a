// "共同组织开展主场活动、系列重点活动、线上科普活动等一系列活动": a series naming the main event as one of its
// activities is not due on the main event's one day (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xinwen.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('a series that lists the main event', () => {
  const plan = read(
    [
      '某市2026年全国科普月活动启动',
      '今年全国科普月活动主题是“科学普及 人人参与”,市科协联合市委宣传部、市教育局等12家单位,共同组织开展某市主场活动、系列重点活动、科普联合行动、线上科普活动等一系列活动,推动科普月活动提质增效。',
      '今年我市全国科普月主场活动于9月19日上午在市科技馆举办。与会领导将为青少年科技竞赛获奖代表颁奖。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.find((i) => i.text.includes(words))?.due.map((d) => `${d.start}..${d.end}`);
  it('dates the series to the observance, not the main event’s day', () => {
    expect(due('线上科普活动')).toEqual(['2026-09-01..2026-09-30']);
  });
  it('keeps the main event’s day for the main event', () => {
    expect(due('9月19日上午')).toEqual(['2026-09-19..2026-09-19']);
  });
});
