// Issue 16, holdout 16 follow-ups (dates): a loose time word with nothing firmer beside it (前期, 前些日子, 那几天, an
// observance 前后, 上周末) names no day; the reader asks for it and never files today or the observance's own day as
// a guess. One event whose audiences are counted in two clauses ("…咨询90余人次；现场组织竞答，参与群众约300人")
// is one record, not two.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.some((d) => d.field === 'date') || r.doubts.length > 0, doubts: x.doubts.length + r.doubts.length }));
};

describe('loose days are asked, never guessed', () => {
  it('前期, 前些日子, 前些天 with no day written: the day is asked', () => {
    const [a] = read('补报一项：前期我站联合县妇联在和平社区办了一场家庭急救课，来了三十多位居民。具体时间等跟妇联对一下再说。', '2026-05-12');
    expect(a).toMatchObject({ headcount: 30, asked: true });
    const [b] = read('前些日子本会与县图书馆合办了一场天文知识讲座，到场八十余人，补报一下。', '2026-06-03');
    expect(b).toMatchObject({ headcount: 80, asked: true });
    const [c] = read('前些天协会请了农技站的老师给果农讲春季修剪，来了四十几个人。', '2026-03-18');
    expect(c).toMatchObject({ headcount: 40, asked: true });
  });
  it('"过年那几天" and a bare "那几天": which day (or days) is asked', () => {
    const [a] = read('过年那几天村里在祠堂门口搞了个防火宣传点来问的村民有七十来个传单发了两百张', '2026-02-26');
    expect(a).toMatchObject({ headcount: 70, asked: true });
  });
  it('an observance "前后" is around the day, not the day: asked', () => {
    const [a] = read('世界气象日前后，气象站组织中小学生开放日参观活动，来参观的学生约150名。', '2026-04-02');
    expect(a).toMatchObject({ headcount: 150, asked: true });
  });
  it('上周末 is one of two days: asked, never the whole week', () => {
    const [a] = read('上周末在体育馆做了一场机器人科普表演，现场来了两百多人。', '2026-09-14');
    expect(a).toMatchObject({ headcount: 200, asked: true });
    expect(a?.date).not.toBe('2026-09-07');
  });
  it('firmer days beside the loose words are kept, not asked', () => {
    const [a] = read('3月底那几天镇科协跟农技站一起下了4个村讲春耕，听课的农户一共180多人。', '2026-04-02');
    expect(a).toMatchObject({ date: '2026-03-27', dateEnd: '2026-03-31', headcount: 180, asked: false });
    const [b] = read('汇报一下：上周末（7月4—5日）学校科技社团参加了市里的机器人比赛，去了12名学生。', '2026-07-06');
    expect(b).toMatchObject({ date: '2026-07-04', dateEnd: '2026-07-05', headcount: 12, asked: false });
    const [c] = read('世界气象日当天，气象站组织中小学生参观，来参观的学生约150名。', '2026-04-02');
    expect(c).toMatchObject({ date: '2026-03-23', headcount: 150, asked: false });
    const [d] = read('4月8日社区开展义诊，前期报名的有九十多人，当天实际来了86人。', '2026-04-10');
    expect(d).toMatchObject({ date: '2026-04-08', headcount: 86, asked: false });
  });
});

describe('one event, its audiences in two clauses', () => {
  it('"…；现场组织…，参与群众约300人" continues the event at the same place: one record', () => {
    const records = read('5月20日，我局联合县市场监管局在文化广场设立咨询台，工作人员8人参加，发放资料1500余份，接受群众咨询90余人次；现场组织知识竞答，参与群众约300人。', '2026-05-22');
    expect(records).toHaveLength(1);
    // The unit's own staff who 参加 beside the public it served ran it; the public counted are the audience.
    expect(records[0]).toMatchObject({ date: '2026-05-20', headcount: 300, metrics: { 份: 1500, '人(工作人员)': 8, '人次(群众)': 90 } });
  });
});

describe('the day before a festival, said in speech', () => {
  it('"端午节头一天" is the day before 端午; "国庆头一天" is left to ask', () => {
    const [a] = read('端午节头一天县里的农技专家下来了 在村部讲水稻病虫害 来了三十多个人', '2026-06-25');
    expect(a).toMatchObject({ date: '2026-06-18', headcount: 30, asked: false });
    const [b] = read('国庆头一天我们在广场摆了科普展板 来看的有两百来人', '2026-10-09');
    expect(b?.date).not.toBe('2026-09-30');
  });
});

describe('speech without stops: a new day and 又 open the next session', () => {
  it('"…来了二十五个人上周三又开了一期来了三十个人": two records, one per day', () => {
    const records = read('上周一社区开了一期老年人防诈骗讲座来了二十五个人上周三又开了一期来了三十个人两期都是派出所民警讲的', '2026-07-24');
    expect(records.map((r) => [r.date, r.headcount])).toEqual([['2026-07-13', 25], ['2026-07-15', 30]]);
  });
});
