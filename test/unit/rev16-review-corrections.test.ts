// Session 16 review: "撤回一下" (一下 softening the verb) names no record, but a 下 that opens the words naming one
// ("删掉下午那条", "撤回下面那条") is no particle: those words still pick the record.
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '删掉下午那条: 下午 names the record, the latest is left alone',
    today: '2026-05-20',
    before: ['5月19日下午在县图书馆办了科普讲座，听众180人。', '5月19日上午城西社区防溺水宣传，居民95人。'],
    text: '删掉下午那条',
    expect: 'apply',
    target: 0,
    changes: { undone: true },
  },
  {
    id: '撤回下吧: a bare 下 closing the verb still names no record',
    today: '2026-06-12',
    before: ['6月10日在河口村开展水稻插秧技术指导，群众52人。', '6月12日在县文化馆举办青少年编程体验课，学生40人。'],
    text: '刚才那条撤回下吧，编程课改到月底了',
    expect: 'apply',
    target: 1,
    changes: { undone: true },
  },
];

correctionCasesAreRight('session 16 review: deleting a record named after the verb', cases);
