// Issue 16, the fifteenth holdout's missed follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '<day>号那个应该写人次，<reason>: the record of that day (not the latest) changes its unit only',
    today: '2026-07-21',
    before: ['7月13日青石镇青少年航模科普活动，学生38人。', '7月15日青石镇村级果树修剪培训，两个村轮流讲，共参训农民120人。', '7月17日青石镇消防安全讲座，群众80人。'],
    text: '15号那个应该写人次，两个村有重复来的',
    expect: 'apply',
    target: 1,
    changes: { headcountUnit: '人次' },
  },
  {
    id: 'a thread reply <kind>其实是N场，<which sessions>，人数是N场加起来的: the count of events is added, the headcount stays',
    today: '2026-09-12',
    before: ['9月8日城关镇社区居民防诈骗科普讲座，居民90人参加。', '9月10日城关镇组织中学生参观气象站，去了30人。'],
    thread: 0,
    text: '讲座其实分了三场，上午两个小区、下午一个小区，人数是三场合计的',
    expect: 'apply',
    target: 0,
    changes: { metrics: { '场': 3 } },
  },
  {
    id: '补充 for <kind>那条：<English people> N人…: the English word before the name does not hide it; helpers are a metric',
    today: '2026-05-20',
    before: ['5/18-5/19 科普大篷车进青石镇中学，两天共接待师生900人次', '5月19日下午青石镇中学教师实验技能培训，老师30人'],
    text: '补充 for 大篷车那条：volunteers 8人 helped on site，忘记写了',
    expect: 'add',
    target: 0,
    changes: { metrics: { '人(志愿者)': 8 } },
  },
];

correctionCasesAreRight('h15 corrections', cases);
