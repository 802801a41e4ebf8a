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
  {
    id: '<kind><collected>的<thing>是N<unit>，之前报少了: the kind names the record; what was collected is no part of its name',
    today: '2026-11-20',
    before: ['11月17日青石镇冬季农机安全科技下乡，群众60人，25户。', '11月18日县农科所专家乡村振兴座谈会，专家18人，征集意见4条。', '11月19日城关小学天文观测活动，学生150人。'],
    text: '座谈会征集上来的意见是6条，之前漏了两条',
    expect: 'apply',
    target: 1,
    changes: { metrics: { '条': 6 } },
  },
  {
    id: '<day>号那个<kind>地点写错了，是在<place>办的，不是<old place>: the record of that day takes the new place in its title',
    today: '2026-04-23',
    before: ['4月19日城关镇果树嫁接技术培训，80人，30户。', '4月20日城关镇蔬菜大棚管理现场会，菜农40人。', '4月21日城关镇中学科普讲座，学生300人'],
    text: '20号那个现场会地点不对，是在石桥村办的，不是城关镇',
    expect: 'apply',
    target: 1,
    changes: { titleIncludes: '石桥村' },
  },
];

correctionCasesAreRight('h15 corrections', cases);
