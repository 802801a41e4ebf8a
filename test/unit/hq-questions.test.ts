// Issue 16, holdouts 10 and 11 question misses: each as a general rule, in sentences of our own, answered from the blind state.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { fixture } from '../support/kexie-for-tests.js';
import type { QuestionState } from '../support/question-state.js';
import { askOn } from '../support/ask-question.js';

const state = JSON.parse(readFileSync(fixture('chat', 'blind', 'question-state.json'), 'utf8')) as QuestionState;
const reply = askOn(state);
const OWNERS = ['办公室', '学会部', '科普部', '青少年科技教育中心', '科技馆', '组织宣传部', '农技协'];

describe('what the asker\'s department must finish in a period', () => {
  it('我们部门本月有哪些必须完成的工作: the list of the month, not the progress of every item', async () => {
    expect(understandQuestion('新来的，问一下本月我们部门有哪些必须完成的工作？', '2026-08-05')).toMatchObject({ intent: 'mine', focus: 'list', period: { start: '2026-08-01', end: '2026-08-31' } });
    expect(await reply({ today: '2026-08-05', user: 'U5', text: '新来的，问一下本月我们部门有哪些必须完成的工作？' })).toContain('8月20日');
  });
  it('我们部门这个月的任务完成得怎么样: still the progress', () => {
    expect(understandQuestion('我们部门的任务完成得怎么样了', '2026-08-05')).toMatchObject({ intent: 'mine', focus: 'progress' });
  });
});

describe('English: what an owner must finish before the end of a month', () => {
  it('the science museum, named or as "we at the science museum": its items due by then', async () => {
    expect(understandQuestion('What must the science museum get done before the end of June?', '2026-05-10', OWNERS)).toMatchObject({ intent: 'due', owner: '科技馆', period: { end: '2026-06-30' } });
    expect(await reply({ today: '2026-05-10', text: 'What must the science museum get done before the end of June?' })).toContain('二/（二）/1');
    expect(await reply({ today: '2026-05-10', user: 'U4', text: 'What do we at the science museum have to finish before the end of June?' })).toContain('二/（二）/1');
  });
});

describe('deadlines in a year with no plan of its own', () => {
  it('明年第一季度: the dated deadlines of this year\'s plan that fall then (次年1月底前)', async () => {
    const text = await reply({ today: '2026-11-25', text: '计划里哪些工作要等到明年第一季度才截止？' });
    expect(text).toContain('四/2');
    expect(text).toContain('1月');
    expect(text).not.toContain('2026年没有导入计划');
  });
});

describe('the tasks with a deadline before a day', () => {
  it('9月底以前有截止日期的任务是哪几项: a list of deadlines, not a count of records', async () => {
    expect(understandQuestion('9月底以前有截止日期的任务是哪几项', '2026-07-20')).toMatchObject({ intent: 'due', deadline: true, period: { end: '2026-09-30' } });
    const text = await reply({ today: '2026-07-20', text: '9月底以前有截止日期的任务是哪几项' });
    expect(text).toContain('8月20日');
    expect(text).toContain('三/1');
  });
});

describe('whether a figure is reached, asked with 到', () => {
  it('咱馆…到3万人次了没有: the total against the target', async () => {
    expect(understandQuestion('咱馆今年参观人数到3万人次了没有？', '2026-11-25')).toMatchObject({ intent: 'tally', remaining: true });
    expect(await reply({ today: '2026-11-25', user: 'U4', text: '咱馆今年参观人数到3万人次了没有？' })).toContain('21100人次');
  });
});

describe('sign-ups: which unit signed up most', () => {
  it('English "which school signed up the most … for the youth contest"', async () => {
    expect(understandQuestion('Which school signed up the most pupils for the youth innovation contest?', '2026-11-25')).toMatchObject({ intent: 'signups', event: '青少年科技创新大赛', most: true });
    expect(await reply({ today: '2026-11-25', text: 'Which school signed up the most pupils for the youth innovation contest?' })).toContain('实验小学');
  });
  it('<event>哪家单位报的人最多, with no comma before it', async () => {
    expect(understandQuestion('科普讲解大赛哪家单位报的人最多？', '2026-11-25')).toMatchObject({ intent: 'signups', event: '科普讲解大赛', most: true });
    expect(await reply({ today: '2026-11-25', text: '科普讲解大赛哪家单位报的人最多？' })).toContain('县科技馆');
  });
  it('我们乡都报名了哪些: the asker\'s unit\'s entries', async () => {
    expect(understandQuestion('我们乡都报名了哪些比赛和培训', '2026-11-25')).toMatchObject({ intent: 'signups', by: 'my_unit' });
    expect(await reply({ today: '2026-11-25', user: 'U13', text: '我们乡都报名了哪些比赛和培训' })).toContain('30人');
  });
});

describe('plan items about several words', () => {
  it('计划里和青少年、学校相关的任务: the items of either word', async () => {
    const text = await reply({ today: '2026-11-25', text: '计划里和青少年、学校相关的任务有哪些' });
    expect(text).toContain('二/（一）/4');
    expect(text).toContain('二/（二）/3');
  });
});

describe('how a piece of work is going', () => {
  it('<work>建得咋样啦: the item\'s report', async () => {
    expect(understandQuestion('科普教育基地建得咋样啦', '2026-11-25')).toMatchObject({ intent: 'item_report', topic: '科普教育基地' });
    expect(await reply({ today: '2026-11-25', text: '科普教育基地建得咋样啦' })).toContain('二/（二）/2');
  });
  it('<work>那项工作有进展没有，建成几家了: the item\'s report with its target', async () => {
    const text = await reply({ today: '2026-11-25', text: '企业科协那项工作有进展没有，建成几家了' });
    expect(text).toContain('三/1');
    expect(text).toContain('目标5家');
  });
});

describe('English: our company\'s own records', () => {
  it('"our company kexie": the records of the asker\'s unit', async () => {
    expect(understandQuestion('How many activities has our company kexie recorded this year, and how many attendees altogether?', '2026-11-25')).toMatchObject({ intent: 'tally', by: 'my_unit' });
    expect(await reply({ today: '2026-11-25', user: 'U17', text: 'How many activities has our company kexie recorded this year, and how many attendees altogether?' })).toContain('180');
    expect(await reply({ today: '2026-11-25', user: 'U17', text: 'How many events did our enterprise association log this year and how many people came in total?' })).toContain('180');
  });
});

describe('English: items marked done', () => {
  it('a leading "quick question" and "in the plan"; "marked" is no month', () => {
    expect(understandQuestion('Quick question: which tasks in the plan have been marked done?', '2026-11-25')).toMatchObject({ intent: 'finished' });
    expect(understandQuestion('what is due by the end of the year? mark the late ones', '2026-11-25')).not.toMatchObject({ label: '2026年3月' });
  });
});

describe('an observance\'s day', () => {
  it('<observance>当天: only the records of that day', async () => {
    const text = await reply({ today: '2026-11-25', text: '国际减灾日当天总共办了几场讲座，来了多少人' });
    expect(text).toContain('660人');
    expect(text).not.toContain('1000');
  });
  it('<observance>那天 with which units: still every record of that day', async () => {
    const text = await reply({ today: '2026-11-25', text: '国际减灾日那天都有哪些单位办了活动，各来了多少人' });
    expect(text).toContain('140人');
    expect(text).toContain('520人');
  });
});

describe('kept: one task\'s deadline', () => {
  it('<work>那个任务什么时候截止: the date of that item, not a list', () => {
    expect(understandQuestion('创新大赛那个任务啥时候截止？', '2026-08-10')).toMatchObject({ intent: 'when' });
  });
});

describe('有没有 asks, without a question mark', () => {
  it('计划里有没有要到明年一季度才完成的任务: asked about the plan, not logged', async () => {
    const text = await reply({ today: '2026-11-25', text: '计划里有没有要到明年一季度才完成的任务' });
    expect(text).toContain('四/2');
    expect(text).not.toContain('已记录活动');
  });
});

describe('where a record happened, in a listing', () => {
  it('a town, then the community in it: both named', async () => {
    expect(await reply({ today: '2026-11-25', text: '示范社区创建得怎么样了' })).toContain('城关镇东街社区');
  });
});
