// Figures a plan quotes from a source ("根据《…统计公报》，全省…达到12.3%", "据统计，…每年以约8%的速度增长") are facts,
// not goals; the goal set after them ("我们的目标是到2027年，将这一比例提高到18%") is one, due by the end of its year
// even when the page gives no year of its own (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parseTargets } from '../../src/core/plans/parse-targets.js';

const targets = (s: string, year?: number) => parseTargets(s, year).map((t) => `${t.value}${t.unit}`);

describe('figures a plan quotes from a source', () => {
  it('are not targets', () => {
    expect(targets('根据《全省科普统计公报》的数据，全省科普场馆年接待量已超过800万人次，且每年以约8%的速度增长。')).toEqual([]);
    expect(targets('据统计，全县具备科学素质的公民比例近三年提高了2.1个百分点，达到12.3%。')).toEqual([]);
  });
  it('leave the goal set after them', () => {
    expect(targets('根据最新调查报告，全县公民科学素质比例达到12.3%。我们的目标是到2027年，将这一比例提高到18%。', 2028)).toEqual(['18%']);
    expect(targets('据统计，全县现有科普示范社区6个，今年将新建2个。')).toEqual(['2个']);
  });
  it('date the goal by the end of its year', () => {
    expect(parseDeadlines('我们的目标是到2027年，将这一比例提高到18%', 2028).map((d) => d.end)).toEqual(['2027-12-31']);
  });
});
