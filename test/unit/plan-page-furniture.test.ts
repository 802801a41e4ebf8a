// Document-site furniture met in holdout 4 (issue 17): download notices, 客服 numbers, publication lines,
// list captions and a compilation's "(汇编15篇)" are neither titles, items nor targets.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page-0417.txt', fallbackYear: 2023, importedAt: '', observances: OBSERVANCES }).plan;
const all = (plan: ReturnType<typeof read>) => JSON.stringify(plan.items);

describe('page furniture of document sites', () => {
  it('drops a download page\'s notices and its 客服 number', () => {
    const plan = read('2023年区科协工作思路.docx\n下载文档\nID:1346053\n大小:18.46KB\n页数:5页\n格式:DOCX\n收藏 分享赚钱\n温馨提示:\n1. 部分包含数学公式的文件,查看预览时可能会显示错乱,请放心下载。\n4. 下载文档时可能由于网络波动等原因无法下载,付费完成后未能成功下载的用户请联系客服处理。\n网站客服:3074922707\n一、开展咨询献策活动，年内完成调研课题3项。\n二、服务企业技术创新，新建企业科协5家。');
    expect(all(plan)).not.toMatch(/下载文档|网站客服|3074922707|1346053|温馨提示/u);
    expect(plan.items.length).toBe(2);
  });
  it('never takes a publication line ("- 2021-04-17 发布") as the title', () => {
    const plan = read('- 14.02 KB\n- 2021-04-17 发布\n最新2021年乡镇科技工作计划范文(三)\n根据县里有关文件精神，结合实际，现制定2021年科技工作计划如下:\n一、年内建成科技示范片1个。');
    expect(plan.title).not.toMatch(/发布|2021-04-17/u);
  });
  it('never takes a parenthesised caption ("(按学会编号排序)") as the title', () => {
    const plan = read('附件:2017年度全国学会科普工作优秀单位名单\n(按学会编号排序)\n1月3日，中国科协科普部公布了2017年度全国学会科普工作考核结果，64个全国学会被评为优秀单位，学会再次获评。\n2018年，学会将组织6个科普传播专家团队开展科普活动。');
    expect(plan.title).not.toMatch(/^[（(].*[)）]$/u);
  });
  it('drops a compilation\'s "(汇编15篇)" from its header: no title, item or target keeps it', () => {
    const plan = read('全国科普日活动方案(汇编15篇)\n为做好全国科普日活动，制定本方案。\n一、活动时间\n9月15日至21日集中开展科普活动。\n二、活动内容\n举办科普讲座10场。');
    expect(plan.title).toBe('全国科普日活动方案');
    expect(all(plan)).not.toMatch(/15篇/u);
    expect(plan.items.flatMap((i) => i.targets ?? []).map((t) => JSON.stringify(t)).join()).not.toMatch(/篇/u);
  });
});

describe('contacts and bylines inside a notice or a meeting\'s minutes (issue 17, blind w9)', () => {
  it('drops a numbered contact line ("3.联系人:…,联系电话:…"): no item keeps it', () => {
    const plan = read('关于开展科技活动周主题活动的通知\n各系部:\n定于5月20日至26日集中开展科技活动周主题活动。请各单位及时报送活动成果:\n1.活动图片和新闻报道链接于6月5日前发送至邮箱。\n2.开展线上活动的,须在活动开始前提供网址。\n3.联系人:王老师,联系电话:3216540。');
    expect(all(plan)).not.toMatch(/联系电话|3216540|王老师/u);
    expect(plan.items.length).toBeGreaterThanOrEqual(2);
  });
  it('drops a byline line ("(办公室供稿)") after the last item', () => {
    const plan = read('某学会2023年第一次办公会议工作安排\n1. 3月底前完成年度会员发展计划的制定。\n2. 6月举办青年学术沙龙2期。\n(办公室供稿)');
    expect(all(plan)).not.toMatch(/供稿/u);
    expect(plan.items.length).toBe(2);
  });
  it('drops a byline run on after the last sentence', () => {
    const plan = read('某学会2023年第一次办公会议工作安排\n1. 3月底前完成年度会员发展计划的制定。\n2. 6月举办青年学术沙龙2期。(学会秘书处 供稿)');
    expect(all(plan)).not.toMatch(/供稿/u);
  });
  it('drops an attachment\'s file name under "附件:", unnumbered ("某科协〔2024〕20号…的通知.pdf"): no item gets its figures', () => {
    const plan = read('关于开展科技活动周主题活动的通知\n各系部:\n定于5月20日至26日集中开展科技活动周主题活动。\n1.活动图片和新闻报道链接于6月5日前发送至邮箱。\n2.开展线上活动的,须在活动开始前提供网址。\n附件:\n某科协〔2024〕20号某科协等12部门关于举办2024年科技活动周的通知.pdf');
    expect(all(plan)).not.toMatch(/12部门|\.pdf/u);
    expect(plan.items.length).toBe(2);
  });
});
