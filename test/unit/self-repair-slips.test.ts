import { describe, expect, it } from 'vitest';
import { fixInputSlips } from '../../src/core/text/input-slips.js';
import { dropSelfRepairs } from '../../src/core/text/self-repair.js';
import { scanPlainNumbers } from '../../src/core/text/scan-numbers.js';

describe('a repair inside one message', () => {
  it('reads the corrected day or figure', () => {
    expect(dropSelfRepairs('上周五啊不对是上周六在文化广场搞的活动')).toBe('上周六在文化广场搞的活动');
    expect(dropSelfRepairs('来了三十个，不对，是四十个人')).toBe('来了四十个人');
  });
  it('repairs a figure said with a slip, with or without 是', () => {
    expect(dropSelfRepairs('来了一千五左右？？不对 十五个左右 哈哈打错了')).toBe('来了十五个左右');
    expect(dropSelfRepairs('共开展讲座48场，不对，是46场，受众6200人次')).toBe('共开展讲座46场，受众6200人次');
    expect(dropSelfRepairs('发了宣传页500张，噢不是500张是600张')).toBe('发了宣传页600张');
    expect(dropSelfRepairs('来了八十人，哦不是八十人是六十人，发资料200份')).toBe('来了六十人，发资料200份');
  });
  it('repairs a figure after a comma, keeping its unit when the repair says the number only (w9c-r002, r025)', () => {
    expect(dropSelfRepairs('登记的是二百一十个，哦不对，二百零一，刚才看串行了')).toBe('登记的是二百零一个');
    expect(dropSelfRepairs('发资料两千三百份，不对，是三千二，数字弄反了。')).toBe('发资料三千二份。');
    expect(dropSelfRepairs('来了五十人，不对，是六十，志愿者8个')).toBe('来了六十人，志愿者8个');
    expect(dropSelfRepairs('来了九十几个，哦不对，七十九个，刚才看错了。')).toBe('来了七十九个。');
  });
  it('repairs a day said earlier in the message, keeping the words between', () => {
    expect(dropSelfRepairs('上周五乡里组织专家下村，哦写错了是上周六，在红旗村讲课')).toBe('上周六乡里组织专家下村，在红旗村讲课');
    expect(dropSelfRepairs('周二在中心校放了科普电影两场，周四去敬老院讲课，哦电影是周一不是周二')).toBe('周一在中心校放了科普电影两场，周四去敬老院讲课');
    expect(dropSelfRepairs('12号在社区讲座50人，说错了是13号')).toBe('13号在社区讲座50人');
    expect(dropSelfRepairs('周二讲座，周四培训，培训不是周四是周五')).toBe('周二讲座，周五培训');
  });
  it('leaves a correction of an earlier record alone', () => {
    expect(dropSelfRepairs('城东小学那场的人数，不是85是95')).toBe('城东小学那场的人数，不是85是95');
    expect(dropSelfRepairs('3号那场写错了，是85人')).toBe('3号那场写错了，是85人');
    expect(dropSelfRepairs('来的不是学生是家长')).toBe('来的不是学生是家长');
    expect(dropSelfRepairs('讲座人数不对 85人')).toBe('讲座人数不对 85人');
    expect(dropSelfRepairs('不对，是上周六')).toBe('不对，是上周六');
    expect(dropSelfRepairs('讲座那条人数不对，应该是59人')).toBe('讲座那条人数不对，应该是59人');
  });
  it('is linear on a long run of separators', () => {
    const long = `${'，'.repeat(3000)}不对`;
    expect(dropSelfRepairs(long)).toBe(long);
  });
});

describe('slips of the input method', () => {
  it('fixes activity words and 分 after handed-out things, keeping the length', () => {
    expect(fixInputSlips('科普将座来了五十人')).toBe('科普讲座来了五十人');
    expect(fixInputSlips('发了宣传资料两百分')).toBe('发了宣传资料两百份');
    expect(fixInputSlips('讲了20分钟，得了90分')).toBe('讲了20分钟，得了90分');
    // Speech-to-text: 应道/实道 before a number are 应到/实到; 他应道 (answered) stays.
    expect(fixInputSlips('培训应道32个实道29个')).toBe('培训应到32个实到29个');
    expect(fixInputSlips('他应道：好的')).toBe('他应道：好的');
  });
});

describe('the plan reader uses the one number scanner', () => {
  it('reads exact numbers and leaves 万 after digits to the caller', () => {
    expect(scanPlainNumbers('新建5万株，不少于三百二十人，十几个，千村万户').map((s) => [s.value, s.han])).toEqual([[5, false], [320, true]]);
  });
});
