// Holdout 18 (issue 17): a page whose lead's second sentence tells the day an event was held ("…。6月3日上午，…在…举行…")
// under a headline that is no notice's is news.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES });

describe('a headline over a lead that tells the day an event was held', () => {
  it('is news', () => {
    const { report } = read(
      [
        '某某县开展2022年防灾减灾日科普宣传活动',
        '今年5月12日是第14个全国防灾减灾日,为增强群众防灾减灾意识,普及应急避险知识。5月10日上午,县科协联合县应急管理局在人民广场举行防灾减灾科普宣传活动,现场发放宣传资料1500余份。下一步,县科协还将把活动延伸到各乡镇。',
      ].join('\n'),
    );
    expect(report.kind).toBe('news');
  });
  it('is not news under a notice', () => {
    const { report } = read(
      [
        '关于开展2022年防灾减灾日科普宣传活动的通知',
        '今年5月12日是第14个全国防灾减灾日。5月10日上午,县科协将在人民广场举行启动仪式,请各单位派员参加。',
        '一、请各乡镇于5月15日前报送活动方案。',
      ].join('\n'),
    );
    expect(report.kind).not.toBe('news');
  });
});

describe("a news paragraph of results followed by what comes next", () => {
  it('keeps only what comes next, with no past figure as a target', () => {
    const { report, plan } = read(
      [
        '某某县开展2022年防灾减灾日科普宣传活动',
        '今年5月12日是第14个全国防灾减灾日,为增强群众防灾减灾意识。5月10日上午,县科协联合县应急管理局在人民广场举行防灾减灾科普宣传活动。',
        '据了解,本次活动现场共设置展板15块,发放宣传手册1500余册,吸引群众800余人次参与。接下来,县科协还将把宣传活动延伸到各乡镇,并组织应急演练进校园。',
      ].join('\n'),
    );
    expect(report.kind).toBe('news');
    expect(plan.items.some((i) => i.text.includes('展板15块'))).toBe(false);
    expect(plan.items.flatMap((i) => i.targets)).toEqual([]);
  });
});

describe("a document site's year-end report", () => {
  it('takes its title from the file name over the page and is a summary, even where it names a 行动计划领导小组', () => {
    const { report, plan } = read(
      [
        '2021年某某社区科普工作年报 .doc_第1页',
        '免费预览已结束,剩余3页可下载查看',
        '2021年某某社区科普工作年报 年,社区科普工作认真贯彻全民科学素质行动计划纲要,取得了新的进展,现将一年来科普工作开展情况总结如下。一、健全机构,成立了全民科学素质行动计划领导小组,把科普工作列入社区议事日程。二、开展宣传活动,发放宣传资料800份,举办讲座4场次。',
      ].join('\n'),
    );
    expect(plan.title).toBe('2021年某某社区科普工作年报');
    expect(report.kind).toBe('summary');
  });
});

describe("a meeting's news that sets near-term work", () => {
  it('imports the work the meeting set', () => {
    const { report, plan } = read(
      [
        '某市科协召开主席办公会',
        '2022年4月8日,某市科协在机关会议室召开主席办公会,主席主持会议,各位副主席参加了会议。',
        '会议传达学习了省科协有关文件精神。',
        '会议还研究安排了近期工作,要求把省科协的文件转发到各县区科协,让他们结合实际贯彻落实。各学会着手筹备年度学术年会,做好会员发展工作,按时上报优秀论文推荐名单。',
      ].join('\n'),
    );
    expect(report.kind).toBe('news');
    expect(plan.items.some((i) => i.text.includes('转发到各县区科协'))).toBe(true);
  });
});
