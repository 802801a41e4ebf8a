// Page furniture left in the items of a notice: an attachment named on the 附件 line itself ("附件:1.…的通知")
// and the list under it, an attachment's file name after the signature, the byline of the site ("供稿人:…"),
// and the disclosure mark after the signature's date ("(此件主动公开)") (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[], year: number) =>
  parsePlan(lines.join('\n'), { source: 'tongzhi.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES }).plan;
const texts = (plan: ReturnType<typeof read>) => plan.items.map((i) => i.text).join('\n');

describe('furniture after the body of a notice', () => {
  it('drops an attachment named on the 附件 line and the list under it', () => {
    const plan = read(
      [
        '某区科协关于报送2023年科普讲座计划的通知',
        '各街道科协:',
        '一、请各单位结合实际组织好科普讲座。',
        '二、请于2023年3月10日前将《讲座计划表》发送至邮箱。',
        '附件:1.某市科协关于开展2023年科普讲座活动的通知',
        '2.2023年科普讲座计划表',
        '3.2',
      ],
      2023,
    );
    expect(texts(plan)).not.toContain('附件');
    expect(texts(plan)).not.toContain('计划表\n');
    expect(plan.items.find((i) => i.text.includes('3月10日前'))?.due.map((d) => d.end)).toEqual(['2023-03-10']);
  });
  it('drops a bare 附件 line naming one attachment', () => {
    const plan = read(['关于举办2024年某县科普讲解大赛的通知', '各学校:', '定于2024年6月8日举办科普讲解大赛,请各校选派1名选手参赛。', '联系人:李老师', '附件:某县科协关于举办2024年科普讲解大赛的实施方案'], 2024);
    expect(texts(plan)).not.toContain('附件');
  });
  it('drops the byline, the signature and an attachment file after them', () => {
    const plan = read(
      ['各市科协:', '为做好学会年度工作,现将有关事项通知如下:', '一、各学会填写并报送《2019年度学会活动计划表》。', '二、各单位须于6月10日前将电子版表格发送到学会部邮箱。', '某省科协办公室', '2019年5月6日', '某省科协关于报送活动计划表的通知.pdf', '供稿人:学会部', '审核人:张三'],
      2019,
    );
    expect(texts(plan)).not.toMatch(/供稿人|审核人|\.pdf|2019年5月6日/u);
    expect(plan.items.find((i) => i.text.includes('6月10日前'))?.due.map((d) => d.end)).toEqual(['2019-06-10']);
  });
  it('drops the disclosure mark and the signature on one line', () => {
    const plan = read(
      ['关于在2024年科技活动周期间开展开放活动的通知', '各实验室:', '请各实验室在科技活动周期间主动开展公众开放活动,于6月20日前将总结发至邮箱。', '? ? ? ? ? ? ? ? ? ?某部某司 ? ? ? ? ? ? ? ? 2024年5月8日(此件主动公开)'],
      2024,
    );
    expect(texts(plan)).not.toMatch(/主动公开|某部某司/u);
  });
});
