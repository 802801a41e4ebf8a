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
    // The museum's own camp: its pupils are not the visitors the museum item counts (offered, not linked).
    ['昨日本館舉辦「寒假科學營」開營儀式，學員及家長共計約120人到場。', '2027-01-18', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });

  it.each([
    ['7月2日县科协九届三次全委会顺利召开，应到委员45人，实到41人。', '2026-07-03', ['四/1']],
    ['8月3日至7日暑期夏令营第3周，每天下午看球幕，五天一共来了212人次', '2026-08-10', ['二/（二）/1']],
    ['1月24日至2月28日科技馆共接待8.6万人次，其中举办寒假科学营3期。', '2026-03-02', ['二/（二）/1']],
  ] as Array<[string, string, Array<string | null>]>)('still links %s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });
});
