// Links the w15 blind set made on a weak match (issue 16): "a record credited to a target because of a weak word match is
// a bug". A link needs the item's own object served: the 减灾 item's 应急科普 is for the public, not another office's
// training of its own duty staff (监测员, 水利员, a 业务培训) nor its publicity round away from the observance days; the
// 科技工作者 item's visits are to science workers, not to veterans or the elderly; a plan for later ("我们计划9月科普日…")
// is not the event. The same shapes for the item's own people still link.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('links the w15 set stored on a weak match', () => {
  it.each([
    // Another office's training of the people who do its duty: their job, not 应急科普 for the public.
    ['6月5日县应急局举办全县地震灾情速报员业务培训，各乡镇速报员72名参加，市地震局2名专家授课。', '2026-06-08', [null]],
    ['3月18日至19日，县气象局在局会议室举办全县气象灾害防御信息员培训班，各村信息员95人参训，发放工作手册95本。', '2026-03-23', [null]],
    // A publicity round months from the observance days: its door-to-door explaining is publicity, not a talk.
    ['根据全年工作安排，我局于3月10日至11日组织干部到全县5个乡镇开展“防汛防台 安全进万家”巡回宣传，采取摆摊咨询、入户讲解等方式，两天受众1800人次，发放明白卡3600份。\n县应急管理局\n2026年3月13日', '2026-03-13', [null]],
    // Visits to veterans or the elderly are not the visits to science workers.
    ['重阳节前，10月8日社区联合老年协会走访慰问了辖区高龄空巢老人31人，送去米面油和慰问金。', '2026-10-10', [null]],
    ['春节前夕，1月25日街道走访慰问了困难退役军人和烈属共15户，每户送去慰问金500元。', '2026-01-27', [null]],
    // A plan for later names the observance it will be held for; the event reported is another.
    ['县科协科普部：\n现将我台7月份科普工作情况报告如下。\n7月18日是我台开放日，我们组织开展了“走进气象台”公众开放活动，共接待市民和学生95人，其中小学生40人。技术人员3名现场讲解雷达原理。\n另外，我们计划9月科普日期间再与科协联合办一次，方案另报。\n县气象台\n7月28日', '2026-07-28', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links the w15 set missed', () => {
  it.each([
    // 科创大赛 is the 科技创新大赛 written short.
    ['截至本周五，我校共向县青少年科技教育中心报送科创大赛参赛作品15件，涉及学生38人。', '2026-06-12', ['二/（一）/4']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links of the same shapes that stay', () => {
  it.each([
    // The observance day named: the duty staff's talk on it is the item's.
    ['5月12日防灾减灾日，县应急局给各村灾情信息员讲了一场防汛避险知识，到场50人。', '2026-05-13', ['二/（一）/3']],
    // A training of people whose post is not the duty, on disaster safety: 应急科普 for them.
    ['前天镇里组织各村网格员培训，主要讲地质灾害避险，实到38人', '2026-11-20', ['二/（一）/3']],
    // Old experts and science workers visited, away from the day, are still the item's visits.
    ['1月20日学会走访慰问了6位退休老专家，送去春节慰问品', '2026-01-22', ['一/1']],
    ['2月3日县科协走访慰问老科技工作者9人，送去新春慰问品', '2026-02-04', ['一/1']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
