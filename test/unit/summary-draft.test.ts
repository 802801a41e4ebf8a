// The summary as a 工作总结: structure, grouping and sums, dates, and the rubric both drafters are held to.
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports.js';
import { draftSummary } from '../../src/core/summaries/draft-summary.js';
import { classify, placeOf } from '../../src/core/summaries/event-groups.js';
import { gatherFacts } from '../../src/core/summaries/gather-facts.js';
import { sectionHeading, shortTitle, targetName, unitOfPlan } from '../../src/core/summaries/section-heading.js';
import { figure } from '../../src/core/summaries/summary-phrases.js';
import { checkRubric } from '../../src/core/summaries/summary-rubric.js';
import { nextPeriod } from '../../src/core/summaries/summary-outlook.js';
import { Q3, variedQuarter } from '../support/varied-quarter.js';

const offline = async (today = '2026-10-15') => {
  const q = await variedQuarter(today);
  const draft = await draftSummary({ logger: silentLogger }, { period: Q3, plans: q.plans, activities: q.activities, today });
  return { ...q, draft, facts: gatherFacts(Q3, q.plans, q.activities, [], { today }) };
};

describe('the offline 工作总结 of a quarter of twenty varied records', () => {
  it('has the parts of a 工作总结 in order, passes the rubric and every figure checks', async () => {
    const { draft } = await offline();
    const text = draft.text;
    expect(text.split('\n')[0]).toBe('示例县科学技术协会2026年第三季度工作总结（草稿，请核对）');
    expect(draft.rubric).toEqual({ ok: true, problems: [] });
    expect(draft.check).toEqual({ ok: true, unsupported: [] });
    const at = (s: string): number => text.indexOf(s);
    expect(at('现将有关情况总结如下')).toBeGreaterThan(0);
    expect(at('\n一、主要工作\n')).toBeLessThan(at('\n二、特色亮点\n'));
    expect(at('\n二、特色亮点\n')).toBeLessThan(at('\n三、存在的不足\n'));
    expect(at('\n三、存在的不足\n')).toBeLessThan(at('\n四、下一步打算\n'));
    // Short headings of our own, in the plan's order.
    expect(at('（一）团结服务科技工作者')).toBeLessThan(at('（二）提升全民科学素质'));
    expect(at('（二）提升全民科学素质')).toBeLessThan(at('（三）服务创新驱动发展'));
    expect(text).not.toContain('加强思想政治引领，团结服务科技工作者');
    expect(text).toMatch(/\n一是/u);
    expect(text).toMatch(/\n二是/u);
    expect(text.trim().split('\n').slice(-2)).toEqual(['示例县科学技术协会', '2026年10月15日']);
  });

  it('groups events of a kind and sums them; a period report is not added to the events inside it', async () => {
    const { draft, facts } = await offline();
    const talks = facts.sections.flatMap((s) => s.groups).find((g) => g.kind === 'talk');
    // 1 + 2 + 1 talks on days of their own, and the 12 of September's report; the talk of 9月8日 is inside that report.
    expect(talks?.sessions).toBe(16);
    expect(talks?.people['人次']).toBe(320 + 180 + 150 + 1800);
    expect(talks?.within).toHaveLength(1);
    expect(draft.text).toMatch(/举办科普讲座16场，参加群众2450人次/u);
    expect(draft.text).toContain('城关二小');
    // One kind of 人 and one of 人次 in a section are said apart, never added.
    const section = facts.sections.find((s) => s.people['人'] !== undefined && s.people['人次'] !== undefined);
    expect(section).toBeDefined();
    expect(draft.text).not.toContain(String((section?.people['人'] ?? 0) + (section?.people['人次'] ?? 0)));
    // …and both are said: the section names its 人 apart from its 人次, and so does the opening.
    const line = draft.text.split('\n').find((l) => l.includes('开展工作') && l.includes('另有')) ?? '';
    expect(line).toContain(`${section?.people['人']}人`);
    expect(line).toContain(`${section?.people['人次']}人次`);
    const opening = draft.text.split('\n\n')[1] ?? '';
    expect(opening).toMatch(/参加群众\d+余?人次，另有\d+余?人参加/u);
  });

  it('names single events with date and place, and says no meaningless totals or repeated clauses', async () => {
    const { draft } = await offline();
    expect(draft.text).toMatch(/9月16日在人民广场举办的全国科普日主场活动/u);
    expect(draft.text).not.toMatch(/累计1场次|共计\d+家，共计|另有\d+项活动/u);
    expect(draft.text).not.toMatch(/建言献策信息已报送，建言献策信息已报送/u);
    // Two first-time records of one kind are said once, not "新成立企业科协（县电力公司科协），新成立企业科协".
    expect(draft.text).not.toMatch(/新成立企业科协（[^）]*），新成立企业科协/u);
    expect(draft.text).not.toMatch(/“[^”]*“/u);
  });

  it('writes 截至 the period end or today, whichever comes first', async () => {
    expect((await offline('2026-10-15')).facts.asOf).toBe('2026-09-30');
    const early = await variedQuarter('2026-10-15');
    const facts = gatherFacts(Q3, early.plans, early.activities.filter((a) => a.date <= '2026-08-15'), [], { today: '2026-08-15' });
    expect(facts.asOf).toBe('2026-08-15');
    const draft = await draftSummary({ logger: silentLogger }, { period: Q3, plans: early.plans, activities: early.activities.filter((a) => a.date <= '2026-08-15'), today: '2026-08-15' });
    expect(draft.text).toContain('截至8月15日');
    expect(draft.text).not.toContain('截至9月30日');
    expect(draft.rubric.ok).toBe(true);
  });

  it('lists shortfalls (behind time, overdue, units silent) and the next quarter’s tasks', async () => {
    const q = await variedQuarter();
    const draft = await draftSummary({ logger: silentLogger }, { period: Q3, plans: q.plans, activities: q.activities, today: '2026-10-15', units: [{ name: '城关镇科协', people: ['<@U9>'] }, { name: '县电力公司科协', people: [] }] });
    const part = (h: string): string => draft.text.split(`\n${h}\n`)[1]?.split(/\n\n[一二三四]、/u)[0] ?? '';
    expect(part('三、存在的不足')).toContain('时序进度');
    expect(part('三、存在的不足')).toMatch(/【待补充】[^\n]*召开县科协全委会（四\/1/u);
    expect(part('三、存在的不足')).toContain('城关镇科协');
    expect(part('三、存在的不足')).not.toContain('县电力公司科协');
    expect(part('四、下一步打算')).toMatch(/举办青少年科技创新大赛（10月20日前）/u);
    expect(part('二、特色亮点')).toContain('规模为本季度之最');
    // Nothing was logged before the quarter: no kind of work is claimed as done for the first time.
    expect(part('二、特色亮点')).not.toContain('首次开展');
  });
});

describe('summary wording helpers', () => {
  it('names the reporting body, short headings in simplified characters, places and kinds', () => {
    expect(unitOfPlan('2026年示例县科学技术协会工作要点')).toBe('示例县科学技术协会');
    expect(unitOfPlan('關於印發《某某市科協2026年工作要點》的通知')).toBe('某某市科协');
    expect(sectionHeading('深入實施全民科學素質提升行動')).toBe('提升全民科学素质');
    expect(shortTitle('開展“科普進社區”活動，全年不少於20場')).toBe('开展科普进社区活动');
    expect(targetName('組織開展全國科普日活動不少於')).toBe('组织开展全国科普日活动');
    expect(placeOf('科普讲座进社区（东关社区）')).toBe('东关社区');
    expect(placeOf('全国科普日主场活动在人民广场举办')).toBe('人民广场');
    expect(placeOf('城关镇中心小学举办科普讲座')).toBe('城关镇中心小学');
    expect(classify('专家服务团下乡到李庄村')).toBe('rural');
    expect(classify('', { 家: '新成立企业科协' })).toBe('org');
    expect(figure(9822, '人次', true)).toBe('9800余人次');
    expect(figure(62, '人', true)).toBe('62余人');
    expect(nextPeriod(Q3)).toMatchObject({ start: '2026-10-01', end: '2026-12-31', label: '下一季度' });
    expect(nextPeriod({ start: '2026-07-01', end: '2026-12-31' })).toMatchObject({ start: '2027-01-01', end: '2027-06-30' });
  });
});

describe('the rubric', () => {
  it('names what a bad draft gets wrong', async () => {
    const { draft, facts } = await offline();
    const good = draft.text;
    const problems = (text: string): string[] => checkRubric(text, facts).problems;
    expect(problems(good.replace('\n三、存在的不足\n', '\n'))).toContain('缺少部分：三、存在的不足');
    expect(problems(good.replace('现将有关情况总结如下。', '建言献策信息已报送，建言献策信息已报送3条。')).join()).toContain('重复的分句');
    expect(problems(good.replace('现将有关情况总结如下。', '新成立学会（县计算机学会），新成立学会。')).join()).toContain('重复的分句');
    expect(problems(good.replace('现将有关情况总结如下。', '围绕“开展“科普日”活动”。'))).toContain('引号嵌套');
    expect(problems(good.replace('现将有关情况总结如下。', '2月30日开展活动。'))).toContain('不可能的日期：2月30日');
    expect(problems(good.replace('现将有关情况总结如下。', '截至12月31日，各项工作有序推进。'))).toContain('不可能的日期：截至12月31日');
    expect(problems(good.replace('现将有关情况总结如下。', '累计1场次。')).join()).toContain('无意义的合计');
    expect(problems(good.replace('现将有关情况总结如下。', '科協工作。'))).toContain('含有繁体字');
    const s1 = facts.sections.find((s) => s.people['人'] && s.people['人次']);
    const sum = (s1?.people['人'] ?? 0) + (s1?.people['人次'] ?? 0);
    expect(problems(good.replace('现将有关情况总结如下。', `参加${sum}人次。`))).toContain(`人与人次相加：${sum}人次`);
    const dropped = good.replace(/[^\n]*人民广场[^\n]*\n/gu, '');
    expect(problems(dropped).join()).toContain('未交代的记录');
  });
});
