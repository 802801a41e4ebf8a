// A plan's paragraph that tells its work in undated, uncounted sentences and closes on the year's goal
// ("…做好企业培育工作。全年力争新增科技型企业8家以上，新认定省级研发中心2家。"): the closing goal is an item of its
// own, each of its counted clauses apart, and the work told before it has no count and no date (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const plan = parsePlan(
  [
    '某县科技局2024年工作计划',
    '一、壮大创新主体',
    '1、培育科技型企业。围绕主导产业,改造提升食品加工、机械制造等传统产业。培育新材料、电子信息等新兴产业。分批次做好科技型企业培育、入库工作。全年力争新增科技型企业8家以上,新认定省级研发中心2家。',
    '2、开展科技培训。全年开展农业实用技术培训30场次,培训人数2000人。',
  ].join('\n'),
  { source: 'jihua.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES },
).plan;
const find = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
const targets = (words: string) => find(words)?.targets.map((t) => `${t.value}${t.unit}`);

describe('a paragraph closing on the year’s goal', () => {
  it('leaves the work told before it without the goal’s counts and dates', () => {
    expect(targets('改造提升食品加工')).toEqual([]);
    expect(find('改造提升食品加工')?.due).toEqual([]);
  });
  it('gives each counted clause of the goal its own count', () => {
    expect(targets('新增科技型企业8家以上')).toEqual(['8家']);
    expect(targets('新认定省级研发中心2家')).toEqual(['2家']);
  });
  it('dates each counted clause by the goal’s lead', () => {
    expect(find('新认定省级研发中心2家')?.due.map((d) => d.end)).toEqual(['2024-12-31']);
  });
  it('keeps a count of people with the work they come to', () => {
    expect(targets('全年开展农业实用技术培训30场次')).toEqual(['30场次', '2000人']);
  });
});
