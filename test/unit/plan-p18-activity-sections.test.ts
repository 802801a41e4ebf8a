// A notice whose lead states the event's days ("今年科普月时间为:2025年9月1日—30日") dates the tasks of its content
// part; a section that holds one of the event's activities ("三、开展‘实验室开放日’活动") is content too, not only
// one headed 活动内容 (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES });

describe('a section that holds one of the event’s activities', () => {
  const { plan } = read(
    [
      '各学院、各部门:',
      '根据上级通知要求,2025年全国科普月时间为:2025年9月1日—30日。现将我院2025年科普月工作安排如下:',
      '一、活动主题',
      '科学家精神引领科学素质提升。',
      '二、活动内容',
      '1、举办科学家精神报告会',
      '2、组织师生观看科普影片',
      '三、举办“实验室开放日”活动,展示我院科研成果',
      '1、开放重点实验室。安排研究生志愿者现场讲解,介绍实验室的研究方向。',
      '2、开放校史馆和标本馆。组织中小学生参观学习。',
    ].join('\n'),
  );
  it('dates its tasks by the event’s days', () => {
    for (const words of ['开放重点实验室', '开放校史馆和标本馆', '举办科学家精神报告会']) {
      const item = plan.items.find((i) => i.text.startsWith(words));
      expect(item?.due.map((d) => `${d.start}..${d.end}`), words).toEqual(['2025-09-01..2025-09-30']);
    }
  });
});
