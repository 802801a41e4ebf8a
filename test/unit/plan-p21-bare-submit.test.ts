// "…须填写《申请表》，资助不超过5000元。请于6月30日前报送。": a sentence that only sets the day to send names nothing
// of its own to send: it is the deadline of the task before it, not an item apart (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES }).plan;
const itemWith = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];

describe('a bare "send by" sentence after a task', () => {
  const plan = read(
    [
      '各镇街科协：',
      '现将有关事项通知如下：',
      '1、各镇街要结合实际组织开展科普讲座进村活动。',
      '2、申请经费补助的单位须填写《科普活动补助申请表》，补助金额不超过5000元。请于2022年6月30日前报送。',
      '3、活动结束后及时总结。',
    ].join('\n'),
  );
  it('dates the task before it', () => {
    const item = itemWith(plan, '科普活动补助申请表');
    expect(item?.due.map((d) => d.end)).toEqual(['2022-06-30']);
    expect(item?.targets.map((t) => t.max)).toEqual([5000]);
  });
});
