// Issue 16, the fifteenth holdout's missed questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    row('2026-01-12', '青石镇冬季果树修剪科技下乡', 'U7', 60, '三/2', { place: '青石镇' }),
    row('2026-02-18', '城关镇春耕科技下乡', 'U7', 80, '三/2', { place: '城关镇' }),
    row('2026-04-09', '青石镇茶园管理科技下乡', 'U7', 70, '三/2', { place: '青石镇' }),
  ],
  signups: [
    { event: '青少年科技创新大赛', unit: '青石镇科协', count: 5 },
    { event: '科普讲解大赛', unit: '青石镇科协', count: 3 },
    { event: '科普讲解大赛', unit: '城关镇科协', count: 4 },
    { event: '农村实用技术培训班', unit: '青石镇科协', count: 40 },
  ],
  units: [{ name: '青石镇科协', people: ['U7'] }],
};

const reply = askOn(state);

describe('h15 questions', () => {
  it('咱们镇<event>报了几个: the asker’s unit’s entry in the event named, not every event it entered', async () => {
    const text = await reply({ today: '2026-05-06', user: 'U7', text: '咱们镇创新大赛报了几个' });
    expect(text, text).toContain('5');
    expect(text, text).not.toContain('40');
  }, 30_000);
  it('咱们镇<event>报了多少个<people>: the people counted after 报 are no event; the event named before stays', async () => {
    const text = await reply({ today: '2026-05-06', user: 'U7', text: '咱们镇讲解大赛报了多少个选手' });
    expect(text, text).toContain('3');
    expect(text, text).not.toContain('没有找到');
  }, 30_000);
  it('我们单位各项报名的情况: words of every entry name no event; every entry of the unit is listed', async () => {
    const text = await reply({ today: '2026-05-06', user: 'U7', text: '查一下咱们镇各项报名的情况，总共报了几个人' });
    expect(text, text).toContain('40');
    expect(text, text).toContain('讲解');
  }, 30_000);
  it('<work>是不是每个月都搞了: whether every month has a record is answered by the months with none', async () => {
    const text = await reply({ today: '2026-05-20', user: 'U7', text: '科技下乡这块儿是不是每个月都有搞？' });
    expect(text, text).toContain('3月');
  }, 30_000);
});
