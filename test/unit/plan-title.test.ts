// A page without a title line: a photo caption or table furniture is never its title (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page-0193.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;

describe('the title of a page without a title line', () => {
  it('is named after the organisation and year of an opening "2025年，某科协将…", not a photo caption', () => {
    const plan = read('2025年，临江市科协将围绕中心工作，为全市发展贡献科协力量。\n科普大篷车进校园活动在临江举办\n一、5月举办科技活动周主场活动。\n二、年内新建企业科协3家。');
    expect(plan.title).toBe('临江市科协2025年工作要点');
  });
  it('never takes a line of table furniture ("|") as the title', () => {
    const plan = read('|\n 时间  |\n 地点  |\n|\n 10月19日  |\n 城南小学  |\n科普大篷车进校园，10月底前走完全市10所学校。');
    expect(plan.title).not.toMatch(/^[|｜\s]*$/u);
  });
  it('drops a document site\'s "(2篇)" from the title', () => {
    const plan = read('区科协2026年工作要点(2篇)\n一、3月底前召开全委会。\n二、年内新建企业科协3家。');
    expect(plan.title).toBe('区科协2026年工作要点');
  });

  it('gives a title whose place was cut off ("县2015年…方案") the name the text puts before the same words', () => {
    const plan = read('县2015年全国科普日活动方案\n一、活动时间\n9月19日至25日集中开展活动。\n二、2015年临河自治县全国科普日系列活动\n1.9月19日举办启动仪式。');
    expect(plan.title).toBe('临河自治县2015年全国科普日活动方案');
  });
  it('gives a news headline that opens with its verb ("部署…") the subject the text names with its object', () => {
    const plan = read('部署2017年科技活动周\n  某网讯 县科协将于5月20日-27日举办我县2017年科技活动周。\n主要活动安排有:一是在城关镇举办河阳县2017年科技活动周启动仪式。二是开展科普进社区活动。');
    expect(plan.title).toBe('河阳县部署2017年科技活动周');
  });
  it('leaves a title alone when the text names no place before its words', () => {
    const plan = read('县2024年科技活动周实施方案\n一、5月举办科技活动周主场活动。\n二、结合我县实际，年内新建企业科协3家。');
    expect(plan.title).toBe('县2024年科技活动周实施方案');
  });
});

describe('a document site\'s file name over the document\'s own title', () => {
  it('takes the title the document opens with when it names the same body', () => {
    const plan = read('西河县科协2024年工作重点2.docx\n《西河县科协2024年工作重点2.docx》由会员分享,可在线阅读。\n西河县科协2024年工作要点2024年是关键之年,县科协要坚持围绕中心。\n一、3月底前召开全委会。\n二、年内新建企业科协3家。');
    expect(plan.title).toBe('西河县科协2024年工作要点');
  });
});

describe('a site\'s generic title over a plan that names its activity', () => {
  it('takes the 活动名称 section\'s name with the document\'s word after it, and names the event item after it', () => {
    const plan = read('全国科普日活动方案(汇编3篇)\n全国科普日活动方案1\n为进一步宣传贯彻落实《全民科学素质行动计划纲要》，结合我镇实际，特制定本方案。\n一、活动名称\n西河镇2024年全国科普日活动\n二、活动主题\n节约能源资源、保护生态环境\n三、时间安排\n2024年9月18日——24日');
    expect(plan.title).toBe('西河镇2024年全国科普日活动方案');
    expect(plan.items.some((i) => i.text.includes('西河镇') && i.due.some((d) => d.start === '2024-09-18' && d.end === '2024-09-24'))).toBe(true);
  });
  it('takes a fuller title line before the body as written', () => {
    const plan = read('科普日活动方案\n时间:\n科普日活动方案一\n西河镇2023年全国科普日活动\n二、活动宗旨\n围绕节能减排，结合我镇实际开展活动。\n三、时间安排\n2023年9月16日——22日');
    expect(plan.title).toBe('西河镇2023年全国科普日活动');
  });
  it('is the "…2022重点工作" line, not the site name above it ("永德县人民政府")', () => {
    const plan = read('永德县人民政府\n无障碍浏览长者模式\n返回首页\n政府信息公开\n永德县科学技术协会2022重点工作\n来源:  作者:  时间:2023-03-15  点击率:打印 】【 关闭\n1、持续深化学习教育,强化政治引领。\n2、开展科普讲座20场。');
    expect(plan.title).toBe('永德县科学技术协会2022重点工作');
  });
});
