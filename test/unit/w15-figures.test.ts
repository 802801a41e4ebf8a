// Figures from the w15 blind set's misses (each rewritten in our own words first):
// - English units and roles: "check-ins" are 次, "trainers"/"speakers" who helped are people (人(讲师));
// - in speech "人的话差不多六十来个专家来了三个": 人的话 names the people of 六十来个; the 专家 are the next count's;
// - technicians who answered a survey online ("组织…名科技人员在线填写问卷") are who it served: the headcount;
// - a letter's "现将…一项培训情况报告如下" counts what it goes on to tell, not a figure of the event;
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const reading = (text: string, today: string) => readReport(text, today, { observances: OBSERVANCES });
const read = (text: string, today: string) => {
  const r = reading(text, today);
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w15 lead-in counts', () => {
  it('the one training a letter reports on is no figure of it', () => {
    expect(read('县农业农村局：\n现把我中心最近组织的一项讲座情况汇报如下：9月3日在城南社区活动室举办了秋季用药安全讲座，邀请县医院药师主讲，社区居民58人参加，共讲了2课时。\n县疾控中心 小李', '2026-09-08')).toEqual([
      { date: '2026-09-03', headcount: 58, metrics: { 课时: 2 }, asked: false },
    ]);
  });
});

describe('w15 things counted', () => {
  it('the 拟 of 模拟人 plans nothing: the manikins used are counted', () => {
    expect(read('昨天下午去城关三中给初二学生上了急救课，教大家胸外按压，学生286人，模拟人用了9套，还有虚拟现实眼镜6台。', '2026-04-16')).toEqual([
      { date: '2026-04-15', headcount: 286, metrics: { 套: 9, 台: 6 }, asked: false },
    ]);
  });
});

describe('w15 English words', () => {
  it('check-ins are counted in 次 beside the students who took part', () => {
    expect(read('Summer reading challenge is over 🎉 7/10–8/20, 418 pupils joined and logged 5230 check-ins altogether. 颁奖下周～', '2026-08-25')).toEqual([
      { date: '2026-07-10', headcount: 418, metrics: { 次: 5230 }, asked: false },
    ]);
  });

  it('trainers who helped out are people beside the headcount', () => {
    const [r] = read('Community center note: on Tue 9/8 we held a phone-safety class for seniors. 42 signed up, 38 showed up. 3 trainers from the county library helped. 发了宣传册40本。', '2026-09-10');
    expect(r).toMatchObject({ date: '2026-09-08', headcount: 38, asked: false });
    expect(r!.metrics).toEqual({ '人(讲师)': 3, 本: 40 });
  });
});

describe('w15 spans of each day', () => {
  it('the hours of each day of a finished camp are no figure', () => {
    expect(read('暑期编程营 Jul 13 - Jul 24 finished，每天下午学2小时，20 students 分成4个组，下学期接着练', '2026-07-27')).toEqual([
      { date: '2026-07-13', headcount: 20, metrics: { 组: 4 }, asked: false },
    ]);
  });
});

describe('w15 spoken counts', () => {
  it('the people named as the topic, then the next count\'s people named after the unit', () => {
    expect(read('跟你讲一下昨天镇卫生院那两个医生来我们社区搞那个高血压的讲座嘛来了有三十几户吧人呢大概五十来个医生来了两个讲得很清楚大家都爱听', '2026-06-12')).toEqual([
      { date: '2026-06-11', headcount: 50, metrics: { 户: 30, '人(医生)': 2 }, asked: false },
    ]);
  });
});

describe('w15 who a survey served', () => {
  it('engineers who filled the questionnaire in online are its headcount', () => {
    expect(read('状况调查问卷已完成：4月8日组织中心96名科技人员在线填写问卷，收回有效问卷95份。', '2026-04-10')).toEqual([
      { date: '2026-04-08', headcount: 96, metrics: { 份: 95 }, asked: false },
    ]);
  });
});
