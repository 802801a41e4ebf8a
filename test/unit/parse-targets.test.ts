import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

describe('parseTargets', () => {
  it('reads comparators before and after the number', () => {
    expect(parseTargets('组织开展全国科普日活动不少于200场次')).toEqual([
      expect.objectContaining({ value: 200, min: 200, unit: '场次', comparator: 'at_least', subject: '组织开展全国科普日活动' }),
    ]);
    expect(parseTargets('新建企业科协5家以上')[0]).toMatchObject({ value: 5, unit: '家', comparator: 'at_least' });
  });
  it('reads 力争 as a striving target', () => {
    expect(parseTargets('力争建成6家县级科技馆')[0]).toMatchObject({ value: 6, unit: '家', comparator: 'strive' });
  });
  it('reads ranges into min and max', () => {
    expect(parseTargets('建设专家工作站30至40处')[0]).toMatchObject({ value: null, min: 30, max: 40, unit: '处', comparator: 'range' });
    expect(parseTargets('培育科技服务团队1-2个')[0]).toMatchObject({ min: 1, max: 2, unit: '个' });
  });
  it('normalises 场(次) and multiplies 万', () => {
    expect(parseTargets('开展宣传活动20场(次)以上')[0]).toMatchObject({ value: 20, unit: '场次' });
    expect(parseTargets('发放宣传资料1万份以上')[0]).toMatchObject({ value: 10000, unit: '份' });
  });
  it('skips years, ordinals, congresses, slogans in quotes and past facts', () => {
    expect(parseTargets('组织第十一届科技论坛')).toEqual([]);
    expect(parseTargets('学习党的二十大精神')).toEqual([]);
    expect(parseTargets('坚持"四个面向"，做到“两个维护”')).toEqual([]);
    expect(parseTargets('2021-2025年全国科普示范县创建')).toEqual([]);
    expect(parseTargets('2023年，县科协联合8个部门成立了工作联盟', 2024)).toEqual([]);
  });
  it('reads traditional characters', () => {
    expect(parseTargets('開展走訪慰問活動不少於40人次')[0]).toMatchObject({ value: 40, unit: '人次', comparator: 'at_least' });
  });
});

describe('parseTargets: the counts real plans write', () => {
  const read = (text: string) => parseTargets(text, 2026).map((t) => (t.comparator === 'range' ? [t.min, t.max, t.unit] : [t.value, t.unit]));
  it('reads counts without a verb and noun-then-number, in more units', () => {
    expect(read('完成 6500 亩示范片')).toEqual([[6500, '亩']]);
    expect(read('培育种养大户 25 户')).toEqual([[25, '户']]);
    expect(read('一等奖8篇、二等奖30篇')).toEqual([[8, '篇'], [30, '篇']]);
    expect(read('科普研学15期、品牌活动6场')).toEqual([[15, '期'], [6, '场']]);
    expect(read('出栏3000头，养鸡2万只，茶叶80吨，项目资金50万元，争取1.2亿元')).toEqual([[3000, '头'], [20000, '只'], [80, '吨'], [50, '万元'], [1.2, '亿元']]);
    expect(read('种植5 万株，受众2万人次')).toEqual([[50000, '株'], [20000, '人次']]);
  });
  it('reads one event or issue after its verb as a count, but not an article ("一支队伍", "一批")', () => {
    expect(read('结合科技活动周召开一次主题班会')).toEqual([[1, '次']]);
    expect(read('3.出一期科普板报和科普画廊')).toEqual([[1, '期']]);
    expect(read('打造一支队伍，建立一个机制，遴选一批先进集体')).toEqual([]);
  });
  it('keeps a count a template states for a stale year ("2010年要…创建20户以上") but not a past year\'s result', () => {
    expect(read('2010年要在城区每个社区创建20户以上的科普示范家庭。')).toEqual([[20, '户']]);
    expect(read('2023年，县科协在报刊刊登信息53篇。')).toEqual([]);
  });
  it('takes the whole, not its 其中 parts when they add up to it; a part that is a goal of its own stays', () => {
    expect(read('土地流转 9000 亩,其中大户承包 5000 亩,个\n体承包 4000 亩')).toEqual([[9000, '亩']]);
    expect(read('年内新建企业科协5家，其中高新区2家。')).toEqual([[5, '家'], [2, '家']]);
  });
  it('reads ranges with min, max and comparator "range"', () => {
    expect(parseTargets('力争新建1—2家')[0]).toMatchObject({ value: null, min: 1, max: 2, unit: '家', comparator: 'range' });
    expect(read('新建企业科协3至5家')).toEqual([[3, 5, '家']]);
  });
  it('takes only what is new, never what exists or happened', () => {
    expect(read('已建成12家，新建3家')).toEqual([[3, '家']]);
    expect(read('在已建成12家的基础上新建3家')).toEqual([[3, '家']]);
    expect(read('活动已于3月上旬完成，共开展志愿服务32场')).toEqual([]);
    expect(read('初赛已于3月20日举行，决赛定于6月中旬举办，评选优秀讲解员10名')).toEqual([[10, '名']]);
    expect(read('2025年全县共开展科普活动136场；2026年力争开展科普活动不少于150场')).toEqual([[150, '场']]);
  });
  it('never takes document numbers, quoted slogans, rates or vague amounts', () => {
    expect(read('根据县委〔2026〕15号文件精神，落实“三个一”要求和“五个一批”')).toEqual([]);
    expect(read('开展第二十六个全国科普日')).toEqual([]);
    expect(read('每月组织一次讲座，培育一批典型')).toEqual([]);
  });
});

describe('parseTargets: what is and is not a target (issue 17)', () => {
  const got = (t: string): string[] => parseTargets(t, 2026).map((x) => `${x.value}${x.unit}`);
  it('takes 辆, 所, 个, 名, 户, 期 after or before their noun', () => {
    expect(got('新增流动科普车2辆，覆盖学校30所')).toEqual(['2辆', '30所']);
    expect(got('培训50名科技辅导员，举办培训班3期')).toEqual(['50名', '3期']);
    expect(got('入户走访200户，建成科普e站5个')).toEqual(['200户', '5个']);
    expect(got('向先进校赠送四套机器人')).toEqual(['4套']);
  });
  it('does not take articles, meeting numbers, section counts or the size of the list that follows', () => {
    expect(got('打造一支科技志愿服务队伍，建立一个需求收集机制')).toEqual([]);
    expect(got('召开区科协三届五次全委会')).toEqual([]);
    expect(got('实施八项重点工程，推进四大行动')).toEqual([]);
    expect(got('我市将集中开展12项重点活动：一是举办启动仪式')).toEqual([]);
  });
});
