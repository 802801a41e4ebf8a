// Issue 16, w21 follow-ups (dates): days named by the farm calendar (solar terms such as 谷雨, 冬至; 腊八, 小年, 腊月N),
// the first given weekday after a festival (元旦过后那个礼拜天), and a day written as the digits of its date the
// way observances are named (五一二那天); weekdays in brackets after written days only annotate them; a writer who
// will look the day up later (具体哪天我翻翻手机再告诉你) is asked for it.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w21 dates', () => {
  it('a solar term names its day', () => {
    const [r] = read('夏至那天我们在文化站办了防暑降温知识讲座，来了七十多位居民。', '2026-06-25');
    expect(r).toMatchObject({ date: '2026-06-21', headcount: 70, asked: false });
    const [, t] = read('两件事：1. 12/3 社区讲座，居民40人；2. 冬至当天包饺子送老人，讲冬季防滑，老人26位。', '2026-12-29');
    expect(t).toMatchObject({ date: '2026-12-22', headcount: 26, asked: false });
  });
  it('腊八, 小年 and 腊月N are days of the last lunar month', () => {
    const [r] = read('腊八那天社区在门口摆摊讲冬季防火，来看的有一百来人，发资料两百份。', '2026-02-02');
    expect(r).toMatchObject({ date: '2026-01-26', headcount: 100, asked: false });
    const [t] = read('腊月二十三小年那天，协会给村里老人讲了用电安全，来了五十多位。', '2026-02-25');
    expect(t).toMatchObject({ date: '2026-02-10', headcount: 50, asked: false });
    const [u] = read('腊月十六我们去敬老院讲了冬季养生，老人三十二位。', '2026-02-20');
    expect(u).toMatchObject({ date: '2026-02-03', headcount: 32, asked: false });
  });
  it('the first given weekday after a festival', () => {
    const [r] = read('国庆节过后那个礼拜六，协会在广场办了科普集市，来了三百来人。', '2026-10-20');
    expect(r).toMatchObject({ date: '2026-10-03', headcount: 300, asked: false });
    const [t] = read('元旦过后的第一个周三，给村民讲了冬季大棚管理，四十五人参加。', '2026-01-12');
    expect(t).toMatchObject({ date: '2026-01-07', headcount: 45, asked: false });
  });
  it('a day written as the digits of its date, when no other split is a date', () => {
    const [r] = read('九一九那天我们在广场摆了科普展板，围观群众三百来人。', '2026-09-22');
    expect(r).toMatchObject({ date: '2026-09-19', headcount: 300, asked: false });
    // 一一九 could be 1月19日 or 11月9日: not read as a day.
    const [t] = read('一一九那天我们在广场搞了消防演示，群众两百来人。', '2026-11-20');
    expect(t!.date === '2026-11-09' || t!.asked).toBe(true);
  });
  it('weekdays in brackets after a written span only annotate it', () => {
    const [r] = read('县妇联于8月3日至7日（星期一至星期五）在河口村小学办了暑期科学营，营员三十六名。', '2026-08-10');
    expect(r).toMatchObject({ date: '2026-08-03', dateEnd: '2026-08-07', headcount: 36, asked: false });
  });
  it('a writer who will look the day up later is asked for it', () => {
    const [r] = read('上回在机械厂办的那个安全培训还没报，来了二十几个工人，具体哪天我翻翻记录再告诉你。', '2026-11-16');
    expect(r).toMatchObject({ headcount: 20, asked: true });
  });
  it('months in words from one to another are one span', () => {
    const [r] = read('今年三月到九月我们一共去了八个村 每个村办一场 听讲的村民大约四百人', '2026-11-30');
    expect(r).toMatchObject({ date: '2026-03-01', dateEnd: '2026-09-30', headcount: 400, asked: false });
  });
});

describe('session 17 regressions found by the full eval after the w21 merge (cases in our own words)', () => {
  it('two times offered as either one ("上上周还是上周") leave the day unknown: asked', () => {
    const [r] = read('厂里搞的急救培训，上上周还是上周我记不清了，职工50人参加。', '2026-07-27');
    expect(r).toMatchObject({ asked: true });
  });
  it('"信息已报送3条" keeps its count: only 补报两个/两项 before a list is a count of the message\'s entries', () => {
    const [r] = read('11月20日，二季度科技工作者建议材料已报送4条', '2026-11-23');
    expect(r?.metrics).toEqual({ 条: 4 });
  });
  it('a 其中 subset who passed is no figure; a count of who passed beside who trained is', () => {
    const [r] = read('11月3日在镇卫生院办急救培训，共培训村医和群众120名，其中实操考核合格70名。', '2026-11-10');
    expect(r).toMatchObject({ headcount: 120, metrics: {} });
    const [t] = read('11月3日在镇卫生院办急救培训，参训村医64人，考核合格60人。', '2026-11-10');
    expect(t).toMatchObject({ headcount: 64, metrics: { '人(考核合格)': 60 } });
  });
});
