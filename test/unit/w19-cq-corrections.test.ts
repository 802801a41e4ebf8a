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
  {
    id: '<kind>延期了一天，实际办到N号，总人数变成M: the span of the named record ends later and its headcount changes (no question about deadlines)',
    today: '2026-10-16',
    before: ['10月12日—14日县科普教育基地开放周（科技馆），三天参观群众共1800人次，展品30件。', '10月15日第二中学科学讲座，学生300人。'],
    text: '开放周延长了一天，实际到15号结束，总人数变成2300人次',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-10-15', headcount: 2300, headcountUnit: '人次' },
  },
  {
    id: '关于前几天报的<name>的情况，经核对…调整为…: a polite letter that sets an earlier record right is a correction, not a report',
    today: '2026-11-12',
    before: ['11月2日至9日科普大篷车进乡村，走了5个村，受益群众1600人次。', '11月10日县医院健康讲座，听众80人。', '11月11日城关镇科普宣传，约150人次。'],
    text: '李科长您好，关于上周报的科普大篷车进乡村的情况，经和乡里再次核对，实际走了6个村（漏报了河湾村），受益群众也相应调整为1850人次，其他不变。谢谢！',
    expect: 'apply',
    target: 0,
    changes: { headcount: 1850, headcountUnit: '人次', metrics: { 个: 6 } },
  },
];

correctionCasesAreRight('w19 follow-ups', cases);
