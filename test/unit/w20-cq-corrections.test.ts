// Issue 16, the sixteenth blind set's follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '上一条的<N>是人次: the figure named, said to be counted in 人次, changes only the unit of the last record',
    today: '2026-05-20',
    before: ['5月18日城西社区防溺水宣传，居民95人。', '5月19日县图书馆科普讲座，听众180人，专家2人。'],
    text: '上一条那个180是人次啊',
    expect: 'apply',
    target: 1,
    changes: { headcountUnit: '人次' },
  },
  {
    id: '那个<N>是人次: the figure named finds its record (not the latest), whose unit alone changes',
    today: '2026-05-20',
    before: ['5月18日县图书馆科普讲座，听众180人。', '5月19日城西社区防溺水宣传，居民95人。'],
    text: '那个180是人次哦',
    expect: 'apply',
    target: 0,
    changes: { headcountUnit: '人次' },
  },
  {
    id: '刚才那条撤回一下，<reason>: 一下 after the verb names no record; the latest record is withdrawn',
    today: '2026-06-12',
    before: ['6月10日在河口村开展水稻插秧技术指导，农户30户，群众52人。', '6月12日在县文化馆举办青少年编程体验课，学生40人。'],
    text: '刚才那条撤回一下吧，编程课改到月底了，还没上',
    expect: 'apply',
    target: 1,
    changes: { undone: true },
  },
  {
    id: '第N条日期是…，人数是…: two fields of the N-th record of the recent ones, each reports sent alone',
    today: '2026-09-25',
    before: ['9月20日县二中开展防诈骗讲座，师生500人。', '9月21日在李庄村开展葡萄栽培培训，果农60人。', '9月22日在县福利院开展健康讲座，老人35人。', '9月24日在科技馆开展讲解员培训，学员20人。'],
    text: '第二条日期是23号，人数是66',
    expect: 'apply',
    target: 1,
    changes: { date: '2026-09-23', headcount: 66 },
  },
];

correctionCasesAreRight('w20 follow-ups', cases);
