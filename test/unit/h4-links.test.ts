// Links the fourth holdout stored wrong (issue 16): a link is stored only when the record clearly serves the item.
// A township 科协's own 全体会议 is not the county 全委会; an association's members' meeting with invited experts is
// not the 下乡 service; a school's own 科技节 is not the 科技活动周.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

const linked = linkedPaths;

describe('links the fourth holdout stored wrong', () => {
  it.each([
    ['石桥镇科协第二届委员会第三次全体会议于今天上午召开，应到委员35人，实到31人，会议传达了县科协全委会精神，部署下半年工作。', '2026-07-03', [null]],
    ['农技协年度会员大会昨天在镇文化站开的，到会会员87名，还请了市农科院2位专家讲了大棚蔬菜新品种', '2027-01-16', [null]],
    ['上个月底那几天是学校科技节，科学组搞了水火箭比赛和科普展板，全校1400多学生都参与了，展板做了32块', '2026-06-02', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });

  it.each([
    ['7月2日县科协九届三次全委会顺利召开，应到委员45人，实到41人。', '2026-07-03', ['四/1']],
  ] as Array<[string, string, Array<string | null>]>)('still links %s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });
});
