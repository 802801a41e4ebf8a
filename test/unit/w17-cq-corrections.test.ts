// Issue 16, the thirteenth blind set's follow-ups, each as a general rule with sentences of our own.
import { describe, expect, it } from 'vitest';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: '<surname><title>那场: the record whose speaker has that surname and title, not a record naming someone else',
    today: '2026-04-12',
    before: ['4月9日上午请县林业局张志强局长到白马乡讲森林防火，村民120人。', '4月10日县中医院王主任到城关镇讲中医养生，居民75人。'],
    text: '张局长那场人数多报了，其实来了102个，帮忙改一下',
    expect: 'apply',
    target: 0,
    changes: { headcount: 102 },
  },
  {
    id: '<mixed English> volunteers 去了N个: a 人(志愿者) figure added to the named record',
    today: '2026-09-22',
    before: ['9月19日城关镇科普日主场活动，群众600人', '9月20日青石镇敬老院健康义诊，老人70人', '9月21日白马乡中学科普讲座，学生300人'],
    text: 'btw 义诊那次忘了报，volunteers 来了15个，也加上',
    expect: 'add',
    target: 1,
    changes: { metrics: { '人(志愿者)': 15 } },
  },
  {
    id: '<name>那个忘了说，volunteers 去了N个，也记一下: the helpers who went, added to that record',
    today: '2026-04-03',
    before: ['4月1日白马乡春耕技术培训，农民90人', '4月2日青石镇清明防火宣传，群众200人', '4月2日下午城关镇敬老院义诊，老人50人'],
    text: 'btw 防火那个忘了说，volunteers 去了12个，也记一下',
    expect: 'add',
    target: 1,
    changes: { metrics: { '人(志愿者)': 12 } },
  },
  {
    id: 'N号那个地点报错了，不是A，是B: the place in that record’s title',
    today: '2026-07-15',
    before: ['7月12日在城关镇开展了防溺水安全宣传，学生和家长150人', '7月13日白马乡果树夏季管理培训，果农55人'],
    text: '12号那个地点写错了，不是城关镇，是青石镇。城关镇那场月底才搞',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '青石镇' },
  },
  {
    id: '<name>其实办了N天，A号到B号: a span from the first to the last day',
    today: '2026-10-25',
    before: ['10月20日县体育馆科普嘉年华，参观群众3400人次', '10月23日城关二中心理健康讲座，学生380人'],
    text: '嘉年华那个其实搞了两天，20号到21号，3400是两天合计的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-10-20', dateEnd: '2026-10-21' },
  },
  {
    id: '@<bot> in a thread: the mention names no record; the thread does',
    today: '2026-03-12',
    before: ['3月8日白马乡妇女节科普宣传，妇女约180人，发放手册600份', '3月10日白马乡农机安全培训，农机手40人', '3月11日白马乡小学科学课，学生90人'],
    thread: 0,
    text: '@科协助手 这条手册应该是1600份，不是600，漏了个1',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 1600 } },
  },
  {
    id: '补充 naming no record after two trainings at one place: either fits; ask which',
    today: '2026-06-18',
    before: ['6月15日白马乡茶叶采摘技术培训，茶农70人', '6月16日白马乡电商直播带货培训，村民45人'],
    text: '补充一下，另外发了技术手册150本',
    expect: 'ask',
    target: null,
    changes: {},
  },
  {
    id: '补充 naming no record after two of different kinds: the latest, as before',
    today: '2026-06-18',
    before: ['6月15日白马乡茶叶采摘技术培训，茶农70人', '6月16日白马乡防溺水安全宣传，学生110人'],
    text: '补充一下，另外发了宣传折页150份',
    expect: 'add',
    target: 1,
    changes: { metrics: { 份: 150 } },
  },
];

describe('w17 corrections', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o, o.note).toMatchObject({ right: true, changedWrong: false });
  }, 30_000);
});
