// An event the text dates once ("主场活动9月6日将在市科技馆启幕", "开幕式将于5月18日下午举行"): a task that names it
// and writes no date of its own happens on that day, not across the observance's month or week (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xinwen.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

describe('an event dated once in the text', () => {
  it('dates a later paragraph about it to its day', () => {
    const plan = read(
      [
        '本报讯 2028年某市全国科普月主场活动9月6日将在市科技馆启幕。',
        '此次主场活动以“科学点亮生活”为主题，现场将举行年度科普榜单发布和新一批科普基地授牌。',
        '全国科普月期间，全市还将开展科普讲座、科普展览等活动。',
      ].join('\n'),
    );
    expect(dueOf(plan, '年度科普榜单发布')).toEqual(['2028-09-06..2028-09-06']);
    expect(dueOf(plan, '科普讲座')).toEqual(['2028-09-01..2028-09-30']);
  });
  it('leaves an event dated twice to each task’s own words', () => {
    const plan = read(['本报讯 2028年某市全国科普月主场活动9月6日将在市科技馆启幕，分会场主场活动9月20日举行。', '此次主场活动以“科学点亮生活”为主题，现场将举行年度科普榜单发布和新一批科普基地授牌。', '全国科普月期间，全市还将开展科普讲座、科普展览等活动。'].join('\n'));
    expect(dueOf(plan, '年度科普榜单发布')).toEqual([]);
  });
});
