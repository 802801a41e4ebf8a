// Issue 16, w15 follow-ups (corrections and questions), each as a general rule with sentences of our own.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '<unit>数不对 … 是N<unit>: a correction of the record holding that unit, not a new report',
    today: '2026-06-12',
    before: ['6月8日白马乡开展入户安全用电宣传，走访农户36户，发放资料150份', '6月10日白马乡小学开展科学实验课，学生120人'],
    text: '户数有误哈，后来核了一下登记本是39户',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 户: 39 } },
  },
  {
    id: '<unit>数不对 with no other word of fixing: still a correction of the record holding that unit',
    today: '2026-06-12',
    before: ['6月8日白马乡开展入户安全用电宣传，走访农户36户，发放资料150份', '6月10日白马乡小学开展科学实验课，学生120人'],
    text: '户数不对哈，后来对了一下登记本是39户',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 户: 39 } },
  },
  {
    id: '补充一下<name>的数据：…: the record named before the colon, not the latest',
    today: '2026-05-22',
    before: ['5月17日县科协在文化广场举办科技活动周主场活动，群众2600人次，发放资料3500份', '5月18日县科技馆开展机器人编程体验课，学生60人'],
    text: '补充一下主场活动的数据：视频号直播同步观看9000人次',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 3500, '人次(线上)': 9000 } },
  },
  {
    id: 'a thing by its day and old figure (不是N，是M份): the record of that day holding N',
    today: '2026-05-26',
    before: ['5月19日青石镇中学开展防溺水讲座，学生500人，发放手册1200份', '5月21日青石镇中学开展心理健康讲座，学生450人'],
    text: '俺们19号那回发的小册子不是1200，是1350份哈，前面写错了',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 1350 } },
  },
  {
    id: '<place>那场，<thing>其实只发了N份，M是印的数: M is the old figure, N the new; a polite tail asks nothing else',
    today: '2026-11-10',
    before: ['11月3日在青石镇文化站开展防诈骗宣传，群众90人，发放宣传单600份', '11月6日白马乡开展冬季防火宣传，群众120人，发放宣传单300份'],
    text: '青石镇文化站那场，宣传单其实只发了520份，600是印的数量，麻烦改一下',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 520 } },
  },
  {
    id: '<event>那天的<thing>实际只发出去N份, a reason after it, and a polite request to fix it: a correction of that event',
    today: '2026-04-20',
    before: ['4月12日白马乡开展春季植保技术培训，农户80人，发放技术手册300份', '4月15日白马乡小学开展防溺水宣传，学生260人'],
    text: '您好，植保培训那天的技术手册实际只发出去260份，剩下40份退回站里了，麻烦帮忙更正一下，谢谢！',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 260 } },
  },
  {
    id: '<kind>那个N是几天累计的，应该算人次，不是人: the headcount unit of the record holding N, no plan item',
    today: '2026-10-12',
    before: ['10月1日至4日县科技馆举办航天科普展，参观群众1800人', '10月8日城关二小开展科学实验课，学生90人'],
    text: '科普展那个1800是四天累计的，应该算人次，不是人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 1800, headcountUnit: '人次' },
  },
  {
    id: '<name>那个截止日期改一下，…开到<day>才闭馆的: the end of the span of the record named',
    today: '2026-09-05',
    before: ['7月10日至8月31日县科技馆开展暑假科普开放活动，接待学生650人次', '9月1日城关一小开展开学第一课科普讲座，学生500人'],
    text: '暑假那个截止日期改一下，我们开到9月2号才闭馆的，人数不变',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-09-02' },
  },
  {
    id: '<kind>场次写错了，加上<day>那个<session>，一共N场次: the total is the value; what was added is a reason',
    today: '2026-11-06',
    before: ['11月1日至2日县文化馆举办防灾减灾科普展览，共展出3场次，观众900人次', '11月3日城关镇开展消防演练，群众150人'],
    text: '展览场次写错了，加上周六晚上那个夜场，一共4场次',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 场次: 4 } },
  },
  {
    id: '标题加上“<word>”两个字, with a reason and 数不变: the word goes into the title, nothing else changes',
    today: '2026-03-07',
    before: ['3月5日县科协组织科技志愿者走进西街社区开展学雷锋服务，居民200人'],
    text: '标题帮忙加上“咨询”两个字，当天主要是中医院的大夫来坐诊答疑的，其他数不变',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '咨询' },
  },
];

correctionCasesAreRight('w15 corrections', cases);

describe('w15 corrections kept', () => {
  it('<name>那场补充一个数：… still names the record before 那场', async () => {
    const o = await runCorrectionCase({
      id: 'kept', today: '2026-04-20', expect: 'add', target: 0, changes: { metrics: { 份: 260 } },
      before: ['4月15日邀请王教授在白马乡开展水稻栽培技术讲座，农户70人', '4月16日白马乡小学开展防溺水宣传，学生260人'],
      text: '王教授那场补充一个数：现场发了栽培技术资料260份',
    });
    expect(o, o.note).toMatchObject({ right: true, changedWrong: false });
  }, 30_000);
});

describe('w15 questions', () => {
  it('English "which plan items are marked as done": the items marked done', () => {
    expect(understandQuestion('What plan items have been marked as completed?', '2026-11-25')).toMatchObject({ intent: 'finished' });
    expect(understandQuestion('which work items are already marked done', '2026-11-25')).toMatchObject({ intent: 'finished' });
  });
  it('下一步要干啥: what falls due in the month ahead, for the asker\'s own office', () => {
    expect(understandQuestion('我们站下一步要干啥', '2026-08-10')).toMatchObject({ intent: 'due', period: { start: '2026-08-10', end: '2026-09-09' }, owner: '我们站' });
  });
  it('<owner>的活干完没: how far that owner\'s items got', () => {
    expect(understandQuestion('组织宣传部的活都干完了没', '2026-11-25', ['组织宣传部', '学会部'])).toMatchObject({ intent: 'owner', owner: '组织宣传部', progress: true });
    expect(understandQuestion('学会部负责什么', '2026-11-25', ['组织宣传部', '学会部'])).toEqual({ intent: 'owner', owner: '学会部' });
  });
  it('a title of address before 问一下 is no topic: the unit\'s own records', () => {
    expect(understandQuestion('主任问一下，我们单位上半年在系统里报了几次活动，一共多少人参加？', '2026-11-25')).toMatchObject({ intent: 'tally', by: 'my_unit', topic: null });
  });
  it('English attendance with 人 and 人次 kept apart: people, no topic', () => {
    expect(understandQuestion('What was the total attendance for Q3 (Jul–Sep)? list 人 and 人次 apart', '2026-11-25')).toMatchObject({ intent: 'tally', measure: 'people', topic: null });
  });
});
