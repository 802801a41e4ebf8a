// How follow-ups are read: the record they name, the field and the value (cases met in the blind corrections set).
import { describe, expect, it } from 'vitest';
import { readBareValue, readCorrection, readFigureClause } from '../../src/core/understanding/read-correction.js';

const TODAY = '2026-11-23';

describe('readCorrection', () => {
  it.each([
    ['不对不对，参观科技馆的是65人', { field: 'headcount', value: 65, ref: { words: '参观科技馆' } }],
    ['结束日期改成11月14日，15号那天闭馆', { field: 'date', value: '2026-11-14', end: true, ref: {} }],
    ['展板是25块，不是20', { field: 'metric', unit: '块', value: 25, old: 20 }],
    ['是73条，后面又交上来一批', { field: 'metric', unit: '条', value: 73 }],
    ['75那个应该是78', { field: 'number', value: 78, old: 75, ref: { words: '75' } }],
    ['sorry, the first one should be 165 not 156', { field: 'number', value: 165, old: 156, ref: { ordinal: 0 } }],
    ['不是展览是竞赛，小制作竞赛，展品都是参赛作品', { field: 'title', value: '竞赛', old: '展览' }],
    ['第二条不是讲座，是科普知识竞赛', { field: 'title', value: '科普知识竞赛', old: '讲座', ref: { ordinal: 1 } }],
    ['写成培训了，不对，是职工技能竞赛（技能比武），人数没错', { field: 'title', value: '职工技能竞赛', old: '培训' }],
    ['这个应该算国际减灾日的宣传，讲的是地震避险', { field: 'item', words: '国际减灾日的宣传' }],
    ['是去年的', { field: 'year', year: 2025 }],
    // The kind after 那个/那场 names the record along with the words before it (issue 16).
    ['5号那个讲座实际来了96人', { field: 'headcount', value: 96, ref: { words: '5号', kind: '讲座' } }],
    ['那场培训人数应为85人', { field: 'headcount', value: 85, ref: { kind: '培训' } }],
    ['展览延到19号才撤的，结束日期改一下', { field: 'date', value: '2026-11-19', end: true, ref: { kind: '展览' } }],
    ['这条不要挂全委会那项', { field: 'item', none: true }],
    ['第一条别挂科技活动周了，挂到科技馆接待参观那一项', { field: 'item', words: '科技馆接待参观那一项', ref: { ordinal: 0 } }],
    ['开的其实是常委会', { field: 'title', value: '常委会' }],
    ['日期是11月5日', { field: 'date', value: '2026-11-05' }],
    ['写错了，应该是56人', { field: 'headcount', value: 56, ref: {} }],
  ])('%s', (text, want) => {
    expect(readCorrection(text, TODAY)).toMatchObject(want);
  });

  it('a figure after a few words is a correction only if those words name a record (soft)', () => {
    expect(readCorrection('参观科技馆的是65人', TODAY)).toMatchObject({ soft: true, ref: { words: '参观科技馆' } });
    expect(readCorrection('这个月有什么要做的', TODAY)).toBeUndefined();
  });

  it('a long message whose 应该是 opens no value is a report, not a correction (issue 16, holdout 6 sa-r025)', () => {
    expect(readCorrection('那个防汛避险的宣传 原来说的下周搞 后来镇上说提前 应该是搞了 我听小李说来了一百多人', TODAY)).toBeUndefined();
    expect(readCorrection('那个讲座人数应该是 85人', TODAY)).toMatchObject({ field: 'headcount', value: 85 });
  });
});

describe('readCorrection: one record of several, and how a slip happened', () => {
  it.each(['刚才发的有一条日期不对', '刚才报的里有一条人数写错了', '刚才的有一个数字不对'])('%s names no record: unnamed, and "一条" is no new figure', (text) => {
    const c = readCorrection(text, TODAY);
    expect(c?.ref.unnamed).toBe(true);
    expect(c?.field).not.toBe('metric');
  });

  it.each([
    ['不对，白马那场资料发了1900份，少打了个1', 1900, '份'],
    ['更正：讲座那条是360人，多写了个0', 360, undefined],
  ])('%s: the figure stated is the new value; how the slip happened is an aside', (text, value, unit) => {
    const c = readCorrection(text, TODAY);
    expect(c).toMatchObject(unit ? { field: 'metric', unit, value } : { field: 'headcount', value });
  });

  it('a slip explained with no figure stated is still asked', () => {
    expect(readCorrection('人数多写了一个0', TODAY)?.field).toBe('unclear');
  });

  it.each(['人数不对', '日期好像有问题'])('%s says which field is wrong, not its value: asked', (text) => {
    expect(readCorrection(text, TODAY)?.field).toBe('unclear');
  });

  it('"有两条记反了" names no record: unnamed', () => {
    expect(readCorrection('有两条记反了', TODAY)?.ref.unnamed).toBe(true);
  });
});

describe('readBareValue', () => {
  it.each([
    ['120人', { field: 'headcount', value: 120 }],
    ['约120人次', { field: 'headcount', value: 120, unit: '人次', approximate: true }],
    ['改成周四', { field: 'date', value: '2026-11-19' }],
    ['300份资料', { field: 'metric', unit: '份', value: 300 }],
  ])('%s', (text, want) => expect(readBareValue(text, TODAY)).toMatchObject(want));

  it.each(['刚才那条人数应为85人', '今天来了120人', '城东小学那场的人数应为130人'])('%s is more than a value', (text) => {
    expect(readBareValue(text, TODAY)).toBeUndefined();
  });
});

describe('readCorrection: which figure a fix sets (blind set w9)', () => {
  it.each([
    // The message names the headcount; 个 counts its people.
    ['刚才那条人数打反了，是64个', { field: 'headcount', value: 64, unit: '人' }],
    // Helpers are a labelled figure, not the participants.
    ['应该是志愿者20人', { field: 'metric', unit: '人(志愿者)', value: 20 }],
    // The unit was wrong, the number right: the number names the record, the headcount keeps it.
    ['150是人次哈，不是150个人，好多人找了好几个专家咨询', { field: 'headcount', value: null, unit: '人次', old: 150 }],
    ['不是200人，是200人次', { field: 'headcount', value: null, unit: '人次', old: 200 }],
    ['这个应该是75人，后面又来了几个没签到的', { field: 'headcount', value: 75, unit: '人' }],
  ])('%s', (text, want) => {
    expect(readCorrection(text, TODAY)).toMatchObject(want);
  });

  it('a different number in the other unit is no unit swap', () => {
    expect(readCorrection('不是200人，是250人次', TODAY)).toMatchObject({ field: 'headcount', value: 250, unit: '人次' });
  });

  it.each([
    ['服务群众180人', { field: 'headcount', value: 180 }],
    ['志愿者20人', { field: 'metric', unit: '人(志愿者)', value: 20 }],
    ['资料300份', { field: 'metric', unit: '份', value: 300 }],
  ])('a later clause %s is one figure and who it counts', (text, want) => {
    expect(readFigureClause(text, TODAY)).toMatchObject(want);
  });

  it.each(['那场180人', '5号180人', '城关镇冬季果树修剪培训180人'])('%s names a record or a date: not a bare figure clause', (text) => {
    expect(readFigureClause(text, TODAY)).toBeUndefined();
  });
  it.each([
    ['刚核对完，准确是187人', 187],
    ['统计出来了，确切数字是64人', 64],
  ])('an exact count given after the fact (%s) corrects the headcount', (text, value) => {
    expect(readCorrection(text, TODAY)).toMatchObject({ field: 'headcount', value });
  });
  it('a count named by its unit ("户数是45") with a slip explained sets that unit', () => {
    expect(readCorrection('入户那条，户数是45，少打了个4', TODAY)).toMatchObject({ field: 'metric', unit: '户', value: 45 });
  });
  it('"on the 12th, not the 11th" keeps the old day, to find the record', () => {
    expect(readCorrection('sorry, the talk was on the 12th, not the 11th', TODAY)).toMatchObject({ field: 'date', old: expect.stringMatching(/-11$/u) });
  });
  it('"那场实际来了88人" is the headcount, not a new report', () => {
    expect(readCorrection('8号那场培训实际来了88人', TODAY)).toMatchObject({ field: 'headcount', value: 88 });
  });
  it('"延到21号才闭幕的，结束日期改一下" sets the end date only', () => {
    expect(readCorrection('书画展延到21号才闭幕的，结束日期改一下', TODAY)).toMatchObject({ field: 'date', end: true, value: expect.stringMatching(/-21$/u) });
  });
});
