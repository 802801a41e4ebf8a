// Issue 16, w23 and holdout 19 follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '<person>那场还发了…，补上: a record named by its speaker, then 补上 at the end, adds to that record (not the latest, not a new one)',
    today: '2026-10-22',
    before: ['10月20日 王站长在青山村讲果树冬季修剪，果农60人', '10月21日 赵老师在城关中学做用电安全讲座，学生300人'],
    text: '王站长那场还发了明白纸250份，补上',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 250 } },
  },
  {
    id: '<person>那次还发了…: the pointer and 还 alone add to the record named',
    today: '2026-10-22',
    before: ['10月20日 王站长在青山村讲果树冬季修剪，果农60人', '10月21日 赵老师在城关中学做用电安全讲座，学生300人'],
    text: '王站长那次还发了明白纸250份',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 250 } },
  },
];

correctionCasesAreRight('w23 follow-ups', cases);
