// Dates a plan gives by its year (blind-w8): a notice that puts the year's tasks within the year dates each undated
// task by its end; a 方案 copied from an older one keeps an old year on the event's own days, which is this year's.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 't.txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES }).plan;
const dues = (plan: ReturnType<typeof read>, start: string): string[] =>
  plan.items.find((i) => i.text.startsWith(start))?.due.map((d) => `${d.start}..${d.end}`) ?? ['(no item)'];

describe('dates from the plan’s year', () => {
  it('dates undated tasks by the year’s end when the plan says its year’s tasks are to be done', () => {
    const plan = read([
      '现将《2018年科普工作要点》印发给你们，请认真贯彻落实，确保2018年科普工作任务圆满完成。',
      '2018年科普工作要点',
      '一、加强组织领导',
      '1.深入学习贯彻党的十九大精神，把握新时代科普工作的新要求。',
      '2.6月底前完成科普示范社区评选。',
    ]);
    expect(dues(plan, '深入学习')).toEqual(['2018-01-01..2018-12-31']);
    expect(dues(plan, '6月底前')).toEqual(['2018-06-30..2018-06-30']);
  });

  it('leaves undated tasks undated in a plan that says no such thing', () => {
    const plan = read(['2018年科普工作要点', '一、加强组织领导', '1.深入学习贯彻党的十九大精神，把握新时代科普工作的新要求。', '2.6月底前完成科普示范社区评选。']);
    expect(dues(plan, '深入学习')).toEqual([]);
  });

  it('reads an older year on the event’s own days as the event’s year', () => {
    const plan = read([
      '全区科技活动整体方案',
      '根据市科协关于做好2012年科技活动周工作的通知要求，特制定本方案。',
      '一、时间 2012年5月15日至21日',
      '二、主要活动内容',
      '（一）举办科技周启动仪式。时间：2010年5月15日上午',
      '（二）开展科技惠民互动体验活动。',
      '（三）开展科普进社区活动。时间：2011年6月3日',
    ]);
    expect(plan.year).toBe(2012);
    expect(dues(plan, '举办科技周启动仪式')).toEqual(['2012-05-15..2012-05-15']);
    // A date off the event's days is left as written.
    expect(dues(plan, '开展科普进社区活动')).toEqual(['2011-06-03..2011-06-03']);
  });
});

describe('a template site’s page over a plan that leaves its year blank (holdout5 cunji)', () => {
  const text = ['2024年农业科普工作计划(汇总11篇)', '农业科普工作计划篇一', '按照省、市、区科协的要求，现制定20__年科普活动计划如下:', '一、指导思想。', '以科学发展观为指导，整合资源，拓展科普服务内容。', '二、发展思路。', '以提高农民素质为目的，宣传普及科学知识。', '三、主要任务。', '1.利用村办公场地、宣传橱窗、广播等媒体张贴科普知识。', '2.6月底前举办农业技术培训班2期。'];

  it('asks for the year instead of taking the page’s', () => {
    const { plan, report } = parsePlan(text.join('\n'), { source: 't.txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES });
    expect(plan.year).toBe(2030);
    expect(report.yearFrom).toBe('import-date');
    expect(plan.items.some((i) => /指导思想|发展思路/u.test(i.text))).toBe(false);
  });

  it('keeps the page’s year when the plan under it fills its own in', () => {
    const filled = text.map((l) => l.replace('20__年', '2024年'));
    expect(parsePlan(filled.join('\n'), { source: 't.txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES }).plan.year).toBe(2024);
  });
});

describe('a 学会 meeting write-up that assigns work (blind-w9 guanxingxuehui)', () => {
  const text = [
    '欢迎访问中国惯性技术学会官方网站 2019年6月5日 星期三',
    '2018年1月25日,学会在办公室召开了今年第一次工作机构办公会议。',
    '会议首先学习了《认真学习宣传贯彻党的十九大精神的实施方案》的通知。会议研究布置了以下工作:',
    '1. 组织开展中国科协系统2017年度综合统计调查工作,由学会办公室负责;',
    '2. 关于开展2017年创新人才推进计划组织推荐工作;',
    '3. 征集2018年中国创新成果交易会成果项目。',
  ].join('\n');

  it('takes the meeting day’s year (its 今年), not the site’s date bar nor a past year’s statistics', () => {
    const { plan } = parsePlan(text, { source: 'meeting.txt', fallbackYear: 2030, importedAt: '', observances: OBSERVANCES });
    expect(plan.year).toBe(2018);
    expect(plan.title).not.toMatch(/欢迎访问|实施方案/u);
  });
});
