// Page furniture of the fourteenth plan holdout's misses, in other words (issue 17): contact lines in their other
// shapes (a unit before 联系人, a name with a mobile number, a bare e-mail or number, a mailing address), a contact
// run on at a paragraph's end, a site's navigation bar and a compilation's "第一篇:" before the title.
import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/core/plans/clean-text.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page-h14.txt', fallbackYear: 2021, importedAt: '', observances: OBSERVANCES }).plan;
const all = (plan: ReturnType<typeof read>) => JSON.stringify(plan.items);

describe('contact lines in their other shapes', () => {
  it('drops "教务处联系人:…", a bare e-mail or phone line, "寄送地址:…", "李老师:13912345678 张老师:…" and "报名邮箱:…"', () => {
    const plan = read(
      '关于组织2021年青少年科技创新作品征集的通知\n一、各校于6月10日前报送参评作品,每校不超过5件。\n二、作品须为原创。\n三、联系方式\n教务处联系人:孙磊\n0571-86091234\nkexie2021@zju.edu.cn\n寄送地址:杭州市西湖区文三路12号科协办公室\n李老师:13912345678 张老师:13787654321\n报名邮箱:kxzj@126.com',
    );
    expect(all(plan)).not.toMatch(/孙磊|86091234|kexie2021|文三路|13912345678|13787654321|kxzj/u);
    expect(all(plan)).toMatch(/报送参评作品/u);
  });
  it('cuts a contact run on at the end of a notice\'s one paragraph ("…联系人:刘红联系电话:010-…")', () => {
    const plan = read('各学会:为做好2021年科技活动周筹备工作,请于5月6日前将活动信息报送至邮箱kjz@163.com。区科协2021年4月20日联系人:刘红联系电话:0731-84451234');
    expect(all(plan)).not.toMatch(/刘红|84451234/u);
    expect(all(plan)).toMatch(/活动信息报送/u);
  });
});

describe('what comes before a title', () => {
  it('never takes a site\'s navigation bar ("信息公开 网上办事 站内搜索") as the title', () => {
    const plan = read('信息公开 网上办事 站内搜索\n当前位置: 首页 > 工作动态 > 正文\n市科协部署2021年科技工作者日系列活动\n发布时间:2021-05-12\n一、5月30日前举办座谈会1场。\n二、走访慰问科技工作者50人。');
    expect(plan.title).toBe('市科协部署2021年科技工作者日系列活动');
  });
  it('drops a compilation\'s "第二篇:" / "篇一:" before the title', () => {
    expect(read('第二篇:2021年小学科普周活动方案\n一、活动时间\n5月24日至28日。\n二、活动内容\n举办科普讲座2场。').title).toBe('2021年小学科普周活动方案');
    expect(read('篇一:2021年小学科普周活动方案\n一、活动内容\n5月举办科普讲座2场。').title).toBe('2021年小学科普周活动方案');
  });
});

describe('a figure with its label is no contact', () => {
  it('keeps "受众人数:1000000" (no contact\'s title, no phone number\'s shape) and drops "王老师:6182009"', () => {
    expect(cleanLines('受众人数:1000000')).toEqual(['受众人数:1000000']);
    expect(cleanLines('王老师:6182009')).toEqual([]);
  });
});
