// Dates a section carries down (issue 17): "到2030年，…" opening a section of goals dates every goal under it by that
// year's end; lines each opening with their month ("3月份…", "4月份…") under one heading are items of their own month.
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, year = 2027) => parsePlan(text, { source: 'plan.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

describe('"到2030年" opening a list of goals', () => {
  it('reads "到2030年，" at a clause start as that year’s end, not "截至2026年" nor "到2030年6月"', () => {
    expect(parseDeadlines('到2030年，全县建成科普站点40个', 2027).map((d) => d.end)).toEqual(['2030-12-31']);
    expect(parseDeadlines('力争到2029年实现乡镇全覆盖', 2027).map((d) => d.end)).toEqual(['2029-12-31']);
    expect(parseDeadlines('截至2026年，已建成站点30个', 2027)).toEqual([]);
    expect(parseDeadlines('到2030年6月完成验收', 2027).map((d) => d.end)).toEqual(['2030-06-30']);
  });

  it('dates the goals after the lead paragraph by that year, even those with no figure', () => {
    const plan = read(
      '某县科普能力提升实施方案（2027—2030年）\n一、主要目标\n到2030年，全县科普设施布局合理，科普服务覆盖城乡。\n——科普阵地更加完善。每个乡镇建成科普活动站，村级科普室覆盖率达到90%。\n——科普队伍不断壮大。科普志愿者队伍持续扩大，科普经费逐步增长，\n二、重点任务\n（一）建设科普阵地。推动乡镇科普站建设。',
    );
    expect(dueOf(plan, '科普服务覆盖城乡')).toEqual(['2030-12-31..2030-12-31']);
    expect(dueOf(plan, '村级科普室覆盖率')).toEqual(['2030-12-31..2030-12-31']);
    expect(dueOf(plan, '科普经费逐步增长')).toEqual(['2030-12-31..2030-12-31']);
    // The next section is not under the lead.
    expect(dueOf(plan, '推动乡镇科普站建设')).toEqual([]);
  });
});

describe('lines each opening with their month under one heading', () => {
  it('gives each month’s line its own month, not every month of the heading', () => {
    const plan = read('某社区科普工作计划\n一、健全组织\n完善科普工作小组，明确分工。\n二、开展主题科普活动;\n4月份结合春季特点，开展防汛知识宣传;\n5月份结合节日特点，开展安全用电宣传;\n6月份', 2027);
    expect(dueOf(plan, '防汛知识')).toEqual(['2027-04-01..2027-04-30']);
    expect(dueOf(plan, '安全用电')).toEqual(['2027-05-01..2027-05-31']);
  });
});

describe('a goal set for the plan’s year', () => {
  it('dates "2027年…的总体目标是…达到70%" within that year', () => {
    const plan = read('某乡2027年科普教育计划\n一、工作目标2027年全乡科普教育的总体目标是村民参与率达到70%，科普活动覆盖所有村组。\n1.建立乡村科普教育体系。\n2.提升村民科学素质。\n二、实施步骤\n1.组织科普讲座。');
    expect(dueOf(plan, '参与率达到70%')).toEqual(['2027-01-01..2027-12-31']);
  });
});
