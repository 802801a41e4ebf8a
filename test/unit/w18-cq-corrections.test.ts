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
];

correctionCasesAreRight('w18 corrections', cases);
