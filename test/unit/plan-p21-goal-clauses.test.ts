// A news page's paragraph of goals, each a measure reaching its level ("到“十四五”末，…比例达到15%，…达到10%。到2025年，
// 各县…创建…，示范基地超过50家，…覆盖率达到100%；…"): each measure is an item with its own count, all due by the
// period's end; a five-year plan's end ("十四五末") is the last day of its last year (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2021, importedAt: '', observances: OBSERVANCES }).plan;
const itemWith = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
const counts = (plan: ReturnType<typeof read>, words: string) => itemWith(plan, words)?.targets.map((t) => `${t.value ?? `${t.min}-${t.max}`}${t.unit}`);
const ends = (plan: ReturnType<typeof read>, words: string) => itemWith(plan, words)?.due.map((d) => d.end);

describe("a five-year plan's end", () => {
  it('is the last day of its last year', () => {
    expect(parseDeadlines('到“十四五”末，具备科学素质的公民比例达到15%', 2021).map((d) => d.end)).toEqual(['2025-12-31']);
    expect(parseDeadlines('到十二五期末完成', 2012).map((d) => d.end)).toEqual(['2015-12-31']);
  });
});

describe('a paragraph of measured goals', () => {
  const plan = read(
    [
      '3年建成50家科普示范基地',
      '本报讯 市科协全委会昨天召开，提出到“十四五”末，全市具备科学素质的公民比例达到15%，继续走在全省前列，青少年科学素质达标率达到10%。到2025年，各县(区)全面开展科普示范县创建，科普示范基地超过50家，科普进社区活动覆盖率达到100%；全市中小学科技辅导员配备率达到100%，社区科普大学覆盖率达到90%；组建百支科技志愿服务队，发展一支3万人以上的科技志愿者队伍。推出2-4个科普短视频品牌；办好一批科普讲堂，重点打造1-2个全省知名的科普品牌活动。',
    ].join('\n'),
  );
  it('gives each measure its own item and count', () => {
    expect(counts(plan, '公民比例达到15%')).toEqual(['15%']);
    expect(counts(plan, '青少年科学素质达标率达到10%')).toEqual(['10%']);
    expect(counts(plan, '全面开展科普示范县创建')).toEqual([]);
    expect(counts(plan, '科普示范基地超过50家')).toEqual(['50家']);
    expect(counts(plan, '科技辅导员配备率达到100%')).toEqual(['100%']);
    expect(counts(plan, '发展一支3万人以上')).toEqual(['30000人']);
    // A bare 百 before its measure word is a round count.
    expect(counts(plan, '组建百支科技志愿服务队')).toEqual(['100支']);
    expect(counts(plan, '推出2-4个科普短视频品牌')).toEqual(['2-4个']);
  });
  it('dates every goal by the period it is set for', () => {
    for (const words of ['公民比例达到15%', '青少年科学素质达标率达到10%', '科普示范基地超过50家', '社区科普大学覆盖率达到90%', '推出2-4个科普短视频品牌']) {
      expect(ends(plan, words), words).toEqual(['2025-12-31']);
    }
  });
});

describe('a bare 百 in a program name', () => {
  it('is no count', async () => {
    const { parseTargets } = await import('../../src/core/plans/parse-targets.js');
    expect(parseTargets('充分发挥千名农技专家进村服务的作用，指导春耕生产。')).toEqual([]);
  });
});
