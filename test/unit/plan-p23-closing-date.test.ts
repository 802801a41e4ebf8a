// A call whose one date is the closing date of what is sent in ("报送截止日期为2019年4月15日"): every earlier point that
// asks for something to be put forward or handed in is due by it; a point that asks for nothing sent stays undated
// (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a call\'s closing date', () => {
  const { plan } = parsePlan(
    [
      '关于征集2019年度科普创作作品的通知',
      '各镇科协：',
      '一、基本要求',
      '1.围绕乡村振兴主题，突出科学性；',
      '2.作者提交作品时，应一并提交《作品信息登记表》。',
      '二、工作要求',
      '1.每个镇仅限推荐两件作品；',
      '2.请将作品报送县科协办公室，报送截止日期为2019年4月15日。',
    ].join('\n'),
    { source: 'page.txt', fallbackYear: 2019, importedAt: '2019-03-01', observances: OBSERVANCES },
  );
  const due = (w: string) => plan.items.find((i) => i.text.includes(w))?.due.map((d) => d.end);
  it('dates the points that hand something in', () => {
    expect(due('仅限推荐两件')).toEqual(['2019-04-15']);
    expect(due('作品信息登记表')).toEqual(['2019-04-15']);
  });
  it('leaves the others', () => {
    expect(due('突出科学性')).toEqual([]);
  });
});
