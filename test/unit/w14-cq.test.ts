// Issue 16, w14 follow-ups, each as a general rule with sentences of our own: a greeting with a particle names no
// record; "<field>改一下" is a correction; 补充 names its record by kind before 那个 (当天 is that record's day); an
// English "the N should be M" replaces that figure wherever it is; "日期写错了，应该是上个月的" names no day and asks;
// a span's end and a figure said together both change; "不是昨天，前天弄的" moves the day; "should count toward
// <item>" links the record in English.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: 'a greeting ending in 哈 names no record; the place names it and the figure is its 本',
    today: '2026-05-11',
    before: ['5月8日在青石镇南村开展安全用电讲座，村民48人，发放手册120本', '5月9日县图书馆亲子科学实验，家长和孩子90人', '今天在城关二小做近视防控讲座，学生300人'],
    text: '抱歉哈，南村那场手册其实发了210本，我手滑打错了',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 本: 210 } },
  },
  {
    id: '<field>改一下 in a thread: the headcount of the record replied to',
    today: '2026-07-09',
    before: ['7月3日城关镇组织果农开展葡萄病害防治培训，参训果农45人，发放技术资料200份', '7月6日城关镇卫生院开展防暑科普宣传，群众150人左右', '7月7日城关三小科技小制作活动，学生180人'],
    thread: 0,
    text: '人数改一下，实到54人，45是报了名的',
    expect: 'apply',
    target: 0,
    changes: { headcount: 54 },
  },
  {
    id: '<kind>那个补充一下, 当天…: the figure goes to the record of that kind',
    today: '2026-08-14',
    before: ['8月10日白马乡开展森林防火应急演练培训，护林员和村干部65人参加', '8月12日白马乡小学开展暑期防溺水宣传，学生300人'],
    text: '防火演练那个补充一下，当天还发了防火宣传卡400张',
    expect: 'add',
    target: 0,
    changes: { metrics: { 张: 400 } },
  },
  {
    id: '<kind>补充一下 with no pointer, in a long line: still the record of that kind, not a new report',
    today: '2026-08-14',
    before: ['8月10日白马乡开展森林防火应急演练培训，护林员和村干部65人参加', '8月12日白马乡小学开展暑期防溺水宣传，学生300人'],
    text: '森林防火演练培训补充一下，当天现场还发放了防火宣传卡400张',
    expect: 'add',
    target: 0,
    changes: { metrics: { 张: 400 } },
  },
  {
    id: 'English "the N should be M": the figure N of the record that holds it',
    today: '2026-04-25',
    before: ['Earth Day (4/22) recycling show at the county library, about 220 visitors', '4/23 World Book Day, science reading booth at 青石镇文化站, 130 people, handed out 450份 booklets'],
    text: 'oops the 450 should be 540, typo',
    expect: 'apply',
    target: 1,
    changes: { metrics: { 份: 540 } },
  },
  {
    id: '日期写错了，应该是上个月的: no day and no record named, ask',
    today: '2026-06-03',
    before: ['6月1日县科协在城关镇开展儿童节科普游园活动，儿童和家长260人', '6月2日县科协召开学会工作座谈会，学会负责人25人'],
    text: '时间写错了，应该是上个月的',
    expect: 'ask',
    target: null,
    changes: {},
  },
  {
    id: 'a span end and a figure said together both change',
    today: '2026-02-20',
    before: ['春节期间（2月14日至18日）县科技馆推出新春科普展，参观群众2100人次', '2月19日白马乡开展春耕备耕技术培训，农户70人'],
    text: '新春科普展那条更正一下：实际展到20号才撤，参观人次改为2480',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-02-20', headcount: 2480, headcountUnit: '人次' },
  },
  {
    id: 'span end and figure together, worded another way (1)',
    today: '2026-02-21',
    before: ['春节期间（2月14日至18日）县科技馆推出新春科普展，参观群众2100人次', '2月19日白马乡开展春耕备耕技术培训，农户70人'],
    text: '新春科普展那条：一直展到20号才撤，参观人次改为2480',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-02-20', headcount: 2480, headcountUnit: '人次' },
  },
  {
    id: 'span end and figure together, worded another way (2)',
    today: '2026-02-21',
    before: ['春节期间（2月14日至18日）县科技馆推出新春科普展，参观群众2100人次', '2月19日白马乡开展春耕备耕技术培训，农户70人'],
    text: '更正：新春科普展延长到了20号，参观人次应为2480',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-02-20', headcount: 2480, headcountUnit: '人次' },
  },
  {
    id: 'span end and figure together, worded another way (3)',
    today: '2026-02-21',
    before: ['春节期间（2月14日至18日）县科技馆推出新春科普展，参观群众2100人次', '2月19日白马乡开展春耕备耕技术培训，农户70人'],
    text: '新春科普展那条改一下，结束日期是2月20日，人次是2480',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-02-20', headcount: 2480, headcountUnit: '人次' },
  },
  {
    id: '不是昨天，前天弄的 (thread): the day moves back one',
    today: '2026-09-17',
    before: ['9月10日青石镇开展秋季蔬菜种植技术培训，菜农52人', '9月13日青石镇中学开展禁毒知识讲座，学生400人', '昨天青石镇组织开展秋季森林防火宣传，群众90人'],
    thread: 2,
    text: '不是昨天，是前天弄的',
    expect: 'apply',
    target: 2,
    changes: { date: '2026-09-15' },
  },
  {
    id: '不是昨天，前天搞的 with no 是 (thread)',
    today: '2026-09-17',
    before: ['9月10日青石镇开展秋季蔬菜种植技术培训，菜农52人', '昨天青石镇组织开展秋季森林防火宣传，群众90人'],
    thread: 1,
    text: '不是昨天哈，前天搞的',
    expect: 'apply',
    target: 1,
    changes: { date: '2026-09-15' },
  },
  {
    id: 'English "should count toward <item>": the plan item of the record named by its words',
    today: '2026-05-15',
    before: ['May 11 earthquake drill at 城关一中, about 600 students', 'May 13 kite making class at the youth center, 40 kids'],
    text: 'btw the earthquake drill should count toward 防灾减灾日, it was part of that week',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（一）/3' },
  },
];

correctionCasesAreRight('w14 follow-ups', cases);

describe('w14 questions', () => {
  it('"<work>去咱<place>": the place first, then the work', () => {
    expect(understandQuestion('今年科技下乡去咱青石镇，共服务多少户？', '2026-11-25')).toMatchObject({ intent: 'tally', measure: 'metric', unit: '户', topic: '青石镇科技下乡' });
  });
  it('a bracketed aside of what else counts, and the verb of holding, name no topic', () => {
    expect(understandQuestion('下半年在白马乡办的活动（乡里自己办的也算），一共多少人参加？', '2026-12-20')).toMatchObject({ intent: 'tally', measure: 'people', topic: '白马乡' });
    expect(understandQuestion('上半年在城关镇的活动（含县里组织的）一共多少人', '2026-07-05')).toMatchObject({ intent: 'tally', topic: '城关镇' });
    expect(understandQuestion('咱青石镇今年搞了几场培训', '2026-11-25')).toMatchObject({ intent: 'tally', topic: '青石镇培训' });
  });
  it('我们单位 + a verb of holding: the unit\'s own records', () => {
    expect(understandQuestion('我们单位今年搞了几场培训？参加培训的一共多少人？', '2026-11-25')).toMatchObject({ intent: 'tally', by: 'my_unit', topic: '培训' });
    // A contest the unit held is its own record, not a sign-up.
    expect(understandQuestion('我们学校今年办了哪些比赛', '2026-11-25')).toMatchObject({ intent: 'done_list', by: 'my_unit' });
  });
  it('<measure>达标没有: the total with the gap to the target', () => {
    expect(understandQuestion('科技馆接待人次达标没？', '2026-11-25')).toMatchObject({ intent: 'tally', measure: 'people', remaining: true, topic: '科技馆接待' });
    expect(understandQuestion('科普日的场次够数了吗', '2026-11-25')).toMatchObject({ intent: 'tally', measure: 'sessions', remaining: true, topic: '科普日' });
  });
  it('报了什么名: the unit\'s sign-ups', () => {
    expect(understandQuestion('我们城关镇科协报了什么名？每个报了几人', '2026-11-25')).toMatchObject({ intent: 'signups', by: 'my_unit' });
  });
  it('<item>那个任务目前啥进展: the item report with its records', () => {
    expect(understandQuestion('流动科技馆巡展那个任务目前啥进展', '2026-11-25')).toMatchObject({ intent: 'item_report', topic: expect.stringContaining('流动科技馆巡展') });
  });
  it('县里 and a reason clause ("我们好借鉴一下") name no topic', () => {
    expect(understandQuestion('3月份县里都办了哪些活动？我们好借鉴一下', '2026-04-02')).toMatchObject({ intent: 'done_list', topic: null });
  });
  it('the same question in English and in Chinese', () => {
    expect(understandQuestion('which items have been finished? 已经完成的有哪些', '2026-11-25')).toMatchObject({ intent: 'finished' });
  });
});

describe('a week or a month with no day', () => {
  it('asks which day, naming the span it read', () => {
    const c = readCorrection('时间写错了，应该是上个月的', '2026-06-03');
    expect(c).toMatchObject({ field: 'unclear' });
    expect(c?.field === 'unclear' ? c.ask : '').toContain('2026-05-01至2026-05-31');
  });
});

describe('a number for a number, in English', () => {
  it.each(['380 should be 830 sorry', 'sorry, the 380 is wrong, it should be 830', 'change 380 to 830 pls', 'the 380 should have been 830'])('%s', (text) => {
    expect(readCorrection(text, '2026-04-10')).toMatchObject({ field: 'number', value: 830, old: 380 });
  });
});

describe('an interjection before a correction names no record', () => {
  it.each(['哎呀，南村那场人数是58人不是85', '嗯，南村那场人数应该是58人'])('%s', (text) => {
    expect(readCorrection(text, '2026-05-11')).toMatchObject({ field: 'headcount', value: 58, ref: { words: '南村' } });
  });
});
