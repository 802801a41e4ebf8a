import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';

const TODAY = '2026-05-20';

describe('understandQuestion', () => {
  it.each([
    ['这个月有什么要做的', { start: '2026-05-01', end: '2026-05-31' }],
    ['這個月有什麼要做的？', { start: '2026-05-01', end: '2026-05-31' }],
    ["what's due this month?", { start: '2026-05-01', end: '2026-05-31' }],
    ['下个月', { start: '2026-06-01', end: '2026-06-30' }],
    ['what is due next month', { start: '2026-06-01', end: '2026-06-30' }],
    ['本季度有哪些任务', { start: '2026-04-01', end: '2026-06-30' }],
    ['第三季度要做什么', { start: '2026-07-01', end: '2026-09-30' }],
    ['Q4 tasks', { start: '2026-10-01', end: '2026-12-31' }],
    ['9月份有什么任务', { start: '2026-09-01', end: '2026-09-30' }],
    ['十月要做什么', { start: '2026-10-01', end: '2026-10-31' }],
    ['what is due in September', { start: '2026-09-01', end: '2026-09-30' }],
    ['本周有什么要做的', { start: '2026-05-18', end: '2026-05-24' }],
    ['下周', { start: '2026-05-25', end: '2026-05-31' }],
  ])('"%s" asks what is due in a period', (text, period) => {
    expect(understandQuestion(text, TODAY)).toMatchObject({ intent: 'due', period });
  });

  it('rolls next month and next quarter into the next year', () => {
    expect(understandQuestion('下个月', '2026-12-05')).toMatchObject({ period: { start: '2027-01-01' } });
    expect(understandQuestion('下季度', '2026-11-05')).toMatchObject({ period: { start: '2027-01-01', end: '2027-03-31' } });
  });

  it('understands overdue, owners, keywords, items, targets and help', () => {
    expect(understandQuestion('哪些任务逾期了', TODAY)).toEqual({ intent: 'overdue' });
    expect(understandQuestion('anything overdue?', TODAY)).toEqual({ intent: 'overdue' });
    expect(understandQuestion('科普部负责的任务', TODAY)).toEqual({ intent: 'owner', owner: '科普部' });
    expect(understandQuestion('办公室的任务有哪些', TODAY, ['办公室'])).toEqual({ intent: 'owner', owner: '办公室' });
    expect(understandQuestion('关于科技馆的任务', TODAY, ['科技馆'])).toEqual({ intent: 'keyword', keyword: '科技馆', explicit: true });
    expect(understandQuestion('tasks about 科普日', TODAY)).toEqual({ intent: 'keyword', keyword: '科普日', explicit: true });
    expect(understandQuestion('查看 三/2', TODAY)).toEqual({ intent: 'item', ref: ['三', '2'] });
    expect(understandQuestion('item 3.2', TODAY)).toEqual({ intent: 'item', ref: ['3', '2'] });
    expect(understandQuestion('第二部分第3项', TODAY)).toEqual({ intent: 'item', ref: ['二', '3'] });
    expect(understandQuestion('科普日的目标完成多少了', TODAY)).toEqual({ intent: 'targets', keyword: '科普日' });
    expect(understandQuestion('帮助', TODAY)).toEqual({ intent: 'help' });
    expect(understandQuestion('what can you do?', TODAY)).toEqual({ intent: 'help' });
    expect(understandQuestion('？？', TODAY).intent).toBe('unknown');
  });
});
