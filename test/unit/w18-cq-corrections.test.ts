// Issue 16, the fourteenth blind set's follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '<name>那场还发了N<unit>，补充一下: a 补充 said at the end adds to the named record, never a new one',
    today: '2026-06-12',
    before: ['6月9日城关镇中心校防溺水安全讲座，学生360人参加', '6月11日城关镇敬老院健康义诊，老人60人'],
    text: '防溺水那场讲座还发了宣传单360张，补充下',
    expect: 'add',
    target: 0,
    changes: { metrics: { 张: 360 } },
  },
  {
    id: '<name>那場…，補充一下 (traditional): the same, in traditional characters',
    today: '2026-04-20',
    before: ['4月16日白馬鄉農技站果樹嫁接培訓，果農75人', '4月18日白馬鄉小學科學實驗課，學生110人'],
    text: '嫁接培訓那場還發了技術手冊75本，補充一下',
    expect: 'add',
    target: 0,
    changes: { metrics: { 本: 75 } },
  },
  {
    id: '补充：N号<name>…，<figure>: a day and a name opening the first clause name that earlier record, not the latest',
    today: '2026-05-19',
    before: ['5月16日科技活动周启动仪式在县体育馆举行，现场群众约2000人次，发放资料3000份', '5月18日科普部组织科普进社区，居民60人'],
    text: '补充：16号启动仪式也做了网络直播，在线观看8000人次',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 3000, '人次(线上)': 8000 } },
  },
  {
    id: '<name><title>你好～…: a greeting that names the one addressed names no record',
    today: '2026-05-14',
    before: ['4月22日城关二小“小小发明家”科技讲座，四至六年级学生360人参加', '5月13日城关二小“空气的力量”科学课，学生240人'],
    text: '张主任您好，小小发明家那次不是360，是三百零六人，我抄错了',
    expect: 'apply',
    target: 0,
    changes: { headcount: 306 },
  },
  {
    id: '前两天报的<surname><title>那场<kind>: when it was reported is no part of the record’s name',
    today: '2026-06-12',
    before: ['6月9日县职业中学请县人民医院李振华主任作“青春期健康”专题讲座，学生620人听讲', '6月10日县职业中学消防疏散演练，师生900人', '今天上午县职业中学王老师科学小实验课，学生45人'],
    text: '你好，前几天报的李主任那场讲座，我对了下名单，实到其实是602人，之前数字打反了，麻烦更正一下，谢谢',
    expect: 'apply',
    target: 0,
    changes: { headcount: 602 },
  },
  {
    id: 'N号那场<kind>题目写错了，不是A，是“B”: the words A of the title become B; an aside after says nothing more',
    today: '2026-04-30',
    before: ['4月26日青石镇春季食品安全科普讲座一场，居民95人', '4月28日青石镇中学防震演练，学生410人', '今天青石镇集市禁毒宣传，群众120人'],
    text: '26号那场讲座标题写错了，不是食品安全，是“春季过敏性疾病防治”，人数没错',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '过敏' },
  },
  {
    id: '…记在<end of an observance’s name>里: a trailing 里 is no part of the item’s name',
    today: '2026-05-21',
    before: ['5月19日在城关镇文化广场举办科普展览，群众约五百人，发放资料2000份', '5月20日城关镇中学科学实验课，学生80人'],
    text: '19号广场那个展览是活动周期间搞的，帮我记在活动周里',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（一）/1' },
  },
  {
    id: '<surname><title>那场报告会 of a record saying 专题报告: a meeting named with 会 fits the record that says its word alone',
    today: '2026-10-15',
    before: ['10月12日县二中请省农科院刘志远研究员作“种子里的科学”专题报告，高一学生380人听讲', '10月13日县二中物理实验开放日，学生90人参加，指导教师4人'],
    text: '前几天报的刘研究员那场报告会，实到其实是308人，我把数字打反了，麻烦改一下',
    expect: 'apply',
    target: 0,
    changes: { headcount: 308 },
  },
];

correctionCasesAreRight('w18 corrections', cases);
