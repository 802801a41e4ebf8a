// A PDF whose text runs came out a line each: a year alone over "年…", a quotation mark alone, a title broken after
// 及. The lines join back: the title is whole, and a summary whose title promises next year's plan but holds none
// is a summary, not imported (issue 17, holdout 13).
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const PDF = [
  '2025',
  '年社区科普工作总结及',
  '2026',
  '年工作打算',
  '2025',
  '年,我社区在街道科协指导下,围绕',
  '“',
  '科普惠民、共建共享',
  '”',
  '的目标,扎实推进各项科普工作。现总结如下',
  ':',
  '一、主要工作',
  '强化阵地建设。一年来,社区更新科普画廊两处,举办科普讲座十二场,发放宣传资料一千余份。',
  '壮大志愿队伍。组建了科普志愿服务队,吸收志愿者四十余名,开展入户宣传活动。',
  '二、存在的问题',
  '活动形式较为单一,青少年参与不多。',
].join('\n');

describe('text runs of a PDF a line each', () => {
  it('joins a year, a lone quotation mark and a line ending in 及 back into their sentences', () => {
    const lines = cleanLines(PDF);
    expect(lines[0]).toBe('2025年社区科普工作总结及2026年工作打算');
    expect(lines[1]).toBe('2025年,我社区在街道科协指导下,围绕“科普惠民、共建共享”的目标,扎实推进各项科普工作。现总结如下:');
  });
  it('reads the summary as a summary with its whole title', () => {
    const r = parsePlan(PDF, { source: 'zongjie.pdf', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES });
    expect(r.plan.title).toBe('2025年社区科普工作总结及2026年工作打算');
    expect(r.report.kind).toBe('summary');
  });
  it('keeps a heading or a sentence that ends in 普及 on its own line', () => {
    expect(cleanLines('二、科学普及\n开展科普讲座10场。\n推动科技知识普及\n三、服务发展')).toEqual(['二、科学普及', '开展科普讲座10场。', '推动科技知识普及', '三、服务发展']);
  });
  it('keeps a page number alone on its line apart', () => {
    expect(cleanLines('一、工作目标\n举办科普讲座10场。\n2\n二、工作措施\n加强宣传。')).toEqual(['一、工作目标', '举办科普讲座10场。', '2', '二、工作措施', '加强宣传。']);
  });
});
