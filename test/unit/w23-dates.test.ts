// Issue 16, w23 follow-ups (dates): 双十一 as a day, weekday lines of a diary written in English under a heading that
// writes its week, a year's total 截至 a day ending there, a writer saying the day was not noted (asked), a table row
// whose day is still to come (asked), a span from a named day 起至 a written day, a named day under a 本周 heading,
// and a weekday beside a written day that disagree.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w23 dates', () => {
  it('双十一 and 双12 are the days they name', () => {
    const [r] = read('双十一那天我们帮合作社搞了一场网店运营培训，来了三十来个社员', '2026-11-20');
    expect(r).toMatchObject({ date: '2026-11-11', headcount: 30, asked: false });
    const [s] = read('双12当天在社区讲了网购防骗，居民四十多人', '2026-12-18');
    expect(s).toMatchObject({ date: '2026-12-12', headcount: 40, asked: false });
  });
  it('English weekday lines under a heading that writes the week are its days', () => {
    const rs = read('Week notes 📅 3/9–3/13\nTue：站里例会（不算）\nThu：村里讲冬小麦追肥 1场，农户 40 人\nFri：小学科学课，学生 55 人', '2026-03-16');
    expect(rs.map((r) => [r.date, r.dateEnd, r.headcount])).toEqual([['2026-03-12', null, 40], ['2026-03-13', null, 55]]);
  });
  it('a year\'s total 截至 a day runs from the year\'s start to that day', () => {
    const [r] = read('关于2026年度农技科普工作的总结：截至11月30日，我站全年共开展科普讲座20场，受众3,000余人次。', '2026-12-05');
    expect(r).toMatchObject({ date: '2026-01-01', dateEnd: '2026-11-30', headcount: 3000 });
  });
  it('a writer who says the day was not noted is asked, not given a guessed day', () => {
    const [r] = read('立冬过后，站里和农技协办了一期果树修剪讲座，来了六十多位果农。哪天办的忘了记，查了再补。', '2026-11-20');
    expect(r).toMatchObject({ asked: true });
    const [s] = read('清明前後，本會請縣農技站專家講茶園管理，茶農四十餘人。具體日子當時沒記，容後查明。', '2026-04-20');
    expect(s).toMatchObject({ asked: true });
  });
  it('a period total whose sessions were not dated one by one is still the period', () => {
    const [r] = read('补报上个月：五月中旬站里办了四场防诈骗讲座，累计约一百二十人次，每场日子没记，只有合计。', '2026-06-03');
    expect(r).toMatchObject({ date: '2026-05-11', dateEnd: '2026-05-20', headcount: 120, asked: false });
  });
  it('a table row whose day is still to be sent is asked about, not given the row above\'s day', () => {
    const rs = read('社区科普周情况表\n序号\t社区\t日期\t形式\t人数\n1\t东门社区\t5月18日\t讲座\t60\n2\t西门社区\t5月19日\t义诊\t80\n3\t南门社区\t（待补）\t展览\t45\n南门社区日期还没报来。', '2026-05-25');
    expect(rs[2]).toMatchObject({ headcount: 45, asked: true });
  });
  it('a span from a named day 起至 a written day', () => {
    const rs = read('本週記事：\n一、立冬之日起至十一月十日，本會辦冬季養殖培訓班，學員二十八名。\n二、昨日於村部放科普電影，村民六十餘人。', '2026-11-13');
    expect(rs[0]).toMatchObject({ date: '2026-11-07', dateEnd: '2026-11-10', headcount: 28 });
  });
  it('a named day under a 本周 heading is that day, not the week', () => {
    const rs = read('本週記事兩則：\n秋分日，本會於村廣場辦農業科普展，觀者約三百人次。\n寒露日（昨日），召集果農座談，與會十五人。', '2026-10-09');
    expect(rs.map((r) => [r.date, r.dateEnd])).toEqual([['2026-09-23', null], ['2026-10-08', null]]);
  });
  it('last week\'s weekday beside a written day that is not that weekday is asked about', () => {
    const [r] = read('补一条: 上周二 11/18 去城关小学 做了 防火 进校园, 学生 300', '2026-11-13');
    expect(r).toMatchObject({ asked: true });
  });
  it('a day to come written beside 明天 is still what comes next, not a slip', () => {
    const [r] = read('昨天父亲节 我们在村里搞了亲子科学小实验 爸爸带娃一共48人 明天6·23还要去中心校 到时候再报', '2026-06-22');
    expect(r).toMatchObject({ date: '2026-06-21', headcount: 48, asked: false });
  });
});

describe('w23 dates: the other solar terms, decimals, states and days without events', () => {
  it('小寒当日, 霜降那天, 白露 are their terms\' days; 下大雪那天 is the weather', () => {
    const [r] = read('小寒当日，本会在村祠堂办冬季养生讲座，村民九十余人。', '2026-01-08');
    expect(r).toMatchObject({ date: '2026-01-05', headcount: 90, asked: false });
    const [s] = read('霜降那天站里请专家讲柑橘防冻，果农五十人。', '2026-10-28');
    expect(s).toMatchObject({ date: '2026-10-23', headcount: 50, asked: false });
    const [t] = read('下大雪那天我们照样在村部讲了防寒保暖，来了三十个老人。昨天补的材料。', '2026-12-18');
    expect(t?.date).not.toBe('2026-12-07');
  });
  it('a decimal before a unit of weight or area is no day (清运垃圾1.2吨)', () => {
    const [r] = read('三月五日学雷锋日，我们组织志愿者40人到河滨公园捡垃圾，游客约一百人参与问答，清运垃圾2.3吨。', '2026-03-10');
    expect(r).toMatchObject({ date: '2026-03-05', asked: false });
  });
  it('a day said to be a state reached (3/15已停暖) is not the event\'s day', () => {
    const [r] = read('补报: 停暖前, 上周四在西城社区讲了节能用暖, 来了大约60个居民, 发手册100本. 3/15已停暖, 全季无投诉.', '2026-03-18');
    expect(r).toMatchObject({ date: '2026-03-12', headcount: 60, asked: false });
  });
  it('a day said to have had no event is not the event\'s day', () => {
    const [r] = read('上周二县科协广场活动, 我们出了节能展板6块, 现场咨询90人次左右. 周四站里设备检修, 无活动.', '2026-05-25');
    expect(r).toMatchObject({ date: '2026-05-19', headcount: 90, asked: false });
  });
});

describe('w23 dates: weeks and earlier times', () => {
  it('周一到周五 right after 补报上周 are last week\'s days', () => {
    const [r] = read('补报上周: 周一到周五入户查燃气, 共走了4个小区260户, 发《安全用气须知》260份.', '2026-11-18');
    expect(r).toMatchObject({ date: '2026-11-09', dateEnd: '2026-11-13', asked: false });
  });
  it('上次 in the event\'s sentence is asked about, whatever period the background names', () => {
    const [r] = read('县科协：\n今年以来农资坑农事件时有发生。我站上次在河口镇举办化肥真假识别讲座，到场农户八十余人，发放资料300份。现补报。', '2026-09-10');
    expect(r).toMatchObject({ asked: true });
  });
});
