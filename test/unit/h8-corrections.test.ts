// Corrections the eighth holdout missed or applied wrong, each as a general rule with sentences of our own: a clause
// that only says which field is wrong ("时间搞错了，", "人数") before "不是X，是Y"; an end day said as "到…才结束的";
// a title word swapped after "X标题错了"; a helper figure named by its people ("指导老师是6个"); and "算X那条任务的"
// before "别挂到Y下面" moves the record to X rather than only unlinking it.
import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: 'the field said wrong, then 不是 weekday，是 last weekday',
    today: '2026-05-20',
    before: ['5月16日（周六）城关镇防汛应急演练，居民120人', '今天白马乡茶叶种植培训，农户60人'],
    text: '演练那个时间搞错了，不是周六，是上周日搞的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-05-17' },
  },
  {
    id: 'the field named before 不是N，是 a Chinese numeral',
    today: '2026-06-10',
    before: ['6月9日青石镇水稻病虫害防治培训，农户80人', '6月9日青石镇科普画廊更新，更新展板10块'],
    text: '水稻那次人数不是80，是九十六人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 96 },
  },
  {
    id: 'a span whose end is said as 到…才结束的',
    today: '2026-09-05',
    before: ['县科技馆暑期开放接待情况：7月10日至8月30日，累计接待约5000人次', '9月2日城关镇秋季防火宣传，居民90人'],
    text: '暑期开放是到8月31号才结束的，不是30号',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-08-31' },
  },
  {
    id: 'a title word swapped after X标题错了',
    today: '2026-05-12',
    before: ['5月8日城关镇应急救护讲座，居民70人', '5月11日县二中校园机器人竞赛，参赛学生120人'],
    text: '竞赛的标题错了，是无人机不是机器人',
    expect: 'apply',
    target: 1,
    changes: { titleIncludes: '无人机' },
  },
  {
    id: 'a helper figure named by its people, counted with 个',
    today: '2026-04-09',
    before: ['4月7日城关镇健康知识讲座，居民80人', '4月8日县实验小学科学实验课，学生60人，指导老师4人'],
    thread: 1,
    text: '指导老师是6个，我数漏了',
    expect: 'apply',
    target: 1,
    changes: { metrics: { '人(指导老师)': 6 } },
  },
  {
    id: 'moved to the item named, not only unlinked from the one refused',
    today: '2026-11-21',
    before: ['11月18日城关镇东街社区科普示范社区创建验收，居民代表40人', '11月19日县科技馆科普日主题开放，参观300人次'],
    thread: 0,
    text: '这个算科普示范社区那条任务的，别挂到科普日下面',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（二）/2' },
  },
];

describe('h8 corrections (our own sentences)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o.changedWrong, o.note).toBe(false);
    expect(o.right, o.note).toBe(true);
  }, 60_000);

  it('reads a lead clause naming the wrong field as no part of the new value', () => {
    expect(readCorrection('培训那个日子弄错了，不是周二，是上周三办的', '2026-05-20')).toMatchObject({ field: 'date', value: '2026-05-13', ref: { words: '培训' } });
    expect(readCorrection('讲座那场人数不是60，是七十二人', '2026-05-20')).toMatchObject({ field: 'headcount', value: 72, old: 60 });
  });

  it('reads the words before 标题 as the record, unless they name none', () => {
    expect(readCorrection('培训标题错了，是茶叶不是水稻', '2026-05-12')).toMatchObject({ field: 'title', value: '茶叶', old: '水稻', ref: { words: '培训' } });
    expect(readCorrection('活动名称错了，是茶叶不是水稻', '2026-05-12')).toMatchObject({ field: 'title', value: '茶叶', old: '水稻', ref: {} });
  });

  it('reads 到…才结束 as the end of the span', () => {
    expect(readCorrection('展览是到10月8号才撤的，不是5号', '2026-10-20')).toMatchObject({ field: 'date', value: '2026-10-08', end: true });
  });

  it('reads a helper figure by its people, not a record named by them', () => {
    const c = readCorrection('志愿者是12个，我数漏了', '2026-04-09');
    expect(c).toMatchObject({ field: 'metric', unit: '人(志愿者)', value: 12 });
    expect(c?.ref.words).toBeUndefined();
  });

  it('reads 算X那条任务的 before an unlink as a link to X', () => {
    expect(readCorrection('这条算科技馆展品更新那项工作的，别挂到科普日下面', '2026-11-21')).toMatchObject({ field: 'item', words: '科技馆展品更新' });
  });
});
