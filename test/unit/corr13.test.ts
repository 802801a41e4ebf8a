// Corrections the w13 blind set missed or applied to the wrong record, each as a general rule with sentences of our
// own: a count in a reason clause is no new value; "not X" names the record by its old figure; "<words>那节课"
// names its record; "实为" and "非X" (traditional script) set and check a value; "按人次算" swaps the unit; an
// English "till <day>" moves the end; "it's X not Y" fixes a word of the title; 补充 names its record by English
// words or an abbreviated name.
import { describe, expect, it } from 'vitest';
import { swapWord } from '../../src/core/activities/correct-activity.js';
import { readCorrection } from '../../src/core/understanding/read-correction.js';
import { runCorrectionCase, type CorrectionCase } from '../eval/score-corrections.js';

const cases: CorrectionCase[] = [
  {
    id: 'a count of classes in the reason clause is no new value',
    today: '2026-11-12',
    before: ['11月9日在城关中学给高一年级做“近视防控”科普讲座，学生420人。', '11月10日在城关中学给高二年级做“近视防控”科普讲座，学生390人。'],
    text: '高一那场人数应该是450，后面又有三个班赶过来了',
    expect: 'apply',
    target: 0,
    changes: { headcount: 450 },
  },
  {
    id: 'the <day> one with "not <old>": the day names the record, the old figure checks it',
    today: '2026-06-18',
    before: ['6/14 城关镇 防溺水 talk done, audience 85人', '6/15 白马乡 科普 fair，大概300人，flyers 600份', '6/16 青石镇 AR体验，140人次'],
    text: 'Oops the 14号 one, headcount should be 58 not 85 sorry',
    expect: 'apply',
    target: 0,
    changes: { headcount: 58 },
  },
  {
    id: '<words>那节课 names the record by its words',
    today: '2026-03-13',
    before: ['3月11日（周三）给初一上了叶脉书签制作课，学生66人，做书签60张。', '3月12日 科学社团土壤酸碱度小实验，学生20人。'],
    text: '叶脉书签那节课日子记错了，是周一上午上的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-03-09' },
  },
  {
    id: '<words>那节课我写少了，其实是…合上的，一共N人: the headcount of that record',
    today: '2026-10-16',
    before: ['10月12日给初二（1）班上了一节“光的折射”实验课，学生48人。', '10月14日带物理兴趣小组去科技馆参观，学生30人，老师2人。', '10月15日 校园气象站观测活动，学生50人参与。'],
    text: '光的折射那节课我写少了，其实是（1）班（2）班一起上的，一共95人',
    expect: 'apply',
    target: 0,
    changes: { headcount: 95 },
  },
  {
    id: '實為 N場 (traditional script) sets the sessions of the record named, headcount unchanged',
    today: '2026-05-20',
    before: ['五月十二日應白馬鄉之邀講食用菌栽培，菇農五十人，講座一場。', '五月十六日於縣老科協活動室座談，會員十八人。'],
    text: '白馬鄉食用菌講座實為兩場，上午一場、下午一場，菇農合計五十人不變。',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 场: 2 } },
  },
  {
    id: '按人次算 with the figure: the unit becomes 人次 (thread reply)',
    today: '2026-04-24',
    before: ['4月20日 学校天文台开放日，来参观的学生360人。', '4月22日 给八年级讲了《宇宙的起源》，学生180人。'],
    thread: 0,
    text: '这个其实是分两批进来的，好多学生来了两趟，应该按人次算，360人次',
    expect: 'apply',
    target: 0,
    changes: { headcount: 360, headcountUnit: '人次' },
  },
  {
    id: '补充：<abbreviated name>那天还…有N人次 adds an online figure to that record',
    today: '2026-08-12',
    before: ['8月8日 南街社区防范非法集资科普讲座，现场居民90人。', '8月10日 社区暑期儿童防溺水小课堂，孩子们35人。'],
    text: '补充：防集资讲座那天还开了抖音直播，看的有800人次',
    expect: 'add',
    target: 0,
    changes: { metrics: { '人次(线上)': 800 } },
  },
  {
    id: 'English: ran till <day> not <day> moves the end of the span',
    today: '2026-09-25',
    before: ['科普日 science exhibition @县博物馆 9/15-9/17, total 1800人次, 3场次', '9/21 城关小学 lecture，学生300人'],
    text: 'Update: the exhibition was extended, actually ran till 9/19 not 9/17',
    expect: 'apply',
    target: 0,
    changes: { dateEnd: '2026-09-19' },
  },
  {
    id: "the title: it's X not Y, in the record whose title holds Y",
    today: '2026-07-08',
    before: ['7/4 青少年 无人机编程 workshop @科教中心，学生28人', '7/6 kids science camp day 1，40人'],
    text: "the workshop 名字写错了，it's 无人机航拍 not 无人机编程，麻烦改下",
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '无人机航拍' },
  },
  {
    id: 'btw 补充一下, <English words> 那天还发了 … adds both figures to the record named',
    today: '2026-07-30',
    before: ['7/26 science workshop @县科技馆，学生45人', '7/28 科普 movie night at 南街社区，居民70人'],
    text: 'btw 补充一下, science workshop 那天还发了 badges 200个 and 科普手册80本',
    expect: 'add',
    target: 0,
    changes: { metrics: { 个: 200, 本: 80 } },
  },
  {
    id: '實為N人，非M (traditional script): the headcount of the record that has M',
    today: '2026-02-20',
    before: ['二月十六日赴青石鎮講授春季果樹嫁接，到場農戶七十三人。', '二月十八日於白馬鄉講茶園春季管理，聽眾四十餘人。'],
    text: '日前所報青石鎮果樹嫁接一事，到場者實為三十七人，非七十三，係筆誤，特此更正。',
    expect: 'apply',
    target: 0,
    changes: { headcount: 37 },
  },
  {
    id: '此條 (thread reply): 實在星期五，非星期四 moves the date within its week',
    today: '2026-10-19',
    before: ['十月十五日（星期四）於城關鎮講授冬小麥播種，農民六十人。', '十月十七日於白馬鄉講柑橘採後管理，聽者五十餘人。'],
    thread: 0,
    text: '此條日期有誤，講座實在星期五，非星期四。',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-10-16' },
  },
  {
    id: 'btw 补充一下, <English words> naming a record written half in Chinese (robot → 机器人)',
    today: '2026-08-20',
    before: ['8/16 航模 workshop @县青少年宫，学生40人', '8/18 科普 reading club at 南街社区，居民25人'],
    text: 'btw 补充一下, model plane workshop 那天还发了 stickers 120张',
    expect: 'add',
    target: 0,
    changes: { metrics: { 张: 120 } },
  },
];

describe('w13 corrections (our own sentences)', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const o = await runCorrectionCase(c);
    expect(o.changedWrong, o.note).toBe(false);
    expect(o.right, o.note).toBe(true);
  }, 60_000);

  it('reads only the first clause after 应该是 as the new value', () => {
    expect(readCorrection('高一那场人数应该是450，后面又有三个班赶过来了', '2026-11-12')).toMatchObject({ field: 'headcount', value: 450, ref: { words: '高一' } });
  });

  it("keeps the new words of a title as written, before a title of English words only", () => {
    expect(readCorrection("the class 名字写错了，it's 3D打印 not 3D建模", '2026-06-08')).toMatchObject({ field: 'title', value: '3D打印', old: '3d建模' });
    expect(swapWord('workshop', '3d建模', '3D打印')).toBe('3D打印 workshop');
  });

  it('asks when the words fit two like records', async () => {
    const o = await runCorrectionCase({
      id: 'two like lectures, the words fit both',
      today: '2026-11-12',
      before: ['11月9日城关中学科普讲座，学生420人。', '11月10日城关中学科普讲座，学生390人。'],
      text: '城关中学那场人数应该是450',
      expect: 'ask',
      target: null,
      changes: null,
    });
    expect(o.changedWrong, o.note).toBe(false);
  }, 60_000);
});
