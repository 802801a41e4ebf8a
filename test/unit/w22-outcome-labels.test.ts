// People counted by what they did at the event (gave blood, were vaccinated, registered) are labelled by that deed,
// so the 台账 adds them in one column whatever words came before the number.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const metricsOf = (text: string, today: string): Record<string, number> => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!.metrics;
};

describe('outcome figures are labelled by the deed', () => {
  it('gave blood: 人(献血), not the adverb before it', () => {
    const m = metricsOf('3月14日在县职中办了无偿献血知识讲座，听讲师生四百来人，讲完当场献血的有二十七人', '2026-03-16');
    expect(m['人(献血)']).toBe(27);
    expect(Object.keys(m).filter((k) => k.includes('当场'))).toEqual([]);
  });
  it('were vaccinated after the talk: 人(补种) beside the households who came', () => {
    const m = metricsOf('4月25日在村卫生室搞接种宣传，来了六十多户，十五个娃娃现场补种了', '2026-04-27');
    expect(m['人(补种)']).toBe(15);
    expect(m['户']).toBe(60);
  });
});

describe('a booking is not the deed', () => {
  it('现场预约接种 is 人(预约接种), not people vaccinated', () => {
    const m = metricsOf('3月4日到敬老院做疫苗接种咨询，到场老人及家属五十人，现场预约接种十二人', '2026-03-06');
    expect(m['人(预约接种)']).toBe(12);
    expect(m['人(接种)']).toBeUndefined();
  });
});

describe('signing up is not the deed', () => {
  it('当场报名献血的 are 报名, not 人(献血)', () => {
    const m = metricsOf('8月12日去县纺织厂做了一场无偿献血宣讲，厂里职工来了九十多人，当场报名献血的有三十个。', '2026-08-14');
    expect(m['人(献血)']).toBeUndefined();
  });
});
