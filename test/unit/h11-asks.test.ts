// Asking less where the words decide (issue 16), from the eleventh holdout's asked cases (each rewritten in our own
// words first):
// - helpers named by an English word after the people ("大学生volunteer") are staff, not a second audience;
// - "X志愿者和Y志愿者共N人": a total of helpers only, whatever words say which helpers;
// - a letter's last line, a sender's name and a day, is when it was written, not when the event was;
// - an exhibition's opening and closing days ("开展到…撤展") are its span.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h11 asking less', () => {
  it('people named with an English helper word after them are staff', () => {
    const [r] = read('5/12 防诈骗讲座 for 社区老人，attendance 52人，有4个大学生volunteer过来帮忙', '2026-05-14');
    expect(r).toMatchObject({ date: '2026-05-12', headcount: 52, unit: '人', asked: false });
    expect(Object.values(r!.metrics)).toContain(4);
  });
  it('two kinds of helpers totalled together are staff, not added to who came', () => {
    const [r] = read('区妇联：8月3日至6日在东湖小学举办“小小发明家”研学营。本次研学营共有来自5个社区的困境儿童41名参加，“银龄”志愿者和大学生志愿者共11人全程陪同。', '2026-08-10');
    expect(r).toMatchObject({ date: '2026-08-03', dateEnd: '2026-08-06', headcount: 41, asked: false });
    expect(Object.values(r!.metrics)).toContain(11);
  });
  it('the day on a letter\'s sign-off line is when it was written', () => {
    const [r] = read('尊敬的区科协领导：\n10月21日，市科普大篷车开进了偏远的龙潭乡中心校，区老科协派出3名讲解员参与讲解。据学校统计，当天师生和附近村民共640人次参观了展品。\n区老科协 10月27日', '2026-10-30');
    expect(r).toMatchObject({ date: '2026-10-21', headcount: 640, unit: '人次', asked: false });
  });
  it('an exhibition that opened on one day and was taken down on another spans them', () => {
    const [r] = read('图书馆这边报一下：五一期间我们在二楼大厅办的“太空探索”科普展，4月30日开展到5月6日撤展，七天累计接待读者2100余人次。展览用了科协的展板18块。', '2026-05-10');
    expect(r).toMatchObject({ date: '2026-04-30', dateEnd: '2026-05-06', headcount: 2100, unit: '人次', asked: false });
  });
});

describe('h11 plan topics', () => {
  it('a museum visited as one stop of a camp held elsewhere is not the museum\'s own visitors', async () => {
    const { topicsOf } = await import('../../src/core/activities/link-topics.js');
    const camp = '8月3日至6日在东湖小学举办研学营，营员们参观了县科技馆和湿地公园，动手做了水火箭，共41名儿童参加。';
    expect(topicsOf(camp).join(' ')).not.toContain('科技馆接待');
    expect(topicsOf('8月3日县科技馆接待研学团队参观，共41名儿童。').join(' ')).toContain('科技馆接待');
  });
});

describe('h11 asking properly', () => {
  const reading = (text: string, today: string) => readReport(text, today, { observances: OBSERVANCES });
  it('a report that asks which of its counts to give (in English) is read and asked back, nothing stored', () => {
    const r = reading('9/3那天馆里搞了场livestream，后台显示观看人数3.4万，但peak同时在线才1100左右，到底要报哪个number？', '2026-09-05');
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records.some((x) => x.doubts.length > 0) || r.doubts.length > 0).toBe(true);
  });
  it('two bare counts and "按哪个报" are asked about, and a closing day ahead is not the event\'s', () => {
    const r = reading('10月16日“星空之下”天文摄影展开幕式，人数我们统计的是180，站长说算上晚上的散客要报260，按哪个报？展览开到11月20日。', '2026-10-20');
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records.map((x) => x.date)).toEqual(['2026-10-16']);
    expect(r.records.every((x) => x.headcount === null && x.doubts.length > 0)).toBe(true);
  });
});

describe('h11 asking less, more', () => {
  it('a service line\'s number glued to its centre\'s name is no figure', () => {
    const [r] = read('4.16世界嗓音日当天，我院举办开放日活动，邀请城南中学师生45人走进医院，参观了12320健康热线中心和急救指挥中心。', '2026-04-20');
    expect(r).toMatchObject({ date: '2026-04-16', headcount: 45, asked: false });
  });
  it('a dotted day after a comma is the day; a stall set up is an event', () => {
    const [r] = read('农技周我们也跟着热闹一下，5.18在站门口摆了摊，围观的村民120人。', '2026-05-20');
    expect(r).toMatchObject({ date: '2026-05-18', headcount: 120, asked: false });
  });
});

describe('h11 form lines', () => {
  it('a form line naming a thing counts that thing, whatever the next line names', () => {
    const [r] = read('活动报表\n活动名称：校园科技节\n时间：2026年10月12日\n地点：城东小学\n参与学生：640名\n辅导教师：11名\n科学实验项目：9个\n填报人：教导处 王', '2026-10-14');
    expect(r).toMatchObject({ date: '2026-10-12', headcount: 640, asked: false });
    expect(r!.metrics['个']).toBe(9);
  });
});
