// Issue 16, the seventeenth holdout's missed questions, each as a general rule with sentences of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    row('2026-05-27', '科技工作者日走访慰问一线科技工作者', 'U2', 18, '一/1', { headcountUnit: '人次' }),
    row('2026-05-26', '科技活动周科普展览', 'U1', 1800, '二/（一）/1', { headcountUnit: '人次', metrics: { 场次: 2 } }),
  ],
  done: [],
  departments: { U1: '科普部', U2: '办公室' },
};

const reply = askOn(state);

describe('h17 questions', () => {
  it('下个月有哪些工作要到期: a month asked with 到期 lists the observances held and over in it beside its deadlines', async () => {
    const text = await reply({ today: '2026-09-15', text: '下个月有哪些工作要到期？' });
    expect(text, text).toContain('二/（一）/4');
    expect(text, text).toContain('二/（一）/3');
    expect(text, text).not.toContain('三/2');
  }, 30_000);
  it('后天截止的是哪项: a day asked with 截止 still lists deadlines only', async () => {
    const text = await reply({ today: '2026-08-18', text: '后天截止的是哪项工作？' });
    expect(text, text).toContain('三/1');
    expect(text, text).not.toContain('二/（一）/2');
  }, 30_000);
  it('工作者日那项进度咋样: the end of one observance\'s name (科技工作者日) names its item', async () => {
    const text = await reply({ today: '2026-06-02', text: '工作者日那项的目标完成得咋样了？' });
    expect(text, text).toContain('一/1');
    expect(text, text).toContain('18');
  }, 30_000);
  it('活动周那项指标完成得如何: 指标 is what is asked of the item, no part of its name; 活动周 alone is 科技活动周', async () => {
    const text = await reply({ today: '2026-06-02', text: '活动周那项指标完成得如何' });
    expect(text, text).toContain('二/（一）/1');
    expect(text, text).toContain('1800');
  }, 30_000);
});
