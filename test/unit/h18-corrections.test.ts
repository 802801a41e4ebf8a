// Issue 16, the eighteenth holdout's follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: 'a bare "N人" with no thread, when two recent records both have a headcount: which one is unknown, ask',
    today: '2026-05-14',
    before: ['5月12日 青山村防灾减灾宣传，村民130人，发放资料400份', '5月13日 实验中学地震逃生演练一场，学生860人'],
    text: '140人',
    expect: 'ask',
    target: null,
    changes: {},
  },
  {
    id: 'a bare "N人" with no thread still fills the latest record when only it lacks a headcount',
    today: '2026-05-14',
    before: ['5月12日 青山村防灾减灾宣传，村民130人，发放资料400份', '5月13日 实验中学科普展板更新，展板12块'],
    text: '140人',
    expect: 'apply',
    target: 1,
    changes: { headcount: 140 },
  },
  {
    id: 'a bare "N人" right after one record alone still fixes it',
    today: '2026-05-14',
    before: ['5月13日 实验中学地震逃生演练一场，学生860人'],
    text: '880人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 880 },
  },
  {
    id: '"N是大概数": the headcount N said again with 大概 becomes approximate',
    today: '2026-03-06',
    before: ['3月5日 东街社区学雷锋科普志愿服务，居民200人，发放资料500份'],
    text: '200是个大概的数',
    expect: 'apply',
    target: 0,
    changes: { approximate: true },
  },
  {
    id: '"标题里写上X": the only record\'s title must now hold X',
    today: '2026-08-11',
    before: ['8月10日 第三小学暑期科普讲座一场，学生300人'],
    text: '那条讲的是防触电，标题里加上防触电',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '防触电' },
  },
];

correctionCasesAreRight('h18 corrections', cases);
