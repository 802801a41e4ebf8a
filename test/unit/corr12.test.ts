// Corrections the w12 blind set missed or applied to the wrong record, each as a general rule with sentences of our
// own: "人数报多了，实到N个" sets the headcount; a greeting ("您好，…") names no record; "补充：大集那天还发了…"
// and "5号青石镇那场补充一下：…" add to the record they name; "the 城关中学 talk 应该是…" and "btw 大篷车那个…"
// name their record by the Chinese words among the English; "廿一日" is the 21st.
import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { findMessageDates } from '../../src/core/understanding/message-dates.js';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: 'a thread reply: 人数写多了，实到N个 (个 counts the people the message names)',
    today: '2026-05-08',
    before: ['5月6日城关镇防震减灾演练一场，居民和学生参加120人', '5月7日白马乡中学科学实验课，学生90人'],
    thread: 0,
    text: '这条人数写多了，实到96个，有二十来个临时有事没来',
    expect: 'apply',
    target: 0,
    changes: { headcount: 96 },
  },
  {
    id: 'a greeting before the words that name the record',
    today: '2026-06-06',
    before: ['6月2日县妇幼保健院在城关镇开展孕期保健讲座，听众60人，发放宣传折页150份', '6月4日县妇幼保健院在住院部一楼开展母乳喂养宣传1场，听众40人，发放宣传手册200份', '6月5日我院医生到青石镇卫生院开展儿童保健培训，学员30人'],
    text: '你好，住院部一楼那次的宣传手册实际发了260份，之前漏统计了60份，麻烦改一下，谢谢',
    expect: 'apply',
    target: 1,
    changes: { metrics: { 份: 260 } },
  },
  {
    id: '补充：<kind>那天还发了… adds to the record of that kind, not the latest',
    today: '2026-10-14',
    before: ['10月10日青石镇科普大集，赶集群众300人左右，发放资料800份', '10月12日青石镇中学科普讲座一场，学生200人'],
    text: '补充：大集那天还现场发了防诈骗宣传册150本',
    expect: 'add',
    target: 0,
    changes: { metrics: { 本: 150 } },
  },
  {
    id: 'English around the Chinese words that name the record',
    today: '2026-05-21',
    before: ['5/18 科技活动周 lecture at 城关中学，320 students attended，1场', '5/20 科技活动周 lecture at 青石镇, 150 ppl, 1场'],
    text: 'oops!! the 城关中学 talk 应该是 230 students, I mixed up the digits',
    expect: 'apply',
    target: 0,
    changes: { headcount: 230 },
  },
  {
    id: 'an English aside before the record named: the unit of its figure swapped (人次 not 人)',
    today: '2026-03-16',
    before: ['3月10日科技馆 robot show，小朋友 90 人', '3月12-13日科普大篷车进青石镇中学，参观学生450人', '3月14日科技馆 weekend maker class，亲子共60人'],
    text: 'btw 大篷车那个 450 是人次 not 人，两天重复算的',
    expect: 'apply',
    target: 1,
    changes: { headcountUnit: '人次' },
  },
  {
    id: '<day><place>那场补充一下：… adds to that record, never logs a new one',
    today: '2026-07-10',
    before: ['7月2日我院在城关镇开展夏季饮食安全讲座，群众约100人，发放资料300份', '7月5日我院在青石镇开展中老年防跌倒科普讲座，老人60人', '7月8日我院在白马乡开展儿童急救培训，家长和孩子共50人'],
    text: '5号青石镇那场补充一下：现场还发了防跌倒宣传卡80张',
    expect: 'add',
    target: 1,
    changes: { metrics: { 张: 80 } },
  },
  {
    id: '廿一日 names the 21st (traditional script, linked to an item)',
    today: '2026-10-27',
    before: ['10月21日老科協組織退休教師座談會，到會三十人，收集建議五條', '10月23日老科協在白馬鄉舉辦冬季防火講座，聽眾八十人'],
    text: '廿一日退休教師座談會那條，麻煩歸到建言獻策那一項裏。',
    expect: 'apply',
    target: 0,
    changes: { item: '一/3' },
  },
];

describe('w12 corrections (our own sentences)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o.changedWrong, o.note).toBe(false);
    expect(o.right, o.note).toBe(true);
  }, 60_000);

  it('reads 廿 and 卅 as twenty and thirty in a day of the month', () => {
    expect(findMessageDates('廿二日座谈会', '2026-10-26').hits[0]?.date).toBe('2026-10-22');
    expect(findMessageDates('10月廿八日', '2026-11-02').hits[0]?.date).toBe('2026-10-28');
    expect(findMessageDates('卅号那场', '2026-10-31').hits[0]?.date).toBe('2026-10-30');
  });

  it('keeps the words before a slip that name the record, and the field it names', () => {
    expect(readCorrection('讲座那条人数报多了，实到68人', '2026-06-25')).toMatchObject({ field: 'headcount', value: 68, ref: { words: '讲座' } });
    expect(readCorrection('讲座人数报多了，实到68人', '2026-06-25')).toMatchObject({ field: 'headcount', value: 68, ref: { words: '讲座' } });
    expect(readCorrection('人数报多了，实到68个', '2026-06-25')).toMatchObject({ field: 'headcount', value: 68 });
  });

  it('reads the Chinese words among English ones before the new value as the record named', () => {
    expect(readCorrection('the 5/12 白马乡 one should be 160 people', '2026-05-14')).toMatchObject({ field: 'headcount', value: 160, ref: { words: '5/12 白马乡' } });
    expect(readCorrection('so the 科技馆 workshop 应该是 45 kids', '2026-05-14')).toMatchObject({ field: 'headcount', value: 45, ref: { words: '科技馆' } });
  });

  it('drops a greeting from the words that name the record', () => {
    const c = readCorrection('您好，礼堂那次的折页实际发了500份，麻烦更正一下', '2026-05-15');
    expect(c).toMatchObject({ field: 'metric', unit: '份', value: 500, ref: { words: '礼堂' } });
  });
});
