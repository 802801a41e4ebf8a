// Figures misread in holdout 5 (issue 16): 一块 meaning "together" is no figure, a 团队 counted with 个 is a group,
// a peak day inside a period's total is no second figure, the days a place was open (开馆27天, 10天里共接待)
// are counted in 天, honourees given certificates are counted in 名, 哪一项 is a question, and the people brought
// along ("李老师还带了两个技术员") are named by the noun after the unit, not by who brought them.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};

describe('words that look like figures but count nothing', () => {
  it('reads 跟我一块去 as "together", not one 块', () => {
    expect(one('530科技工作者日那天 镇里领导跟我一块去走访慰问了基层农技员 兽医 村小老师 一共走了九个人 送了点慰问品', '2026-06-01').metrics).toEqual({});
    expect(one('上周六和村干部一块儿去河湾村讲了防诈骗，来了六十多人', '2026-06-10').metrics).toEqual({});
  });
  it('keeps a real 一块 (一块展板) as a figure', () => {
    expect(one('昨天在村部办了科普讲座，来了50人，摆了一块展板', '2026-06-10').metrics).toEqual({ 块: 1 });
  });
  it('reads 哪一项 as a question, not one 项', () => {
    expect(one('上个星期六请县农科所的老师来镇上讲玉米补救 来了一百二十多号人 发了三百来份资料 你看看算到哪一项里头', '2026-09-08').metrics).toEqual({ 份: 300 });
  });
  it('reads a peak day after a comma (单日最高，达2650人次) as a detail of the total', () => {
    const r = one('国庆七天科技馆共接待观众12680人次，其中10月3日单日最高，达2650人次。全馆工作人员和志愿者克服人手不足，没有发生安全问题。', '2026-10-08');
    expect(r.headcount).toBe(12680);
    expect(r.metrics).toEqual({});
  });
});

describe('what a figure counts', () => {
  it('counts 学生团队2个 as 个, groups, not people', () => {
    const r = one('3.7（周六）值班记录：全天接待参观群众1236人次，其中学生团队2个，无安全事故。', '2026-03-08');
    expect(r.headcount).toBe(1236);
    expect(r.metrics).toEqual({ 个: 2 });
  });
  it('counts honourees given certificates (为2名“最美科技工作者”颁发证书) in 名', () => {
    const r = one('5月29日，县科协走访慰问了一线科技工作者，共计15人次，送去慰问品15份，并为2名“最美科技工作者”颁发证书。', '2026-06-01');
    expect(r.metrics).toEqual({ 份: 15, 名: 2 });
  });
  it('counts the days a place was open: 开馆27天, 10天里共接待', () => {
    expect(one('7月份科技馆运行情况：开馆27天，接待参观群众9860人次，其中团体预约42批次；举办暑期研学专场6场。', '2026-08-03').metrics).toEqual({ 天: 27, 批次: 42, 场: 6 });
    expect(one('3月中旬，科技馆新更换的机器人展区开放试运行，10天里共接待预约学校团队15个，学生2,300余人次。', '2026-03-23').metrics).toEqual({ 个: 15, 天: 10 });
  });
  it('does not count the length of an event (为期3天) in 天', () => {
    expect(one('6月1日起在县体育馆举办科普展，为期3天，参观群众3000人次', '2026-06-10').metrics).toEqual({});
  });
  it('names the people someone brought by the noun after the unit (带了两个技术员 → 技术员)', () => {
    const r = one('上个星期六把县农科所的李老师请过来了 在镇政府大院里头给大伙讲了讲咋补救 那天来的人可不少 足足有一百二十多号人 李老师还带了两个技术员帮着发资料 发了三百来份', '2026-09-08');
    expect(r.headcount).toBe(120);
    expect(r.metrics).toEqual({ '人(技术员)': 2, 份: 300 });
  });
});

describe('the length of an event is not the days a place was open', () => {
  it('does not count 两天里共展出 in 天', () => {
    expect(one('10月17日至18日，县青少年科技创新大赛的县级评审在我们馆二楼临展厅举行。两天里共展出参赛作品136件，来观摩的师生有三百多人。', '2026-10-20').metrics).toEqual({ 件: 136 });
  });
});

describe('a share of the count came', () => {
  it('asks how many came when only a share of those counted came (也就一半), never storing the whole', () => {
    const r = readReport('前天去白马中学讲防溺水，初一初二一共300个学生，实际到礼堂听的也就一半吧', '2026-06-12', {});
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records[0]!.doubts.some((d) => d.field === 'headcount' && d.question.includes('一部分'))).toBe(true);
  });
});

describe('digits and 几 are a loose count, not a question', () => {
  it('reads 来了70几个人 as about seventy people (放影, a slip of 放映, is still a screening)', () => {
    const r = one('上周六在葫芦湾村的科普电影放影 来了70几个人 放了两场', '2026-07-27');
    expect([r.date, r.headcount, r.approximate, r.metrics]).toEqual(['2026-07-25', 70, true, { 场: 2 }]);
  });
});

describe('a span of last week written twice', () => {
  it('reads 上週一到上週三 as one span of days', () => {
    const r = one('上週一到上週三在學校體育館布展，一共12件展品，全校初一到初三輪流去看，大概1500名學生。', '2026-11-18');
    expect([r.date, r.dateEnd, r.headcount]).toEqual(['2026-11-09', '2026-11-11', 1500]);
  });
});

describe('a report asking how to count its people', () => {
  it('reads 报名600多人, 签到四百五, 这个人数该怎么报 as a report whose headcount is asked', () => {
    const r = readReport('我们学院上周六办了校园科普开放日，网上报名的有600多人，当天进场签到的大概四百五，另外还有不少附近居民没签到直接进来看的，这个人数该怎么报？', '2026-11-18', {});
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records[0]!.doubts.some((d) => d.field === 'headcount')).toBe(true);
  });
});
