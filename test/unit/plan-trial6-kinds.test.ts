// Trial of holdout 6 (issue 17): an annual report's form is a report, refused like a 工作总结; a site's watermark
// stamped into the text twice around its web address is furniture; a 要点 run into one paragraph keeps its
// numbered tasks; titles lose a site's column tag, join a title broken after its year, and a notice sending a plan
// is titled by the plan, never by a menu bar.
import { describe, expect, it } from 'vitest';
import { PlanParseError } from '../../src/core/errors.js';
import { importPlan } from '../../src/core/plans/import-plan.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { withoutWatermarks } from '../../src/core/plans/watermarks.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';
import { MemoryStore } from '../support/memory-store.js';

const read = (text: string, year: number) => parsePlan(text, { source: 'plan.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES });

describe('an annual report (年度报告)', () => {
  const FORM = [
    '单位名称 | 某市科学技术馆 | |',
    '宗旨和业务范围 | 开展科普展览,普及科技知识。 | |',
    '法定代表人 | 张三 | |',
    '开办资金 | 5万元 | |',
    '举办单位 | 某市科学技术协会 | |',
    '开展业务活动情况 | 2024年,科技馆较好地完成了全年既定工作目标,开展科普活动50场,接待观众2万余人。 | |',
  ].join('\n');

  it('is read as a report by its form, and refused saying so', async () => {
    expect(read(FORM, 2025).report.kind).toBe('summary');
    const store = new MemoryStore();
    const refusal = await importPlan({ store, observances: OBSERVANCES }, { text: FORM, source: 'baogao.pdf', today: '2025-05-10', now: '2025-05-10T08:00:00Z' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(PlanParseError);
    expect((refusal as Error).message).toContain('这是一份年度报告');
    expect(await store.listPlans()).toEqual([]);
  });
});

describe('a watermark stamped into the text', () => {
  it('goes, with the words around its address that every stamp shares', () => {
    const text = '实施“学党史心语文创素材库:(https://www.example.cn/。公众…号:笔杆子星域。|整理汇总。、办实事”工程。3、召开《纲要》心语文创素材—=库:https://www.example.cn/。公众号:笔杆子[星域。整理汇总。目标推进会议。';
    expect(withoutWatermarks(text)).toBe('实施“学党史、办实事”工程。3、召开《纲要》目标推进会议。');
  });

  it('leaves an address that appears once', () => {
    const text = '详见网站 https://www.example.cn/ 的通知。';
    expect(withoutWatermarks(text)).toBe(text);
  });
});

describe('a 要点 run into one paragraph', () => {
  it('keeps its title and each numbered task', () => {
    const text = '2021年度XX市科普工作要点2021年,全市科普工作将以习近平新时代中国特色社会主义思想为指引,稳步提高全民科学素质,推动新时代科普工作模式创新。一、加强顶层设计,完善纲要落实机制1、编制《XX市全民科学素质规划纲要》,建成更加完善的体系。2、强化各成员单位大联合大协作工作机制。二、面向重点人群,完善社会联动机制1、广泛开展青少年科技创新大赛等各项竞赛。2、继续开展中小学生科技创新后备人才培养计划。';
    const { plan } = read(text, 2021);
    expect(plan.title).toBe('2021年度XX市科普工作要点');
    expect(plan.items.filter((i) => i.kind === 'task').map((i) => i.path)).toEqual(['一/1', '一/2', '二/1', '二/2']);
  });
});

describe('titles', () => {
  it('drop a column tag and join a title broken after its year', () => {
    const text = '【创城进行时】某区图书馆2021年全国科普日系列活动\n更新时间:2021-09-11\n某区图书馆2021年\n全国科普日系列活动方案\n一、时间安排\n2021年9月11日——17日\n二、具体活动安排\n1、举办科技展览。';
    expect(read(text, 2021).plan.title).toBe('某区图书馆2021年全国科普日系列活动方案');
  });

  it('name the plan a notice starts, not the menu bar above it', () => {
    const text = '首 页 科协简介 公告通知 重要新闻 科学普及 学会活动\n某市科协关于开展2024年“科普大篷车老区行”活动计划的通知\n各县(市、区)科协:\n一、活动安排\n1、3月到长汀县开展活动。';
    expect(read(text, 2024).plan.title).toBe('2024年“科普大篷车老区行”活动计划');
  });

  it("name a news page's meeting by who held it, with its place from the text", () => {
    const text = '11月21日,市老科协在洋泉镇召开2025年工作年会。\n一年来,常宁市老科协以科技为民服务为主体,开展科普活动。\n下一步,市老科协将强化党建引领,2026年开展科普讲座20场。';
    expect(read(text, 2025).plan.title).toBe('常宁市老科协2025年工作年会');
    expect(read('1月31日上午,沙坪坝区科协召开2023年重点工作研讨会,全体干部结合自身工作谈思路。\n会议强调,要在3月底前完成科普阵地建设。', 2023).plan.title).toBe('沙坪坝区科协2023年重点工作研讨会');
  });
});

describe('a notice asking for last year\'s summary', () => {
  it('sets its deadline in the year after the summary\'s, and its 附件 line is not a task', () => {
    const text = '关于报送2024年全国科普示范县工作总结相关事项的通知\n各省辖市科协:\n请有关省辖市组织示范县于2月15日前报送工作总结。\n附件:《中国科协科普部关于组织报送2024年全国科普示范县工作总结相关事项的通知》(科协普函基字〔2021〕1号)\n省科协\n2025年1月26日';
    const { plan } = read(text, 2025);
    expect(plan.year).toBe(2025);
    expect(plan.items.map((i) => i.due.map((d) => d.end))).toEqual([['2025-02-15']]);
  });
});

