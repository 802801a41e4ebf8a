// w11 blind set misses (sentences of our own in the same shapes): which count of people is the headcount, which
// counts are figures of their own, and which are asked about.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const one = (text: string, today = '2026-06-10'): ReadRecord => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records[0]!;
};
const peopleFigures = (r: ReadRecord): number[] => Object.entries(r.metrics).filter(([k]) => k.startsWith('人')).map(([, v]) => v).sort((a, b) => a - b);
const asked = (r: ReadRecord): string => r.doubts.map((d) => d.question).join('');

describe('on site and online', () => {
  it('an online count told in a clause of its own after the on-site one is a figure beside it', () => {
    const r = one('6月8日下午请市疾控专家来校作报告，初三学生800余人在礼堂现场聆听，同时开通网络直播，家长观看2100人次。');
    expect(r.headcount).toBe(800);
    expect(peopleFigures(r)).toEqual([2100]);
  });
  it('in English, the online count after its number', () => {
    const r = one('We hosted the 青少年 robotics forum on June 6th: 54 students attended, and our livestream had 1,900 人次 online.');
    expect(r.headcount).toBe(54);
    expect(peopleFigures(r)).toEqual([1900]);
  });
  it('the on-site families and people beside a stream count', () => {
    const r = one('6月6日我馆举办亲子科学实验秀，现场参与亲子家庭40组、约110人，视频号直播在线观看3300人次。');
    expect(r.headcount).toBe(110);
    expect(peopleFigures(r)).toEqual([3300]);
  });
});

describe('who came, beside who signed up', () => {
  it('實際入園 is who came, in traditional characters too', () => {
    const r = one('端午科普嘉年華（6月1日，縣科技館）：報名300人，實際入園約350人次，志願者18人。');
    expect(r.headcount).toBe(350);
    expect(r.headcountUnit).toBe('人次');
    expect(peopleFigures(r)).toEqual([18]);
  });
  it('a booking count (预约) is not kept once who came is known', () => {
    const r = one('6/6 Sat 我们实验室 open day，线上预约 120人，actual 到场 97人，公司 volunteers 9人 做讲解。');
    expect(r.headcount).toBe(97);
    expect(peopleFigures(r)).toEqual([9]);
  });
});

describe('a part of the participants', () => {
  it('"其中…的60人" is a part of the headcount, not a figure of its own', () => {
    const r = one('本周二到县棉纺厂开展消防演练，员工参加210人，其中上台演示逃生的30人，发放手册200本。');
    expect(r.headcount).toBe(210);
    expect(peopleFigures(r)).toEqual([]);
  });
  it('"其中儿童三百余人" in traditional characters', () => {
    const r = one('昨日消防站開放日，市民參觀約900人次，其中兒童兩百餘人，發放宣傳單1500份。');
    expect(r.headcount).toBe(900);
    expect(peopleFigures(r)).toEqual([]);
  });
  it('a total that holds the volunteers is asked: with or without them', () => {
    const r = one('周六我们志愿者去了敬老院陪老人做手工，一共50个人，其中志愿者15个。');
    expect(asked(r)).toMatch(/15/u);
    const s = one('今天团县委在广场搞科普宣传，志愿者加上来咨询的群众一共三百多人，挺热闹的');
    expect(asked(s)).not.toBe('');
  });
});

describe('names and people in few words', () => {
  it('"Grade 7" is a name, not a count', () => {
    const r = one('Yesterday we ran a soil workshop for 36 Grade 8 students, with 2 teachers and 4 parent volunteers helping out.');
    expect(r.headcount).toBe(36);
  });
  it('"八十多个种菜的": a count of 个 before a verb made a noun by 的 counts people', () => {
    const r = one('上礼拜三县里专家团来俺们乡了，在农技站讲果树过冬，来了六十多个种果树的，专家来了俩。');
    expect(r.headcount).toBe(60);
    expect(r.metrics['个']).toBeUndefined();
  });
  it('competitors are who took part, their coaches are not', () => {
    const r = one('上周末我校机器人队参加市青少年机器人竞赛，参赛队员9名，带队老师2名，获奖项3个。');
    expect(r.headcount).toBe(9);
    expect(peopleFigures(r)).toEqual([2]);
  });
  it('parents who came to watch are a figure of their own, not the pool the trainees came from', () => {
    const r = one('7月1日至5日科技馆小小讲解员培训营结营，报名45人，实际到营40人，结营展示那天家长来了60多位观看。', '2026-07-06');
    expect(r.headcount).toBe(40);
    expect(peopleFigures(r)).toEqual([60]);
  });
});

describe('w11 misses asked needlessly (own sentences)', () => {
  it('"结果来了42个": a count of 个 for who came counts people', () => {
    expect(one('昨天的防溺水讲座，报名50，结果来了57个，有的没报名直接来了').headcount).toBe(57);
  });
  it('"现场听课的六十多个" counts people', () => {
    const r = one('二十号去了东片几个村讲葡萄修剪，现场听课的五十多个，明白纸发了两百张。', '2026-08-22');
    expect(r.headcount).toBe(50);
    expect(r.doubts).toEqual([]);
  });
  it('plays are counted as times, never as people; a guiding teacher is no trainee', () => {
    const r = one('6月8日小记者训练营结业，学员30人，指导老师2人，学员作品在平台上播放总量5万+。');
    expect(r.headcount).toBe(30);
    expect(r.metrics['次']).toBe(50000);
    expect(r.doubts).toEqual([]);
  });
  it('"Teams online 有30人" and "480 views" are online audiences; "3,415 visits (人次)" are person-times', () => {
    expect(peopleFigures(one('昨天公司科协 tech sharing，现场参加 engineers 40人，另外 Teams online 有25人 join。'))).toEqual([25]);
    const r = one('Book club went well — 到场 28 readers, online live 350 views (人次).');
    expect(r.headcount).toBe(28);
    expect(peopleFigures(r)).toEqual([350]);
    const v = one('May visitor numbers: 2,815 visits (人次) in total at the museum, 6月1日 统计.');
    expect(v.headcount).toBe(2815);
    expect(v.headcountUnit).toBe('人次');
  });
  it('"5月29日、30日两天" is a span of two days', () => {
    const r = one('5月29日、30日两天，我们老科协走访慰问了一线科技工作者，共计走访十人次。', '2026-06-02');
    expect([r.date, r.dateEnd]).toEqual(['2026-05-29', '2026-05-30']);
  });
  it('a letter\'s date under its signature is not a second date of the event', () => {
    const r = one('尊敬的县科协领导：\n7月15日至17日，我站组织专家服务团下乡，共走访服务农户96户，培训农民150余人次。\n特此报告。\n县农业技术推广站\n2026年7月20日', '2026-07-20');
    expect([r.date, r.dateEnd]).toEqual(['2026-07-15', '2026-07-17']);
    expect(r.doubts.filter((d) => d.field === 'date')).toEqual([]);
  });
});

describe('w11 letters and lists (own sentences)', () => {
  const all = (text: string, today: string): ReadRecord[] => {
    const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
    return r.records;
  };
  it('a lead-in counting the items that follow ("汇报…两项工作") is no record of its own', () => {
    const rs = all('县科协各位领导：\n向各位汇报近期我们老科协的两项工作。\n一是11月3日在老年大学作防跌倒科普讲座，到场学员八十多位。\n二是11月6日随专家服务团到张家村入户指导，服务农户28户。\n老科协 敬上', '2026-11-10');
    expect(rs.map((r) => r.date)).toEqual(['2026-11-03', '2026-11-06']);
  });
  it('"元月七日" is 7 January', () => {
    expect(one('元月七日上午，我们到敬老院开展冬季健康宣讲，到场听讲的老人有五十余位。', '2026-01-09').date).toBe('2026-01-07');
  });
  it('"二十个左右" ending a line of a list whose lines end in people counts people', () => {
    const rs = all('周末科学课 接龙\n8/1 周六 磁铁 16人\n8/2 周日 浮力 19人\n8/3 周一(今天) 彩虹 二十个左右', '2026-08-03');
    expect(rs.map((r) => r.headcount)).toEqual([16, 19, 20]);
  });
  it('days the museum was closed are asked about, not taken as the days counted', () => {
    const r = one('Oct visitor numbers: 2,900 visits (人次) in total, we were closed Oct 12–15 for repairs.', '2026-11-02');
    expect(r.doubts.map((d) => d.field)).toContain('date');
  });
});

describe('w11 asks that need no question (own sentences)', () => {
  it('seed packets and quilts are counted things', () => {
    const r = one('上周六志愿服务进敬老院，服务老人50余位，送去棉被20床，赠送蔬菜种子200包。');
    expect(r.metrics).toMatchObject({ 床: 20, 包: 200 });
    expect(r.doubts).toEqual([]);
  });
  it('an online peak is the online figure beside who sat there', () => {
    const r = one('今天下午在演播厅录了科普访谈节目，现场观众六十人左右，直播同时在线峰值2500人。');
    expect(r.headcount).toBe(60);
    expect(peopleFigures(r)).toEqual([2500]);
  });
  it('"我们去了消防员和文员一共12人" is the sender\'s team, not the audience', () => {
    const r = one('今天科普日主场活动，我大队设了消防体验区，体验群众共480人次，我们去了消防员和文员一共12人。');
    expect(r.headcount).toBe(480);
    expect(r.doubts).toEqual([]);
  });
});

describe('item numbers inside one line', () => {
  it('"1.周二… 2.周四… 3.今天…" are item numbers, not counts of people', () => {
    const r = readReport('报一下这周的：1.周二下午社区防溺水讲座 来了30来个家长 2.周四给困难户送温暖包 18户 3.今天上午燃气安全入户检查 12户', '2026-06-13', { explicit: false, observances: OBSERVANCES });
    const text = JSON.stringify(r);
    expect(text).not.toContain('合计32');
    expect(text).toContain('"headcount":30');
  });
});

describe('a one-line list of several events', () => {
  it('is asked about rather than merged into one record', () => {
    const r = readReport('报一下这周的：1.周二下午社区防溺水讲座 来了30来个家长 2.周四给困难户送温暖包 18户 3.今天上午燃气安全入户检查 12户', '2026-06-13', { explicit: false, observances: OBSERVANCES });
    expect(JSON.stringify(r)).toContain('3 次活动');
  });
});
