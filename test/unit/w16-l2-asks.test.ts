// Issue 16, w16 follow-ups: questions kexie asked where the words already settle the answer. Doctors (医师) a hospital
// or a team sends to serve are staff, as 医生 are; so are the experts of a 服务团 ("服务团专家2人" is not people it
// served) and volunteers who serve as guides ("担任讲解员"): the people served are the headcount, the staff a figure.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w16 asks the words settle', () => {
  it('doctors sent to serve are staff beside who they served', () => {
    const [r] = read('5月8日县人民医院到白杨乡开展义诊，服务农户75户，义诊群众215人，本院医师8名，发放健康手册300本。', '2026-05-09');
    expect(r).toMatchObject({ headcount: 215, asked: false });
  });
  it('rehabilitation doctors sent to advise are staff', () => {
    const [r] = read('6月2日在镇文化广场开展助残宣传，前来咨询的残疾人及家属约180人，县康复医院派出康复医师4名提供咨询。', '2026-06-03');
    expect(r).toMatchObject({ headcount: 180, asked: false });
  });
  it('the experts of a 服务团 are staff, not people it served', () => {
    const [r] = read('4月3日 梨树嫁接培训 市农技协专家服务队专家3人 果农42人', '2026-04-05');
    expect(r).toMatchObject({ headcount: 42, asked: false });
  });
  it('volunteers who serve as guides are staff', () => {
    const [r] = read('10月10日在社区广场设减灾体验点，8名大学生志愿者担任讲解员，前来体验的居民约190人次。', '2026-10-11');
    expect(r).toMatchObject({ headcount: 190, asked: false });
  });
  it('a total after a group added with no count of its own holds the count before it', () => {
    const [r] = read('上周五科普大篷车开进了柳湾小学，四到六年级学生143人都去看了，加上跟着来看的老人，一共一百五十多人', '2026-11-16');
    expect(r).toMatchObject({ headcount: 150, asked: false });
  });
  it('plasters (贴) are a unit counted as written', () => {
    const [r] = read('7月20日本院三伏贴门诊开诊，当天接诊360余人次，共贴敷1,200余贴。', '2026-07-21');
    expect(r).toMatchObject({ headcount: 360, asked: false });
    expect(r!.metrics).toEqual({ 贴: 1200 });
  });
  it('a sign-in roster taken at an observance\'s event is of the day it is sent', () => {
    const r = readReport('科技活动周 我们社区联动活动 签到接龙👇\n1. 王芳\n2. 李强\n3. 赵敏\n4. 孙丽\n5. 周涛\n6. 吴刚\n共6人，发放科普资料80份', '2026-05-26', { observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error('not an activity');
    expect(r.records.map((x) => [x.date, x.headcount, x.doubts.length])).toEqual([['2026-05-26', 6, 0]]);
    expect(r.doubts).toEqual([]);
  });
  it('one lesson named by its quoted title is the event, not a count of lessons', () => {
    const [r] = read('周四上午在科学教室给五年级上了一节“水的净化与过滤”科学探究公开课，共82人', '2026-11-21');
    expect(r).toMatchObject({ headcount: 82 });
    expect(r!.metrics).toEqual({});
  });
});
