// Corrections holdout 9 missed or applied wrongly, each as a general rule with sentences of our own: a span's start
// date corrected keeps its end; "补充一下，N号<kind>当天还…" adds to the record that day and kind name; an apology or
// greeting names no record; "带队老师是N名" is the helpers' figure; "这条算<item>的" links; "不是<about N>，实到M人";
// "是N个人 不是人次"; "<kind>不是周X，是周Y" names its record and keeps its week; "地点写错了，是A，不是B".
import { describe, expect, it } from 'vitest';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: 'the start day of a span corrected: its end day stays',
    today: '2026-09-03',
    before: ['8月份青少年宫夏令营累计接待2400人次', '9月1日 青少年宫 志愿者培训 参训志愿者20人'],
    text: '夏令营那条开始日期写错了 应该是8月3号开营的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-08-03', dateEnd: '2026-08-31' },
  },
  {
    id: '补充一下，N号<kind>当天还发了… adds to the record of that day, not the latest',
    today: '2026-04-16',
    before: ['4月13日我校“海洋与生命”科普讲座，初二学生420人。', '4月14日我校天文社团观测课，学生28人。'],
    text: '补充一下，13号讲座当天还送出了科普手册300本。',
    expect: 'add',
    target: 0,
    changes: { metrics: { 本: 300 } },
  },
  {
    id: 'an apology before the record named; the people before 是 name a figure of helpers, not the headcount',
    today: '2026-03-20',
    before: ['3月16日我校五年级开展“声音的秘密”科学课，学生150人。', '3月17日我校航模社团到县青少年宫参观，学生38名，带队教师2名。', '3月18日我校六年级科技小制作比赛，参赛学生70人。'],
    text: '抱歉，去青少年宫那次带队的老师是3名，学生数是对的。',
    expect: 'apply',
    target: 1,
    changes: { metrics: { '人(教师)': 3 } },
  },
  {
    id: 'a greeting before the day and kind that name the record to move to a plan item',
    today: '2026-05-23',
    before: ['5月18日科技活动周我校科普报告会，初一初二学生600人。', '5月21日我校科技节创客展示日，师生和家长共300人。'],
    text: '大家好，21号创客展示日那个也算科技活动周的，帮忙归一下类。',
    expect: 'apply',
    target: 1,
    changes: { item: '二/（一）/1' },
  },
  {
    id: 'a thread reply 这条算<item>的 moves that record to the item',
    today: '2026-09-22',
    before: ['9月19号青少年宫科学开放日 接待900人次', '9月20号周日 青少年宫 机器人编程体验课 3场 学生45人'],
    thread: 0,
    text: '这条算科普日的呀',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（一）/2' },
  },
  {
    id: '<kind>那个 actually是N人 with latecomers as the reason: a fix of that record, not a new report',
    today: '2026-06-12',
    before: ['Hi~ 6.9 走访慰问老科技工作者 total 12人次 done ✅', '6.10 青年科技人才座谈会 attendance 30人, 县科协二楼会议室'],
    text: 'sorry 座谈会那个 actually是33人, 后来又到了三位 🙏',
    expect: 'apply',
    target: 1,
    changes: { headcount: 33 },
  },
  {
    id: 'a thread reply: 不是<about N>，实到M人 sets who came',
    today: '2026-06-07',
    before: ['6月5日世界环境日，青石镇在镇文化广场搞垃圾分类科普宣传一场，居民和学生两百来人。', '昨天下午青石镇卫生院开展了防溺水知识培训，参加培训群众40人。'],
    thread: 0,
    text: '这条不是两百来人，实到186人，名单刚核对完',
    expect: 'apply',
    target: 0,
    changes: { headcount: 186 },
  },
  {
    id: 'a thread reply: 是N个人 不是人次 changes the unit only',
    today: '2026-08-10',
    before: ['8月8日周六青少年宫 无人机体验 参加的小朋友40人 ✈️', '8月9日 周日 科普影院放映3场 观众180人次'],
    thread: 1,
    text: '这条单位我弄错了 是180个人 不是人次 每人只看了一场',
    expect: 'apply',
    target: 1,
    changes: { headcountUnit: '人', headcount: 180 },
  },
  {
    id: '<kind>不是<weekday>，是上周X: the words before 不是 name the record',
    today: '2026-10-16',
    before: ['10月13日（周二）我校四年级参加科普大篷车进校园，学生180人。', '10月15日我校“海洋探秘”科普讲座，学生260人。'],
    thread: 0,
    text: '不好意思，大篷车不是周二，是上周四，我搞混了。',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-10-08' },
  },
  {
    id: 'btw <kind>不是周X开的, it was 周Y: the day moves within the record\'s own week',
    today: '2026-12-02',
    before: ['FYI 11.26 老旧小区科普宣传座谈会 in 西街社区, 25 people', '11.27 青石镇防范非法集资 lecture, ~150人次'],
    text: 'btw 座谈会不是周四开的, it was 周二 sorry',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-11-24' },
  },
  {
    id: 'a thread reply: 地点写错了，是A，不是B swaps the place in the title of the thread\'s record',
    today: '2026-08-14',
    before: ['8月11日我站在青石镇开展夏季食品安全讲座，群众70人。', '8月12日我站在青石镇小学开展防蚊虫叮咬讲座，学生180人。'],
    thread: 1,
    text: '地方写错了，是白马乡小学，不是青石镇小学',
    expect: 'apply',
    target: 1,
    changes: { titleIncludes: '白马乡' },
  },
];

describe('holdout 9 corrections (our own sentences)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o.changedWrong, o.note).toBe(false);
    expect(o.right, o.note).toBe(true);
  }, 60_000);
});
