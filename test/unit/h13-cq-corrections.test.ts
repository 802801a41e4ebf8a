// Issue 16, the thirteenth holdout's missed follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '补充：N号<name>志愿者有N名: a 人(志愿者) figure added to the record of that day, not to the latest one',
    today: '2026-10-18',
    before: ['10月15日县体育广场防灾减灾宣传日活动，群众约2100人次，发放手册3000份', '10月17日城关镇图书馆科普读书会，读者80人'],
    text: '补充：15号宣传日活动志愿者有26名，之前漏了',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 3000, '人(志愿者)': 26 } },
  },
  {
    id: 'a thread reply 补一个数，这次服务农户N户: 户 added to the thread\'s record',
    today: '2026-03-20',
    before: ['3月15日县农技中心专家到青石镇开展科技服务，群众约90人', '3月18日白马乡小学科普课，学生60人', '3月19日城关镇安全培训，45人'],
    thread: 0,
    text: '再补个数字，那次一共服务果农37户',
    expect: 'add',
    target: 0,
    changes: { metrics: { 户: 37 } },
  },
];

correctionCasesAreRight('h13 follow-ups', cases);
