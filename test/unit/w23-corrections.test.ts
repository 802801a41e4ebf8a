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
  {
    id: '<day>那批实际大概<N>人左右: 实际 then a hedged count fixes the headcount of the record of that day, approximate',
    today: '2026-06-12',
    before: ['6月8日县科技馆接待夏令营团队，学生120人。', '6月9日县科技馆接待夏令营团队，学生140人。'],
    text: '8号那批实际大概150人左右',
    expect: 'apply',
    target: 0,
    changes: { headcount: 150, approximate: true },
  },
  {
    id: '村名写错了，不是<old>，是<new>: the name of the place, denied first, is a word of the title swapped',
    today: '2026-04-09',
    before: ['4月7日在河口村开展油菜病虫害防治培训一场，参训农户70人。'],
    text: '村名写错了，不是河口村，是河田村',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '河田村' },
  },
];

correctionCasesAreRight('w23 follow-ups', cases);
