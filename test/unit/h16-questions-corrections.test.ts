// Issue 16, the sixteenth holdout's missed questions and follow-ups, each as a general rule with sentences of our own.
import { describe, expect, it } from 'vitest';
import type { CorrectionCase } from '../eval/score-corrections.js';
import { askOn, row } from '../support/ask-question.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [row('2026-03-12', '科技工作者状况问卷发放回收', 'U2', null, '一/2', { metrics: { 份: 518 } })],
  done: [],
  departments: { U2: '学会部', U5: '组织宣传部' },
};

const reply = askOn(state);

describe('h16 questions', () => {
  it('咱们部门下个月有什么要做完的: 要 before 做完/完成 is what falls due then, not how far the items got', async () => {
    const text = await reply({ today: '2026-07-03', user: 'U5', text: '咱们部门下个月有什么要做完的' });
    expect(text, text).toContain('8月20日');
    expect(text, text).not.toContain('进展');
  }, 30_000);
  it('我们部门的事都干完了没: 干完 with no 要 still asks the progress', async () => {
    const text = await reply({ today: '2026-04-06', user: 'U2', text: '我们部门的事都干完了没' });
    expect(text, text).toContain('518');
  }, 30_000);
  it('端午小长假玩得开心吧: how people spent a holiday is small talk, not the work due then', async () => {
    const text = await reply({ today: '2026-06-23', user: 'U2', text: '大伙端午小长假玩得开心不😄 都歇够了吧' });
    expect(text, text).toContain('没看懂');
  }, 30_000);
});

const cases: CorrectionCase[] = [
  {
    id: '之前那个N人只是估的，不是实数: the figure stays and becomes approximate',
    today: '2026-05-20',
    before: ['5月18日科技活动周，科普大篷车进城关二小，展品30件，师生500人'],
    text: '之前那个500人只是估的，不是实数',
    expect: 'apply',
    target: 0,
    changes: { approximate: true },
  },
  {
    id: '刚报的N人不是准数，粗估的: the same, said with 不是准数 first',
    today: '2026-05-20',
    before: ['5月19日在东岭村开展防溺水宣传，发放资料400份，村民150人'],
    text: '刚报的150人不是准数，粗估的',
    expect: 'apply',
    target: 0,
    changes: { approximate: true },
  },
];

correctionCasesAreRight('h16 corrections', cases);
