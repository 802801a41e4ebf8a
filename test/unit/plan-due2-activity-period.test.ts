// An activity's 方案 whose numbered "时间" item gives the span ("1、时间：8月中旬至11月上旬，具体日期另行通知") dates the
// activities it lists, even when the page ran the title and the items into one line (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'fangan.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES }).plan;

describe('an activity plan’s period on a run-on line', () => {
  const plan = read(
    [
      '某县科协会员之家活动方案',
      '',
      '发布时间: 2026-07-02',
      '',
      '县科协会员之家活动方案:1、时间:8月中旬至11月上旬,具体日期另行通知。 2、内容: (1)组织会员到红色教育基地参观学习,了解当地农技推广的做法。 (2)集中学习省科协代表大会精神; (3)引导会员下载科普APP并注册为信息员。 (4)组织会员围绕乡村振兴开展座谈交流,提出建议。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.filter((i) => i.text.includes(words)).at(-1)?.due.map((d) => `${d.start}..${d.end}`);
  it('dates each listed activity to the period', () => {
    expect(due('红色教育基地')).toEqual(['2026-08-11..2026-11-10']);
    expect(due('座谈交流')).toEqual(['2026-08-11..2026-11-10']);
  });
});
