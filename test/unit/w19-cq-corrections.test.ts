// Issue 16, the fifteenth blind set's follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: 'N人那个<kind>补充一下，…: a record named by its figure and kind, then 补充, gets the figure added; no new record',
    today: '2026-09-10',
    before: ['9月7日城东社区老年人防诈骗讲座，居民64人', '9月8日城东小学科学实验课，学生130人', '9月9日城东社区消防演练，90人'],
    text: '64人那个讲座补充一下，社区群里同步直播还有210人在线看了',
    expect: 'add',
    target: 0,
    changes: { metrics: { '人(线上)': 210 } },
  },
];

correctionCasesAreRight('w19 follow-ups', cases);
