// A page that lost the 、 after its top headings ("一主题", "二时间", "三活动内容" each alone on a line) still has
// them as headings: the 时间 section's month dates the content part (issue 17, p19).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { readMarker } from '../../src/core/plans/parse-outline.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a top heading without its 、', () => {
  it('is read as one when the line is only a section’s name', () => {
    expect(readMarker('二时间')).toMatchObject({ rank: 1, label: '二', rest: '时间' });
    expect(readMarker('三活动内容')).toMatchObject({ rank: 1, label: '三', rest: '活动内容' });
  });
  it('not inside a sentence or a longer line', () => {
    expect(readMarker('一时间难以完成')).toBeUndefined();
    expect(readMarker('三要求各单位按时报送')).toBeUndefined();
  });
  it('dates the content part by the 时间 section', () => {
    const { plan } = parsePlan(
      [
        '为推动全民健身与科学普及融合,决定组织开展健康科普季活动。现将有关事项通知如下。',
        '一主题',
        '科学健身 健康生活',
        '二时间',
        '2026年10月',
        '三活动内容',
        '(一)开展健康知识进社区。组织医务人员到社区开展讲座和义诊。',
        '(二)举办科学健身公开课。邀请体育专家讲解科学健身方法。',
      ].join('\n'),
      { source: 'page.txt', fallbackYear: 2026, importedAt: '', observances: OBSERVANCES },
    );
    const item = plan.items.find((i) => i.text.startsWith('举办科学健身公开课'));
    expect(item?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-10-01..2026-10-31']);
  });
});
