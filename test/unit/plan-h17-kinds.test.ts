// Holdout 17 (issue 17): a summary whose only part is headed as a year's results ("一、202X年工作完成情况") is a
// summary, not a plan; a news page told in 一是/二是 paragraphs that all report what was done (制作了…, 先后…召开,
// 确保了…), closed by its writer's byline, holds nothing to import.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES });

describe('a summary whose only section reports the year', () => {
  it('is a summary, not a plan', () => {
    const { report, plan } = read(
      [
        '今年以来,县科协在县委的领导下,围绕中心、服务大局,团结全县科技工作者,为全县发展贡献了力量。',
        '一、20XX年工作完成情况',
        '1、科普阵地建设取得新进展。全县新建乡村科普站 X 个,举办科普讲座 X 场,其中 3 场由省级专家主讲。',
        '2、学会工作稳步推进。上半年经过申报评审,4 家企业科协通过验收,到企业调研技术需求,帮助解决难题。',
        '3、表彰优秀科技工作者。在5月30日科技工作者日之际,表彰 15 名优秀科技工作者,营造尊重人才的氛围。',
      ].join('\n'),
    );
    expect(report.kind).toBe('summary');
    expect(plan.items).toEqual([]);
  });
});

describe('a news page told in 一是/二是 paragraphs of work done', () => {
  it('imports nothing', () => {
    const { report, plan } = read(
      [
        '某某镇科协抓住全市科技活动周启动仪式在本镇举行的机会,积极参与活动周各项工作。',
        '一是提前筹划。3月下旬得知启动仪式将在本镇举行后,镇科协立即向党委汇报,成立筹备小组,拟定筹备方案;二是广泛宣传。镇科协制作了60多块科普展板,在全镇12个村醒目位置展出;三是周密组织。先后两次召开协调会,组织卫生、农业、司法等部门准备宣传资料;四是认真实施。5月21日一早,志愿者30多人就在镇文化广场布置场地,确保了启动仪式准时举行。(某某镇科协 李明)',
      ].join('\n'),
    );
    expect(['news', 'summary']).toContain(report.kind);
    expect(plan.items).toEqual([]);
  });
  it('still imports a news page that lists what will be done', () => {
    const { plan } = read(
      [
        '某某镇科协部署科技活动周工作',
        '一是提前筹划。镇科协将成立筹备小组,拟定筹备方案;二是广泛宣传。制作60块科普展板,在全镇12个村展出;三是周密组织。5月20日前召开协调会,组织各部门准备宣传资料。(某某镇科协 李明)',
      ].join('\n'),
    );
    expect(plan.items.length).toBeGreaterThan(0);
  });
});

describe("a meeting's news whose only forward sentence is a pledge", () => {
  it('imports nothing', () => {
    const { plan } = read(
      [
        '2022年某某县科普工作会议召开',
        '6月2日,2022年某某县科普工作会议召开',
        '会上,各乡镇科协主席汇报了2021年工作情况,县科协负责人宣读了《某某县科协2022年工作要点》。',
        '2022年,县科协将在县委的坚强领导下,团结全县科技工作者,凝心聚力、奋勇争先,为全县高质量发展贡献智慧和力量。',
        '来源: 某某融媒',
      ].join('\n'),
    );
    expect(plan.items).toEqual([]);
  });
});

