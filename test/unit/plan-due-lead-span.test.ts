// A news page or notice whose lead sets the span of a series of activities ("区科协将于6月1日至7月10日期间…开展系列
// 活动"): the activities it lists with no date of their own fall in that span, and one that runs "自6月上旬起" runs to its
// end (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xinwen.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

const NEWS = [
  '本报讯 记者从区科协获悉，区科协将于6月1日至7月10日期间，在全区组织开展2027年科普惠民系列活动。',
  '据介绍，科普讲座方面，将开展“名师进社区”巡回讲座、青少年科学营等5项活动。',
  '展览展示方面，将举办智能制造成果展、航天模型展。',
  '活动还将自6月上旬起组织科技志愿者走进乡村，开展农技咨询服务。',
].join('\n');

describe('the span a lead sets for a series of activities', () => {
  const plan = read(NEWS);
  it('dates the listed activities with no date of their own in the span', () => {
    expect(dueOf(plan, '名师进社区')).toEqual(['2027-06-01..2027-07-10']);
    expect(dueOf(plan, '航天模型展')).toEqual(['2027-06-01..2027-07-10']);
  });
  it('runs a task "from early June on" to the span’s end', () => {
    expect(dueOf(plan, '农技咨询服务')).toEqual(['2027-06-01..2027-07-10']);
  });
});
