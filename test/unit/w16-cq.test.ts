// Issue 16, the twelfth blind set's follow-ups, each as a general rule with sentences of our own. Corrections: an
// apology before the field names no record; "<person>讲的那次" names the record that person spoke at; "是到N号结束的，
// 补一下结束日期" sets the last day of that span; "N是人次，不是N人" changes the unit only; "<name>那条标题帮我改成“…”"
// sets the title; 补充 whose first clause names an earlier record ("开幕式…直播了", "昨天下乡的") adds to that record,
// never the latest. Questions: a follow-up keeps whose records were counted; "<unit>上报的活动" is that unit's
// records; "我们企业科协" is the asker's unit, not the topic 科协.
import { describe, expect, it } from 'vitest';
import type { CorrectionCase } from '../eval/score-corrections.js';
import { askOn, row } from '../support/ask-question.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';
import type { QuestionState } from '../support/question-state.js';

const cases: CorrectionCase[] = [
  {
    id: '不好意思<field>打错了 in a thread: the apology names no record; the thread does',
    today: '2026-06-12',
    before: ['6月5日城南小学“水的旅行”科学课，三年级学生140人', '6月8日青石镇水稻育秧培训，农户60人', '6月10日白马乡禁毒宣传，群众180人'],
    thread: 0,
    text: '不好意思哈人数报错了，应该是104人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 104 },
  },
  {
    id: '<person>讲的那次: the record that person spoke at',
    today: '2026-09-10',
    before: ['9月3日城关二中“身边的化学”讲座，主讲人县农业局周工，学生260人', '9月6日城关二中“航天梦”报告，主讲人县科协刘主任，学生420人'],
    text: '周工讲的那次，学生实际是280个',
    expect: 'apply',
    target: 0,
    changes: { headcount: 280 },
  },
  {
    id: '<name>是到N号结束的，把结束日期补上: the last day of that span; its first day stays',
    today: '2026-09-02',
    before: ['暑假期间县图书馆科普角开放，从7月10日起共接待约1800人次', '8月25日青石镇秋季蔬菜种植培训，农民70人'],
    text: '图书馆科普角暑假开放是到8月31号结束的，把结束日期补上',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-07-10', dateEnd: '2026-08-31' },
  },
  {
    id: '<name>那个N是人次，<reason>，不是N人: the unit only',
    today: '2026-05-25',
    before: ['5月20日-21日科普大篷车进城关镇中心小学，观看学生900人', '5月22日白马乡果树病虫害防治培训，农户65人'],
    text: '大篷车那个900是人次，有的学生两天都来了，不是900人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 900, headcountUnit: '人次' },
  },
  {
    id: '<place>那条标题帮我改成“…”: the title of that record',
    today: '2026-06-08',
    before: ['6月3日在白马乡文化站办了场讲座，村民130人', '6月5日青石镇果树修剪培训，果农45人'],
    text: '白马那条标题帮我改成“安全生产月应急知识讲座”',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '安全生产月' },
  },
  {
    id: '补充：<an earlier record>…直播了，线上观看N人次: online viewers on that record, not the latest',
    today: '2026-10-10',
    before: ['10月8日县科技馆“航天科普展”开幕式在科技馆广场举行，现场观众约900人次，发放手册1500份', '10月9日城关镇老年大学健康讲座，老人60人'],
    text: '补充：开幕式网上也同步直播了，线上观看8000人次',
    expect: 'add',
    target: 0,
    changes: { metrics: { '人次(线上)': 8000 } },
  },
  {
    id: '补充一下昨天<kind>的，<figure>: the record of that day and kind, not the latest',
    today: '2026-07-16',
    before: ['7月15日青石镇防汛知识科技下乡，群众70人', '7月16日县科协党支部主题党日，党员18人'],
    text: '补充一下昨天下乡的，技术员们走访了40户',
    expect: 'add',
    target: 0,
    changes: { metrics: { 户: 40 } },
  },
  {
    id: '补充：<figure> naming no record after two: the latest, as before',
    today: '2026-07-16',
    before: ['7月15日青石镇防汛知识科技下乡，群众70人', '7月16日城关镇防溺水宣传，学生90人'],
    text: '补充：现场还发放了宣传单300份',
    expect: 'add',
    target: 1,
    changes: { metrics: { 份: 300 } },
  },
  {
    id: '补充：活动<…>, a clause opening on a word every kind of record may hold: the latest, as before',
    today: '2026-09-21',
    before: ['9月19日科普日主场活动在城关广场举行，群众500人', '9月20日城关镇防诈骗讲座，居民80人'],
    text: '补充：活动结束后，又发了折页200份',
    expect: 'add',
    target: 1,
    changes: { metrics: { 份: 200 } },
  },
];

correctionCasesAreRight('w16 corrections', cases);


const state: QuestionState = {
  activities: [
    // 青石镇科协 (U31): 60 + 140 = 200人, and 300人次 apart.
    row('2026-03-10', '青石镇茶园管理培训', 'U31', 60, null, { place: '青石镇' }),
    row('2026-06-02', '青石镇防溺水安全讲座', 'U31', 140, null, { place: '青石镇' }),
    row('2026-09-16', '青石镇科普赶集', 'U31', 300, null, { place: '青石镇', headcountUnit: '人次' }),
    // 县第二中学 (U32): 380 + 220 = 600人; titles without the school's short name.
    row('2026-04-15', '“走近物理”科普报告会', 'U32', 380, null, { place: '县第二中学' }),
    row('2026-10-12', '校园科技节机器人展示', 'U32', 220, null, { place: '县第二中学' }),
    // 华兴食品企业科协 (U33): 40 + 65 = 105人.
    row('2026-05-09', '华兴食品企业科协食品安全交流会', 'U33', 40, null, { place: '华兴食品' }),
    row('2026-08-21', '华兴食品职工急救知识培训', 'U33', 65, null, { place: '华兴食品' }),
    // Others: 科协 in the title, not the asker's unit's.
    row('2026-06-20', '县科协学会工作座谈会', 'U2', 30, null),
    row('2026-07-08', '城关镇科普讲座', 'U11', 500, null, { place: '城关镇' }),
  ],
  units: [
    { name: '青石镇科协', people: ['U31'] },
    { name: '县第二中学', people: ['U32'] },
    { name: '华兴食品企业科协', people: ['U33'] },
    { name: '城关镇科协', people: ['U11'] },
  ],
};

const reply = askOn(state);

describe('w16 questions', () => {
  it('a follow-up on the asker’s unit’s count keeps counting only that unit’s records', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U31', before: ['我们镇科协今年报了几场活动？'], text: '那参加的人一共有多少？' });
    expect(text).toContain('200人');
    expect(text).toContain('300人次');
    expect(text).not.toContain('700');
  }, 30_000);
  it('<unit short name>今年上报的活动参加人数合计: that unit’s records', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U1', text: '县二中今年上报的活动参加人数一共多少' });
    expect(text).toContain('600');
  }, 30_000);
  it('我们企业科协今年报了几次活动、多少人: the asker’s unit, not the topic 科协', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U33', text: '我们企业科协今年一共报了几次活动，多少人？' });
    expect(text).toContain('2次');
    expect(text).toContain('105');
  }, 30_000);
});
