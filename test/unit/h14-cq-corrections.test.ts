// Issue 16, the fourteenth holdout's missed follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '不对，应该是N人 after two records of one day and place, naming neither: ask which, change nothing',
    today: '2026-09-21',
    before: ['9月19日青石镇全国科普日主题宣传，群众320人', '9月19日青石镇中学科普讲座，学生450人'],
    text: '不对 应该是380人',
    expect: 'ask',
    target: null,
    changes: null,
  },
  {
    id: '报的那个N人的<kind>日期写错了，是…: the figure and kind name the older record; only its date moves',
    today: '2026-04-20',
    before: ['4月14日县老科协专家到青石镇义诊，服务群众86人', '4月17日白马乡小学科普实验课，学生52人'],
    text: '之前那个86人的义诊时间搞错了，是15号去的，14号是计划的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-04-15' },
  },
  {
    id: '<name>那个是人次不是人，<reason with 一个人>: only the unit changes; the reason holds no old figure',
    today: '2026-05-06',
    before: ['五一假期县图书馆科普角接待读者2300人', '5月5日城关镇小学科普讲座，学生90人'],
    text: '五一那个是人次不是人，一个人来好几趟的也算了',
    expect: 'apply',
    target: 0,
    changes: { headcount: 2300, headcountUnit: '人次' },
  },
  {
    id: 'a thread reply 这个不是<kind>，是<name with 十 in it><kind>: the kind changes; 十 of a name is no figure',
    today: '2026-06-12',
    before: ['6月8日青石镇防溺水讲座，学生约120人', '6月10日城关镇科普讲座，居民80人'],
    thread: 0,
    text: '弄错了，这个不是讲座，是红十字会组织的游泳安全培训，人数对的',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '培训' },
  },
];

correctionCasesAreRight('h14 corrections', cases);
