// Issue 16, w22 (helper u4): follow-ups. A reply in a record's thread saying only that its count is in 人次 ("是人次哦，
// 不少人两场都听了"), with a reason after it that counts nothing, changes that record's unit and keeps its figure.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '是人次哦，<reason>: in the thread of the first of two records, only that record\'s unit changes',
    today: '2026-03-18',
    before: ['3月10日青山镇春季茶园管理培训一场，茶农75人，服务50户', '3月17日柳河村春耕备耕科技下乡，群众90人，服务农户40户'],
    thread: 0,
    text: '是人次哦，不少人上午下午两场都听了',
    expect: 'apply',
    target: 0,
    changes: { headcountUnit: '人次' },
  },
  {
    id: '其实是人次: said right after one record, its unit changes',
    today: '2026-06-03',
    before: ['6月2日县图书馆暑期科普读书会，读者120人'],
    text: '其实是人次，不少读者上下午都来了',
    expect: 'apply',
    target: 0,
    changes: { headcountUnit: '人次' },
  },
];

correctionCasesAreRight('w22 follow-ups', cases);
