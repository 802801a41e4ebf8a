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
