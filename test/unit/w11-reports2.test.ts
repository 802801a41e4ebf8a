// Report misses of the w11 set, each fixed by a general rule: two figures of one unit are both kept with what each
// counts, a day span written "19-21号" is the span, "4号人最多" is a remark on a day, a link made only by a date inside an
// observance's window is offered, two days each with figures of their own are two events, and a part of the audience
// counted in 户 is no figure of its own.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { linkedPaths, OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });
const records = (text: string, today: string) => {
  const r = read(text, today);
  expect(r.kind).toBe('activity');
  return r.kind === 'activity' ? r : { records: [], doubts: [] };
};

describe('two figures of one unit', () => {
  it.each([
    ['6月10日发的《科普小课堂·夏季防溺水》短视频数据：抖音播放12.6万次，视频号3.4万次。', '2026-06-12', { '次(抖音播放)': 126000, '次(视频号)': 34000 }],
    ['昨天推送的防诈骗科普文章，公众号阅读2100次，微博转发380次', '2026-06-12', { '次(公众号阅读)': 2100, '次(微博转发)': 380 }],
  ])('%s: keeps both, each with what it counts', (text, today, metrics) => {
    const r = records(text, today);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.metrics).toMatchObject(metrics);
    expect(r.records[0]!.flags.some((f) => f.includes('未计入'))).toBe(false);
  });

  it('asks when the second names nothing of its own', () => {
    const r = records('今天科普大篷车进村，发放资料300份，后来又补发了200份，群众来了80人', '2026-06-12');
    const rec = r.records[0]!;
    const kept = Object.values(rec.metrics).filter((v) => v === 300 || v === 200).length;
    expect(kept === 2 || rec.doubts.some((d) => d.field === 'metrics' && d.question.includes('200份'))).toBe(true);
  });
});

describe('a span of days written once with 号', () => {
  it.each([
    ['端午三天假（19-21号）馆里一共来了4千出头，线上VR展厅那边后台显示访问2.1万人次。', '2026-06-23', ['2026-06-19', '2026-06-21']],
    ['上周（8到10号）科普图书漂流活动，借阅的读者160人', '2026-06-16', ['2026-06-08', '2026-06-10']],
    ['12-14日科技馆暑期夏令营，营员45人', '2026-07-20', ['2026-07-12', '2026-07-14']],
  ])('%s', (text, today, [start, end]) => {
    const r = records(text, today);
    expect(r.records.map((x) => [x.date, x.dateEnd])).toEqual([[start, end]]);
  });
});

describe('a remark on one day of a span', () => {
  it.each([
    ['清明小长假三天（4号到6号）馆里接待了大概2300多人次，4号人最多，讲解员嗓子都哑了😂', '2026-04-07', 2300],
    ['国庆七天（1号到7号）科技馆共接待观众8600人次，3号人最多，排队排到门口', '2026-10-09', 8600],
  ])('%s: one record', (text, today, headcount) => {
    const r = records(text, today);
    expect(r.records.map((x) => x.headcount)).toEqual([headcount]);
  });
});

describe('a link only by an observance window', () => {
  it('offers, not links, a row that names nothing of the item', async () => {
    const text = '5月份科普讲座统计（直接从表格粘的，格式有点乱）\n日期\t主题\t现场(人)\t线上(人次)\n5月9日\t科学育儿那些事\t75\t620\n5月20日\t科技活动周·身边的材料科学\t132\t1870\n5月30日\t植物标本制作\t56\t—';
    const paths = await linkedPaths(text, '2026-06-02');
    expect(paths[1]).toBe('二/（一）/1');
    expect(paths[2]).toBe(null);
  });
});

describe('two days each with figures of their own', () => {
  it.each([
    ['报告：三楼新展区布展昨天全部完成，更新展品23件，新装互动屏4块。今天上午试开放，接待了市里来检查的同志和两个班学生，约90人。', '2026-03-20', [['2026-03-19', null], ['2026-03-20', 90]]],
    ['科普长廊昨天装好了，新换展板30块。今天组织社区居民参观，来了60多人。', '2026-05-12', [['2026-05-11', null], ['2026-05-12', 60]]],
  ])('%s: two records, or a question', (text, today, expected) => {
    const r = records(text, today);
    if (r.doubts.some((d) => d.field === 'kind')) return;
    expect(r.records.map((x) => [x.date, x.headcount])).toEqual(expected);
  });
});

describe('a part of the audience counted in 户', () => {
  it.each([
    ['站长这边报一下哈，今天上午在王家坝村搞了个柑橘高接换种现场会，老乡来了百把人，还有十几户是专门从隔壁村赶过来看的，热闹得很', 100],
    ['今天在李庄搞了个大棚蔬菜病虫害防治现场会，来了七八十人，其中二十来户是从邻村赶过来的', 70],
  ])('%s: the headcount only', (text, headcount) => {
    const r = records(text, '2026-03-20');
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.headcount).toBe(headcount);
    expect(r.records[0]!.approximate).toBe(true);
    expect(r.records[0]!.metrics['户']).toBeUndefined();
  });
});

describe('what the rules leave alone', () => {
  it('reads 号人 as people when no day is compared', () => {
    expect(records('今天村里搞了个防诈骗宣传，来了30号人', '2026-03-20').records.map((x) => x.headcount)).toEqual([30]);
  });

  it('reads rooms numbered 3-5号楼 as no span of days', () => {
    const r = records('今天在3-5号楼开展燃气安全入户宣传，走访居民120人', '2026-03-20');
    expect(r.records.map((x) => [x.date, x.dateEnd])).toEqual([['2026-03-20', null]]);
  });

  it('keeps one event when the later sentence totals both days', () => {
    const r = records('科普展昨天开幕，来了200多人。今天闭幕，两天共计接待500人。', '2026-03-20');
    expect(r.records).toHaveLength(1);
  });

  it('keeps a repeated figure in brackets, or a part of the first, out of the questions', () => {
    const r = records('跟你报一下十一月份我们街道一共搞了六场科普讲座，加起来大概四百人，其中两场是讲防诈骗的', '2026-12-02');
    expect(r.records.flatMap((x) => x.doubts).filter((d) => d.field === 'metrics')).toEqual([]);
  });
});
