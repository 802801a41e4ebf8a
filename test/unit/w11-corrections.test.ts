// Corrections the w11 blind set missed or applied to the wrong field, each as a general rule with sentences of our
// own: a figure "其实发了…，之前少报了" (no 是, no 应为) is the new value; "重新核了一下，N人" sets the count re-checked;
// a message that opens on the old figure ("960那个不对，是…") is a correction, not a report; "N是上个月的" says where
// the old figure came from, not a new date; "标题搞错了，不是A，是B" renames; "这个算科普日的" links the plan item.
import { describe, expect, it } from 'vitest';
import { swapWord } from '../../src/core/activities/correct-activity.js';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: 'metric said with 其实发了 and a reason (少报)',
    today: '2026-03-05',
    before: ['3月2日青石镇南村科普讲座，村民80人，发放资料150份', '昨天城关镇果树修剪培训，农户45人，发放资料100份'],
    text: '南村那次资料其实发了180份，上次报少了',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 180 } },
  },
  {
    id: 'a later clause "N是上个月的" names the old figure, not a new date',
    today: '2026-06-08',
    before: ['6月3日城关镇蔬菜种植科技下乡，群众50人，服务25户', '6月4日白马乡夏季防溺水讲座，学生90人'],
    text: '科技下乡那场服务的农户是30户，25是上个月的',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 户: 30 } },
  },
  {
    id: 're-checked count: 重新数了一下, then the figure',
    today: '2026-04-23',
    before: ['4月21日城关镇世界读书日科普讲座，居民150人', '4月21日白马乡世界读书日科普讲座，居民70人左右'],
    text: '城关镇那场重新数了一下，160人左右',
    expect: 'apply',
    target: 0,
    changes: { headcount: 160 },
  },
  {
    id: 're-checked count naming two records alike: asked',
    today: '2026-04-23',
    before: ['4月20日白马乡果树培训，农户50人', '4月21日白马乡蔬菜培训，农户60人'],
    text: '白马乡那场重新核了一下，55人',
    expect: 'ask',
    target: null,
    changes: {},
  },
  {
    id: 'the record named by its old figure, then 不对，是…',
    today: '2026-08-04',
    before: ['科技馆6月接待参观2350人次', '科技馆7月接待参观3120人次'],
    text: '2350那个不对，是2530人次，中间两个数写颠倒了',
    expect: 'apply',
    target: 0,
    changes: { headcount: 2530, headcountUnit: '人次' },
  },
  {
    id: 'title: 标题弄错了，不是A，是B',
    today: '2026-07-14',
    before: ['7月12日城关镇暑期禁毒科普讲座，学生200人', '7月10日城关镇暑期科技夏令营，学生40人'],
    text: '12号那场标题弄错了，不是禁毒，是防溺水安全讲座',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '防溺水' },
  },
  {
    id: 'a thread reply 这条算科技活动周的 links the item as well as the category',
    today: '2026-06-03',
    before: ['6月1日实验小学航模科普讲座，学生200人', '昨天城关镇敬老院健康讲座，老人40人'],
    thread: 0,
    text: '这条算科技活动周的',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（一）/1' },
  },
];

describe('w11 corrections (our own sentences)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o.changedWrong, o.note).toBe(false);
    expect(o.right, o.note).toBe(true);
  }, 60_000);

  it('reads "N是上个月的" after the new figure as the old figure', () => {
    const c = readCorrection('下乡那场服务的农户是30户，25是上个月的', '2026-06-08');
    expect(c).toMatchObject({ field: 'metric', unit: '户', value: 30, old: 25, ref: { words: '下乡' } });
  });

  it('reads a title swap after the field word 标题', () => {
    const c = readCorrection('12号那场标题弄错了，不是禁毒，是防溺水安全讲座', '2026-07-14');
    expect(c).toMatchObject({ field: 'title', old: '禁毒', value: '防溺水安全讲座' });
  });
});

describe('a title word swapped', () => {
  it('says the kind the title ends on once', () => {
    expect(swapWord('白马乡暑期禁毒科普讲座', '禁毒', '防溺水安全讲座')).toBe('白马乡暑期防溺水安全科普讲座');
    expect(swapWord('白马乡禁毒讲座', '禁毒讲座', '防溺水安全讲座')).toBe('白马乡防溺水安全讲座');
  });
});
