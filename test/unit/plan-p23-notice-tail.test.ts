// A notice's tail: a second contact on a line of its own under 联系方式 ("李明 82345678"), the signature's date and an
// attachment link row ("…信息表 |") after 附件: none of it is work, and the signature's date is no deadline of the last
// point (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2019, importedAt: '2019-03-01', observances: OBSERVANCES });

describe('the tail of a notice', () => {
  const { plan } = read(
    [
      '关于推荐2019年度优秀科普志愿者的通知',
      '各镇科协：',
      '一、推荐条件',
      '1.热心科普事业，服务时间满一年；',
      '二、工作要求',
      '1.请按要求填写推荐表，报送县科协办公室，同时报送电子版。报送截止日期为2019年4月15日，电子邮箱为kexie2019@163.com。',
      '联系方式:张华 83456789',
      '李明 82345678',
      '附件1:优秀科普志愿者推荐表',
      '2019年3月1日',
      '附件:',
      '优秀科普志愿者推荐表 |',
    ].join('\n'),
  );
  it('keeps the contacts, the date and the link out of the items', () => {
    expect(plan.items.some((i) => /李明|推荐表 \|/u.test(i.text))).toBe(false);
  });
  it('dates the last point by its deadline only', () => {
    const item = plan.items.find((i) => i.text.includes('同时报送电子版'));
    expect(item?.due.map((d) => d.end)).toEqual(['2019-04-15']);
  });
});
