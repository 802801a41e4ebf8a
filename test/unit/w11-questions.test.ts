// Issue 16, w11 questions: totals of a period with asides, whether a figure is reached, how far an item has got,
// sign-ups by the asker's unit, with the unit that signed up most, and a bare unit asked after a sign-up question.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { fixture } from '../support/kexie-for-tests.js';
import type { QuestionState } from '../support/question-state.js';
import { askOn } from '../support/ask-question.js';

const state = JSON.parse(readFileSync(fixture('chat', 'blind', 'question-state.json'), 'utf8')) as QuestionState;
const reply = askOn(state);

describe('a period total names no topic when the rest says how to put it', () => {
  it.each([
    ['三季度（7到9月）全县一共多少人参加活动？人和人次分开算', '2026-07-01', '2026-09-30'],
    ['第一季度(1-3月)各项活动参与的人数是多少', '2026-01-01', '2026-03-31'],
    ['四季度所有活动参与总数多少，分开统计', '2026-10-01', '2026-12-31'],
  ])('%s', (text, start, end) => {
    expect(understandQuestion(text, '2026-12-20')).toMatchObject({ intent: 'tally', measure: 'people', topic: null, period: { start, end } });
  });

  it('the total keeps 人 and 人次 apart, each from the records', async () => {
    // Jul–Sep: 人 68+45+65+110+120+140+180+260+150+600 = 1738; 人次 8600+480+3500 = 12580.
    const text = await reply({ today: '2026-10-08', text: '三季度（7到9月）活动参与总数是多少？人和人次分开说' });
    expect(text).toContain('1738人');
    expect(text).toContain('12580人次');
    expect(text).not.toContain('14318');
  });
});

describe('a counted thing after 几所 / 多少户 is the unit, not the topic', () => {
  it('流动科技馆巡展跑了几所学校: the topic is the exhibition, all its schools counted', async () => {
    const q = understandQuestion('流动科技馆巡展跑了几所学校了', '2026-11-25');
    expect(q).toMatchObject({ intent: 'tally', measure: 'metric', unit: '所', topic: '流动科技馆巡展' });
    expect(await reply({ today: '2026-11-25', text: '流动科技馆巡展跑了几所学校了' })).toContain('共4所');
  });
});

describe('whether a figure is reached is the total with the gap to the target', () => {
  it('够N人次了吗 counts 人次 only against the item target', async () => {
    const q = understandQuestion('科技活动周的参与人次达到5000人次了没有', '2026-05-25');
    expect(q).toMatchObject({ intent: 'tally', measure: 'people', remaining: true, topic: '科技活动周' });
    const text = await reply({ today: '2026-06-10', text: '科技活动周群众参与满5000人次了吗' });
    expect(text).toContain('已完成2600人次');
    expect(text).toContain('还差2400人次');
    expect(text).not.toContain('3510');
  });
  it('够N份了没 counts 份', () => {
    expect(understandQuestion('科普日资料发够10000份了没', '2026-09-25')).toMatchObject({ intent: 'tally', measure: 'metric', unit: '份', remaining: true });
  });
});

describe('how far an item has got', () => {
  it.each(['科普日现在推进到哪一步了', '企业科协组建目前到什么阶段了', '全委会筹备做到哪儿了'])('%s', (text) => {
    expect(understandQuestion(text, '2026-06-01').intent).toBe('item_report');
  });
  it('the item report lists its records with their figures', async () => {
    expect(await reply({ today: '2026-10-25', text: '科技创新大赛进行到哪一步了？' })).toContain('86件');
  });
});

describe('sign-ups: the unit with most, the plan item, the asker unit, a bare unit after', () => {
  it('哪家报得最多 names the top unit with its count', async () => {
    const text = await reply({ today: '2026-06-01', text: '科普讲解大赛总共报名多少人，哪家报得最多' });
    expect(text).toContain('报名共9人');
    expect(text).toContain('最多的是县科技馆（4人）');
  });
  it('an event the plan names is set beside its item', async () => {
    const text = await reply({ today: '2026-06-01', text: '科技创新大赛各单位的报名情况' });
    expect(understandQuestion('科技创新大赛各单位的报名情况', '2026-06-01')).toMatchObject({ intent: 'signups', event: '科技创新大赛', unit: null });
    expect(text).toContain('二/（一）/4');
  });
  it('我们单位报了哪些比赛: the asker unit entries, not its activity records', async () => {
    expect(understandQuestion('我们单位报了哪些比赛', '2026-06-01')).toMatchObject({ intent: 'signups', by: 'my_unit' });
    const text = await reply({ today: '2026-06-01', user: 'U12', text: '我们单位都报了哪些比赛？各报了几个人' });
    expect(text).toContain('城关镇科协');
    expect(text).toContain('科普讲解大赛：3人');
    expect(text).toContain('农村实用技术培训班：16人');
  });
  it('without a unit for the asker, says so', async () => {
    expect(await reply({ today: '2026-06-01', user: 'U9', text: '我们单位报了哪些比赛' })).toContain('还不知道你属于哪个单位');
  });
  it('那实验小学呢 after an event sign-up question: that unit in that event', async () => {
    const text = await reply({ today: '2026-06-01', before: ['科技创新大赛报名多少人了'], text: '那实验小学呢' });
    expect(text).toContain('实验小学');
    expect(text).toContain('24人');
  });
  it('another event asked bare after a sign-up question', async () => {
    const text = await reply({ today: '2026-06-01', before: ['科技创新大赛报名多少人了'], text: '科普讲解大赛呢？' });
    expect(text).toContain('科普讲解大赛：报名共9人');
  });
});

describe('what is due by a day', () => {
  it.each([
    ['10月15日前要完成什么', '2026-09-01', '2026-10-15'],
    ['what is due before Oct 15?', '2026-09-01', '2026-10-15'],
    ['anything we must finish by 15 October', '2026-09-01', '2026-10-15'],
  ])('%s: due from today to that day', (text, start, end) => {
    expect(understandQuestion(text, start)).toMatchObject({ intent: 'due', period: { start, end } });
  });
  it('a day already past is next year', () => {
    expect(understandQuestion('3月1日前要交什么', '2026-12-01')).toMatchObject({ intent: 'due', period: { start: '2026-12-01', end: '2027-03-01' } });
  });
  it('前后 is around a day, not before it', () => {
    expect(understandQuestion('9月20日前后要完成什么', '2026-09-01')).not.toMatchObject({ period: { start: '2026-09-01', end: '2026-09-20' } });
  });
  it('an English question answers the item due in the span', async () => {
    const text = await reply({ today: '2026-09-10', text: 'What must be done before September 25?' });
    expect(text).toContain('二/（一）/4');
    expect(text).toContain('9月20日');
  });
  it('我们部门…以前要完成啥 lists the department items due by then, with the part due', async () => {
    expect(understandQuestion('年底以前我们部门要完成啥', '2026-10-01')).toMatchObject({ intent: 'mine', focus: 'list', period: { start: '2026-10-01', end: '2026-12-31' } });
    const text = await reply({ today: '2026-08-01', user: 'U3', text: '9月底之前我们部门得完成啥' });
    expect(text).toContain('二/（一）/4');
    expect(text).toContain('作品征集');
  });
});

describe('which units have not reported one item', () => {
  it('the words before the question name the item; the unit word the units', () => {
    expect(understandQuestion('科普日联动活动还有哪些乡镇没报', '2026-09-10')).toMatchObject({ intent: 'unreported', topic: '科普日联动活动', kind: '乡镇', period: { start: '2026-01-01', end: '2026-09-10' } });
    expect(understandQuestion('哪些单位这个月还没报', '2026-09-10')).toMatchObject({ intent: 'unreported', unit: null });
    expect(understandQuestion('哪些单位这个月还没报', '2026-09-10')).not.toHaveProperty('topic');
  });
  it('only the units of that kind, against the item records', async () => {
    // 二/（一）/3 (应急科普讲座) by the end of May: 白马乡科协 reported one; the 城关镇 lecture was reported by the
    // county (U1), not by 城关镇科协, so as for any unit question it is not the unit's report.
    const text = await reply({ today: '2026-05-31', text: '防灾减灾讲座有哪个乡镇还没报？' });
    expect(text).toContain('二/（一）/3');
    expect(text).toContain('还没有相关活动记录的乡镇2个：城关镇科协、青石镇科协');
    expect(text).toContain('已报的：白马乡科协');
    expect(text).not.toContain('实验小学');
  });
});

describe('words that are no topic or place', () => {
  it('截至目前 before the question is when, not the item', () => {
    expect(understandQuestion('截至目前 这个月还有哪些单位没报', '2026-09-10')).not.toHaveProperty('topic');
  });
  it('流动科技馆巡展 is a travelling exhibition, not one held at a 馆: its target gap is answered', async () => {
    const text = await reply({ today: '2026-11-24', text: '流动科技馆巡展离目标还差几所？' });
    expect(text).toContain('还差6所');
  });
});

describe('a unit asking about its own 培训班 asks about its records', () => {
  it('我们镇今年报了几期培训班 counts records, not sign-ups', () => {
    expect(understandQuestion('我们镇今年报了几期培训班', '2026-09-10')).toMatchObject({ intent: 'tally', by: 'my_unit' });
  });
});
