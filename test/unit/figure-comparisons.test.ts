// Figures in a comparison or a plan target ("较去年同期的25人次", "去年国庆是9800人次", "计划是20场次") are context,
// not figures of the event reported; a report that compares its done figures with a plan is still a report.
// Issue 16, blind set w7 ("stored wrong must be 0").
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';

const read = (text: string, today = '2026-11-20') => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(JSON.stringify(r));
  const x = r.records[0]!;
  return { headcount: x.headcount, metrics: x.metrics };
};

describe('figures of a comparison are not the event\'s', () => {
  it('leaves out last year\'s and the earlier period\'s figures, however the comparison is said', () => {
    expect(read('昨天走访慰问了一线科技工作者32人次，较去年同期的25人次有所增加')).toEqual({ headcount: 32, metrics: {} });
    expect(read('国庆七天馆里共接待观众12600人次，去年国庆是9800人次，今年涨了不少。')).toEqual({ headcount: 12600, metrics: {} });
    expect(read('春节假期馆里累计接待游客1.56万人次，比去年春节多了三千来人次（去年1.27万）。')).toEqual({ headcount: 15600, metrics: {} });
    expect(read('10月份共开展科普讲座12场，受众累计900人次，比9月的700人次多了两百来人次')).toEqual({ headcount: 900, metrics: { 场: 12 } });
    expect(read('昨天的培训来了80人，比上次多了20人')).toEqual({ headcount: 80, metrics: {} });
    expect(read('昨天义诊服务群众150人次，同比增加30人次，发放资料400份')).toEqual({ headcount: 150, metrics: { 份: 400 } });
  });
  it('keeps figures whose words only look like a comparison', () => {
    expect(read('昨天科普比赛现场来了300名学生')).toEqual({ headcount: 300, metrics: {} });
    expect(read('昨天科普作品评比收到作品86件，参观群众200人')).toEqual({ headcount: 200, metrics: { 件: 86 } });
    expect(read('去年12月专家服务团一共下乡4次，服务农户163户', '2027-01-10').metrics).toEqual({ 次: 4, 户: 163 });
  });
});

describe('a plan target compared with what was done', () => {
  it('is a report, and the target figures are not stored', () => {
    expect(read('科技活动周结束了，全县共开展各类活动23场次,参与群众6800余人次,计划是20场次5000人次,超额完成')).toEqual({ headcount: 6800, metrics: { 场次: 23 } });
    expect(read('科技活动周收官啦 一周全县共开展各类活动23场次,参与群众6800余人次,计划是20场次5000人次,超额完成')).toEqual({ headcount: 6800, metrics: { 场次: 23 } });
    expect(read('本月科普大集共发放资料3000份，接待群众500人，目标是2000份，已超额')).toEqual({ headcount: 500, metrics: { 份: 3000 } });
    expect(read('上周在社区开展了防诈骗宣传，走访居民120户，任务数是100户')).toEqual({ headcount: null, metrics: { 户: 120 } });
  });
  it('still takes a plan as a plan', () => {
    const r = readReport('下周三计划在社区开展讲座，预计80人', '2026-11-20', {});
    expect(r.kind).toBe('not_activity');
  });
});

describe('people booked for a day to come, and counts the author cannot choose between', () => {
  it('takes visitors booked for a day ahead as an arrangement, not a report', () => {
    expect(readReport('这周六馆里空调检修，闭馆一天，大家跟预约的学校说一下哈，好像约了两个学校，一共差不多150人', '2026-07-01', {}).kind).toBe('not_activity');
    expect(readReport('这周五约了两个学校来馆里参观，差不多200人', '2026-07-01', {}).kind).toBe('not_activity');
  });
  it('still reads booked visitors who came as a report', () => {
    expect(read('上周六约了两个学校来参观，一共来了150人', '2026-07-01').headcount).toBe(150);
  });
  it('asks when the author asks which count to report', () => {
    const asked = (text: string): string[] => {
      const r = readReport(text, '2026-11-20', {});
      return r.kind === 'activity' ? r.records.flatMap((x) => x.doubts.map((d) => d.field)) : [r.kind];
    };
    expect(asked('周二那个科普讲座，学校那边报的是全校600人，我们这边签到表收回来210 你看报哪个')).toContain('headcount');
    expect(asked('今天杨庄村果树病虫害防治培训搞完了 签到表上是96个人 村支书说来了一百三十多 你看按哪个报')).toContain('headcount');
  });
});
