// Issue 16, the seventeenth blind set's follow-ups, each as a general rule with sentences of our own.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '<N>人，刚才打错了: a bare headcount with a clause owning up to a slip replaces the only record\'s headcount',
    today: '2026-04-15',
    before: ['今天上午县二中开展防溺水安全讲座，学生420人'],
    text: '450人，刚才打错了',
    expect: 'apply',
    target: 0,
    changes: { headcount: 450 },
  },
  {
    id: '刚才写错了，<N>人: the slip said first, the bare headcount after it, is the same fix',
    today: '2026-04-15',
    before: ['今天上午县二中开展防溺水安全讲座，学生420人'],
    text: '刚才写错了，450人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 450 },
  },
  {
    id: '抱歉，<N>是人次: the stored figure said to be counted in 人次, with no pointer, changes only the unit',
    today: '2026-06-03',
    before: ['6月2日县科技馆周末开放，接待参观群众560人'],
    text: '抱歉，560是人次',
    expect: 'apply',
    target: 0,
    changes: { headcountUnit: '人次' },
  },
  {
    id: '人数不是精确数，约<N>上下: the headcount is replaced by the figure said and becomes approximate',
    today: '2026-01-20',
    before: ['今天在城南集市开展冬季防火科普宣传，群众230人，发放资料800份'],
    text: '人数不是精确数，约250上下',
    expect: 'apply',
    target: 0,
    changes: { headcount: 250, approximate: true },
  },
  {
    id: '讲解员<N>个: a short line of helpers counted by 个 right after one record adds them as its people of that role',
    today: '2026-07-09',
    before: ['今天下午在县图书馆开展暑期青少年科普展览，参观学生180人'],
    text: '讲解员6个',
    expect: 'add',
    target: 0,
    changes: { metrics: { '人(讲解员)': 6 } },
  },
  {
    id: '<kind>其实是X号到Y号三天，<N>是头一天的，三天一共<M>人次: the span and the whole of it in one message',
    today: '2026-10-20',
    before: ['10月15日 科普大篷车进河湾镇中学，学生参观480人次'],
    text: '大篷车其实是15号到17号三天，480是第一天的，三天一共1360人次',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-10-17', headcount: 1360 },
  },
  {
    id: '撤回下午那场: of two records of one day, the one held in the afternoon is withdrawn',
    today: '2026-08-12',
    before: ['今天上午在白沙村开展夏季防溺水宣传，村民60人', '今天下午在白沙村开展夏季防溺水宣传，学生45人'],
    text: '撤回下午那场',
    expect: 'apply',
    target: 1,
    changes: { undone: true },
  },
  {
    id: '撤销上午那个: 撤销 with words, not a record number, withdraws the record they name',
    today: '2026-08-12',
    before: ['今天上午在白沙村开展夏季防溺水宣传，村民60人', '今天下午在白沙村开展夏季防溺水宣传，学生45人'],
    text: '撤销上午那个',
    expect: 'apply',
    target: 0,
    changes: { undone: true },
  },
  {
    id: '上午那场删掉: the morning one of the same day, named by 上午, is the one deleted',
    today: '2026-08-12',
    before: ['今天上午在白沙村开展夏季防溺水宣传，村民60人', '今天下午在白沙村开展夏季防溺水宣传，学生45人'],
    text: '上午那场删掉吧',
    expect: 'apply',
    target: 0,
    changes: { undone: true },
  },
];

correctionCasesAreRight('w21 follow-ups', cases);
