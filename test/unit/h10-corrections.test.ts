// Issue 16, the tenth holdout's follow-ups, each as a general rule with sentences of our own: a record named by
// its group ("<place>那批") is that record, never the latest; "<figure>有误，应为<figure>" names the old figure, so
// only the record holding it changes; "其实是两天，<d1>、<d2>号" makes the record a span; an English update that
// splits a headcount into the people online and those present changes that record, never adds one.
import { describe, expect, it } from 'vitest';
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '<place>那批 with a slip: the record of that place, its figure, not the latest record',
    today: '2026-09-12',
    before: ['9月5日科技馆接待青石镇中学参观，学生160人，讲解5场', '9月9日接待县一小研学，学生120人，讲解3场', '今天下午西关社区老人来参观，60人'],
    text: '县一小那批讲解写多了，其实只讲了2场',
    expect: 'apply',
    target: 1,
    changes: { metrics: { 场: 2 } },
  },
  {
    id: '<old figure>有误，应为<figure>: only the record holding the old figure changes',
    today: '2026-03-20',
    before: ['3月10日，青石镇葡萄嫁接培训一场，参训五十人次，涉及农户三十六户。', '3月17日，西关村测土配方宣传，受益群众七十人，涉及农户二十户。'],
    text: '前面报的三十六户不对，核实后应为三十九户。',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 场: 1, 户: 39 } },
  },
  {
    id: '其实是两天，<d1>、<d2>号 in a thread: the record becomes a span, its first day kept',
    today: '2026-05-25',
    before: ['5月20日流动科技馆进青石镇小学，参观师生520人次', '5月23日周六科技馆机器人体验专场，260人次'],
    thread: 0,
    text: '这个其实是两天，20、21号都在那里，520是两天合计的',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-05-21' },
  },
  {
    id: 'English update splitting a headcount: the record of the old figure, present people the headcount',
    today: '2026-09-10',
    before: ['Sep 3 – fire drill training in the warehouse, 80 staff attended.', 'Sep 8 – new product briefing, 25 participants.'],
    thread: 0,
    text: 'Update: 20 of the 80 actually joined online, only 60 were on site.',
    expect: 'apply',
    target: 0,
    changes: { headcount: 60, metrics: { '人(线上)': 20 } },
  },
];

correctionCasesAreRight('h10 follow-ups', cases);
