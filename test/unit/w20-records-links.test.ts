// Issue 16, w20 (helper t2): how many records a message holds, and which plan item a record is linked to. A message
// naming two places, each with its own session ("东坡村那场…西坡村那场…"), tells two events: one count missing is
// asked for, never folded into one record. A day's opening line (date and observance, counting nothing) is the lead of
// the timed lines under it. A sentence going on to another deed for people of its own ("完了…又给…讲了一堂课") is a
// second event. A link resting on weak words (a village and a subject in a table row, a venue of an unnamed 馆, a
// radio show at a fair, a unit's own equipment repaired in a village) is offered, not made; 应急科普 sessions counted
// in 场 are the 减灾 item's own work.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { linkedPaths, OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return { records: r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics })), asked: r.doubts.length > 0 || r.records.some((x) => x.doubts.length > 0) };
};

describe('w20 two places, each with its own session', () => {
  it('one place counted, the other not: asked, not one record', () => {
    const r = read('重阳节那天跑了两个村讲防诈骗 上午东坡村 下午西坡村～东坡村那场来了60人 西坡村那场没顾上数 折页每场发了100份', '2026-10-20');
    expect(r.asked).toBe(true);
  });
  it('two rooms at once, a loose total and one room counted: asked', () => {
    const r = read('九月五号社区在南区和北区两个活动室同时办了垃圾分类讲座，两边加起来八十多人。小王在南区那边，她说南区来了五十个，北区那边我还没去问。', '2026-09-08');
    expect(r.asked).toBe(true);
  });
  it('one place talked of twice is one event', () => {
    const r = read('昨天在东坡村搞了防诈骗讲座，东坡村那边来了60人，东坡村那场反响很好。', '2026-10-20');
    expect(r.asked).toBe(false);
    expect(r.records).toHaveLength(1);
  });
});

describe('w20 a day named on its own line, then its timed lines', () => {
  it('each timed line is a record of that day', () => {
    const r = read('前天 防灾减灾日.\n上午 实验小学 地震疏散演练 920人参加.\n下午 去县广播站 录访谈 1期.', '2026-05-14');
    expect(r.records).toHaveLength(2);
    expect(r.records[0]).toMatchObject({ date: '2026-05-12', headcount: 920 });
    expect(r.records[1]).toMatchObject({ date: '2026-05-12', headcount: null, metrics: { 期: 1 } });
  });
});

describe('w20 another deed for people of its own', () => {
  it('完了…又给…讲了一堂课 after a drill is a second record', () => {
    const r = read('前天是防灾减灾日，我们小学搞了防震疏散演练，全校二十个班八百六十个学生都撤到了操场。完了县应急局的同志又给三十八个老师讲了一堂应急救护课', '2026-05-14');
    expect(r.records).toHaveLength(2);
    expect(r.records[0]).toMatchObject({ date: '2026-05-12', headcount: 860 });
    expect(r.records[1]).toMatchObject({ date: '2026-05-12', headcount: 38 });
  });
  it('handing out leaflets afterwards is the same event', () => {
    const r = read('昨天在广场搞了防震减灾宣传，来了三百多人。完了又给大家发了宣传册五百份', '2026-05-13');
    expect(r.records).toHaveLength(1);
  });
});

describe('w20 weak links are offered, not made', () => {
  it.each([
    // A table row of an association's trainings: a village and a subject, no one sent, no farmers named.
    ['二月份培训情况:\n日期 | 地点 | 内容 | 人数\n2/5 | 黄岭村 | 茶树修剪 | 40\n2/19 | 协会 base | 制茶 hands-on | 25', '2026-02-26', [null, null]],
    // The unit's own equipment repaired in a village, a few growers told how to keep it.
    ['周二到东岗村维修喷灌设备,顺便给9户种植户讲了喷头怎么保养.', '2026-07-09', [null]],
    // A 展厅 of a 馆 the sender does not name, an audience in 人: which 馆 is unknown.
    ['现将我馆3月份社教活动报送如下：\n日期|活动名称|地点|参与人数\n3月7日|陨石标本观察|一楼展厅|60人\n3月21日|地球的故事讲座|报告厅|52人', '2026-04-02', [null, null]],
    // A radio show broadcast from a market fair, experts as its guests: the station's show, not the 下乡 service.
    ['上周六《乡村大喇叭》栏目在河口镇大集做了一场现场直播，请县农技中心三位专家现场答疑，现场群众约两百人，线上收听一千多人。', '2026-03-16', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('w20 links of the same shapes that stay', () => {
  it.each([
    // 应急科普 counted in 场: the 减灾 item's own work.
    ['11月小结. 进社区进学校 应急科普 共7场. 受众 960人次.', '2026-11-30', ['二/（一）/3']],
    // The programme's experts at the fair stay linked.
    ['前天县科协专家服务团在河口镇大集摆摊，给果农答疑，来咨询的农户一百二十多人。', '2026-03-16', ['三/2']],
    // A technician's log naming its 农技协: a village and a technique is the service.
    ['青山镇农技协 7月第2周\n7/6 东岭村 果树病虫害 42人\n7/8 西岭村 专家服务团 农户30户', '2026-07-12', ['三/2', '三/2']],
    // A 科技馆 named: its 展厅 is the museum's.
    ['3月7日县科技馆一楼展厅举办机器人表演，观众约300人次。', '2026-03-09', ['二/（二）/1']],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
