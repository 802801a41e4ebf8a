// A page whose title was not kept but whose opening announces a report ("现将2025年科普工作自查报告如下",
// "现将今年工作开展情况总结如下") is a report of results: recognised as a summary, not imported as a plan (issue 17, p18).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES });

describe('an untitled page that announces a report', () => {
  it('is a summary', () => {
    const { report } = read(
      [
        '某县青少年科技活动中心是省级科普教育基地,面向中小学生开展科技教育。现将2025年科普基地工作自查报告如下:',
        '一、基本情况',
        '中心设有机器人、航模、天文三个活动室,全年开放230天,接待学生约8000人次。',
        '二、开展科普活动情况',
        '一是组织科技夏令营,共举办4期,参加学生320人。',
        '二是开展送科普进乡村学校活动12场,受益学生2600人。',
      ].join('\n'),
    );
    expect(report.kind).toBe('summary');
  });
  it('leaves a plan announced the same way a plan', () => {
    const { report } = read(
      [
        '为做好2025年全国科普日活动,现将活动实施方案报告如下:',
        '一、活动时间',
        '2025年9月20日至26日。',
        '二、活动内容',
        '1.举办科普讲座3场。',
        '2.开展科普进社区活动。',
      ].join('\n'),
    );
    expect(report.kind).not.toBe('summary');
  });
});
