// Issue 16, the sixteenth blind set's questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    row('2026-03-12', '科技工作者状况问卷发放回收', 'U2', null, '一/2', { metrics: { 份: 518 } }),
    row('2026-05-20', '科技活动周科普讲座', 'U3', 90, '二/（一）/1'),
  ],
  done: ['一/2'],
  departments: { U2: '学会部', U3: '科普部' },
};

const reply = askOn(state);

describe('w20 questions', () => {
  it('组织部… for the plan\'s 组织宣传部: a department called by its first two characters and 部 is that owner', async () => {
    const text = await reply({ today: '2026-07-28', user: 'U1', text: '组织部八月份有啥要办的？' });
    expect(text, text).toContain('三/1');
    expect(text, text).toContain('8月20日');
    const led = await reply({ today: '2026-07-28', user: 'U1', text: '组织部牵头的任务有哪些' });
    expect(led, led).toContain('三/1');
  }, 30_000);
  it('我们部门的活都干完了吗: 干完 asks how far the asker\'s own items got, with the figures against their targets', async () => {
    const text = await reply({ today: '2026-04-06', user: 'U2', text: '我们部门的活都干完了吗' });
    expect(text, text).toContain('一/2');
    expect(text, text).toContain('518');
  }, 30_000);
  it('有关<topic>的任务有哪些: each of a few items found says the targets its title does not', async () => {
    const text = await reply({ today: '2026-02-10', user: 'U1', text: '有关科技工作者的任务有哪些？' });
    expect(text, text).toContain('一/2');
    expect(text, text).toContain('500份');
  }, 30_000);
  it('<unit>自己报的活动一共多少人: 自己 names no more than the unit, whose own records alone are counted', async () => {
    const units: QuestionState = {
      activities: [
        row('2026-03-05', '河口乡春季植树科普宣传', 'U21', 75, null),
        row('2026-06-18', '河口乡防溺水安全讲座', 'U22', 95, null),
        row('2026-07-02', '河口乡夏季农技下乡', 'U6', 300, null),
      ],
      done: [],
      departments: { U6: '农技协' },
      units: [{ name: '河口乡科协', people: ['U21', 'U22'] }],
    };
    const text = await askOn(units)({ today: '2026-09-01', user: 'U1', text: '河口乡科协自己报的活动一共来了多少人？' });
    expect(text, text).toContain('170');
    expect(text, text).not.toContain('470');
  }, 30_000);
});
