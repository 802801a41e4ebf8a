// A 工作要点 whose page stops inside its opening paragraph ("2025年，省科协将坚持…，着力…，推动…") is still a plan:
// under a plan's own title the paragraph's commitments are its items, even with no date or figure. A news page's
// paragraph of the same shape stays no plan (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'yaodian.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES });

describe('a plan cut off after its opening paragraph', () => {
  const { plan, report } = read(
    [
      '某省科协关于印发《某省科协2025年工作要点》的通知',
      '各市科协，各省级学会：',
      '为深入贯彻党的二十届三中全会精神，省科协研究制定了2025年工作要点，现印发给你们，请结合实际认真抓好落实。',
      '某省科学技术协会',
      '2025年2月8日',
      '某省科协2025年工作要点',
      '2025年，省科协将坚持以服务科技工作者为中心，着力健全基层组织体系，推动学会治理能力提升，深化科普工作社会化协同，团结引领广大科技工作者建功立业',
    ].join('\n'),
  );
  it('imports the paragraph as the plan for the stated year', () => {
    expect(plan.year).toBe(2025);
    expect(plan.items.some((i) => i.text.includes('着力健全基层组织体系'))).toBe(true);
    expect(report.kind).toBe('plan');
  });
});

describe('a news page with the same kind of paragraph', () => {
  const { plan } = read(
    [
      '某县科协2025年工作推进会召开',
      '2月20日，某县科协召开2025年工作推进会。',
      '2025年，县科协将坚持以服务科技工作者为中心，着力健全基层组织体系，推动学会治理能力提升，团结引领广大科技工作者建功立业',
    ].join('\n'),
  );
  it('is still no plan', () => {
    expect(plan.items).toEqual([]);
  });
});
