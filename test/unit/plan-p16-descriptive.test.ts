// The descriptive parts of an event plan are no tasks: its 主旨 (as its 宗旨), its 组委会 listing members' names, and
// its 指导思想 even where a date is mentioned in passing ("学校将每年4月定为读书月") (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'fangan.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;
const texts = (plan: ReturnType<typeof read>) => plan.items.map((i) => i.text).join('\n');

describe('descriptive sections', () => {
  it('leaves out 主旨, 组委会 and 指导思想', () => {
    const plan = read([
      '校园读书月活动方案',
      '一、活动主旨',
      '以读书月为契机,营造书香校园氛围,提高学生阅读兴趣。',
      '二、指导思想',
      '为落实全民阅读要求,学校研究决定开展读书月活动。(说明:学校将每年4月定为读书月。)',
      '三、组委会',
      '王某某、李某某、张某某、赵某某',
      '四、活动内容',
      '1、4月8日举办好书分享会。',
      '2、4月20日评选书香班级5个。',
    ]);
    expect(texts(plan)).not.toMatch(/营造书香校园|全民阅读|王某某/u);
    expect(plan.items.filter((i) => i.kind === 'task')).toHaveLength(2);
  });
});
