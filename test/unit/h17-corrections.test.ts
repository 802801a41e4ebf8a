// Issue 16, the seventeenth holdout's follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '那个社区的份数: a kind of place after 那个 names every record held in such a place; two fit, so ask',
    today: '2026-09-10',
    before: ['9月7日 在南湖社区开展反诈宣传，居民60人，发放资料200份', '9月9日 在北苑社区开展反诈宣传，居民70人，发放资料300份'],
    text: '那个社区的份数写错了，是250份',
    expect: 'ask',
    target: null,
    changes: {},
  },
  {
    id: '那个村的户数: the kind of place names the one record held there when only one is',
    today: '2026-09-10',
    before: ['9月7日 在石桥村开展反诈宣传，村民70人，服务25户', '9月9日 在南湖社区开展反诈宣传，居民60人，服务20户'],
    text: '那个村的户数写错了，是28户',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 户: 28 } },
  },
  {
    id: '周四那场: a bare weekday names every recent record on that weekday; two Thursdays fit, so ask',
    today: '2026-04-17',
    before: ['上周四在城关小学开展气象科普讲座，学生200人', '本周四在城关小学开展气象科普讲座，学生180人'],
    text: '周四那场人数改成190',
    expect: 'ask',
    target: null,
    changes: {},
  },
  {
    id: '周四那场: a bare weekday still names the one record on that weekday',
    today: '2026-04-17',
    before: ['上周三在城关小学开展气象科普讲座，学生200人', '本周四在城关小学开展气象科普讲座，学生180人'],
    text: '周四那场人数改成190',
    expect: 'apply',
    target: 1,
    changes: { headcount: 190 },
  },
  {
    id: '上面那个N是人次: 上面 points back and names nothing; the figure finds the record, the unit changes',
    today: '2026-07-02',
    before: ['6月30日 县档案馆开放日，接待群众850人', '7月1日 在城西社区开展健康讲座，居民90人'],
    text: '上面那个850是人次，不是人',
    expect: 'apply',
    target: 0,
    changes: { headcountUnit: '人次' },
  },
  {
    id: '第一条结束日期写错了: the ordinal names the record whose last day moves, not the latest',
    today: '2026-10-20',
    before: ['10月12日至10月14日 举办乡村医生培训班，学员40人', '10月16日 在城东社区开展秋季防火宣传，居民80人'],
    text: '第一条结束日期写错了，是到10月15号，一共四天',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-10-15' },
  },
];

correctionCasesAreRight('h17 corrections', cases);
