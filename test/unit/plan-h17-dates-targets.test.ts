// Holdout 17 (issue 17): a heading's first paragraph that dates one day and ends in a colon over a list
// ("6月3日上午,在…举行启动仪式,同时开展5项主题活动:") dates the list; "2025年将…" in a news page's speech states the
// plan's year over the day of the meeting reported; the organiser's final pick ("最终每类评选不超过8个") and the
// societies whose leaders attended ("9家学会负责人参加会议") are no targets.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { parseTargets } from '../../src/core/plans/parse-targets.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES });
const dues = (item: { due: Array<{ start: string; end: string }> } | undefined) => item?.due.map((d) => `${d.start}..${d.end}`);

describe('a day over a list of activities held at the same time', () => {
  it('dates each activity in the list', () => {
    const { plan } = read(
      [
        '科普宣传周活动方案',
        '一、活动内容',
        '(一)启动仪式',
        '6月3日上午,在县文化广场举行科普宣传周启动仪式,同时开展4项主题活动:',
        '1.“健康生活”主题活动',
        '承办单位:县卫健局',
        '内容:开展义诊和健康咨询',
        '2.“平安家园”主题活动',
        '承办单位:县应急局',
        '内容:开展防灾减灾知识宣传',
      ].join('\n'),
    );
    const item = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
    expect(dues(item('开展义诊和健康咨询'))).toEqual(['2022-06-03..2022-06-03']);
    expect(dues(item('开展防灾减灾知识宣传'))).toEqual(['2022-06-03..2022-06-03']);
  });
});

describe("a round's time field with its hour of the day", () => {
  it("is the round's date, not a page's publication line", () => {
    const { plan } = read(['关于举办某市青少年科技创新大赛的通知', '一、比赛安排', '(一)比赛时间、地点', '1.预赛', '时间:2022年9月2日(星期五)上午 9:00', '地点:市科技馆(2楼)', '2.复赛', '时间:2022年9月3日下午14:00', '地点:市科技馆(2楼)'].join('\n'));
    const item = (words: string) => plan.items.find((i) => i.text.includes(words));
    expect(dues(item('预赛'))).toEqual(['2022-09-02..2022-09-02']);
    expect(item('复赛')?.text).toContain('2022年9月3日下午14:00');
  });
});

describe("a notice's closing lines", () => {
  it('leave the last item its own words: no contact, closing formula, signature or site hotline', () => {
    const { plan } = read(
      ['有关单位:', '一、各单位自愿报名参加。', '二、报名表于2022年4月15日前报送至指定邮箱。', '三、入围选手食宿自理。', '联系人:王芳,联系电话:2301234,邮箱:12345678@qq.com', '特此通知。', '某某市科学技术局', '2022年4月1日', '咨询热线:139-0000-1111', '服务时间:周一至周五 9:00-18:00', '周六至周日 9:00-17:00'].join('\n'),
    );
    const last = plan.items.find((i) => i.text.includes('食宿自理'));
    expect(last?.text).toBe('入围选手食宿自理。');
    expect(last?.due).toEqual([]);
  });
});

describe("the year of a plan stated in a meeting's news", () => {
  it('is the year the speech says the work will be done in', () => {
    const { plan } = read(
      [
        '学会新闻',
        '【学会新闻】某某学会联盟理事会在京召开',
        '2024年12月20日下午,某某学会联盟理事会在京召开,9家成员学会负责人参加会议。',
        '新任轮值主席讲话:本会很荣幸担任联盟2025年度的轮值单位,2025年将继承往届的好传统;同时加强与各成员学会的合作。在工作方面:一是加强党建,提高站位。认真学习党的理论。二是搭建平台,服务人才。办好联盟品牌论坛。',
      ].join('\n'),
    );
    expect(plan.year).toBe(2025);
    expect(plan.items.flatMap((i) => i.targets).map((t) => t.text)).toEqual([]);
  });
});

describe('counts that are no targets', () => {
  it("leaves out the organiser's final pick", () => {
    expect(parseTargets('面向全市征集科普人物、科普作品、科普活动三类项目,最终每类评选不超过 8 个项目。').map((t) => t.text)).toEqual([]);
    expect(parseTargets('原则上各单位每类推荐数量不超过 2 个。').map((t) => t.text)).toEqual(['不超过 2 个']);
  });
  it('leaves out the societies whose leaders attended a meeting', () => {
    expect(parseTargets('联盟领导、9家成员学会主管领导及联络员参加会议。').map((t) => t.text)).toEqual([]);
    expect(parseTargets('年内发展9家成员学会。').map((t) => t.text)).toEqual(['9家']);
  });
});
