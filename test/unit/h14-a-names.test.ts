// Asking less where the words decide (issue 16), from the fourteenth holdout's asked cases (each rewritten in our
// own words first):
// - a road's number (国道210, G205, 省道S301, 209国道) names the road, it counts nothing;
// - volumes (毫升, 升) and bunches (束) are units a clerk files as written.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h14 A: names and units', () => {
  it('a road named by its number is no figure', () => {
    const [r] = read('国庆假期我们在国道210服务区设了安全宣传点，10月2日到5日，发放资料900份，咨询的旅客四百多人次。', '2026-10-08');
    expect(r).toMatchObject({ date: '2026-10-02', dateEnd: '2026-10-05', headcount: 400, metrics: { 份: 900 }, asked: false });
    const [g] = read('5月12日在G205线加油站开展防灾减灾宣传，过往司机86人，发放手册120份。', '2026-05-13');
    expect(g).toMatchObject({ headcount: 86, metrics: { 份: 120 }, asked: false });
    const [s] = read('5月12日在209国道旁的村委会开展交通安全讲座，村民75人参加。', '2026-05-13');
    expect(s).toMatchObject({ headcount: 75, asked: false });
  });
  it('a volume in 毫升 is filed as written', () => {
    const [r] = read('6月14日世界献血者日，我们在文化广场组织无偿献血，156人献血成功，共采血52000毫升。', '2026-06-15');
    expect(r).toMatchObject({ date: '2026-06-14', headcount: 156, metrics: { 毫升: 52000 }, asked: false });
  });
  it('flowers in 束 are filed as written', () => {
    const [r] = read('4月3日在烈士陵园开展文明祭扫宣传，接待群众600余人次，赠送菊花300束。', '2026-04-04');
    expect(r).toMatchObject({ headcount: 600, metrics: { 束: 300 }, asked: false });
  });
});

describe('h14 A: 一共 after a thing', () => {
  it('一共 right after a noun of things is "in all", not one of it', () => {
    const [r] = read('3月6日在集市设咨询台，科普手册一共送出去八百本左右，来问的群众两百多人。', '2026-03-07');
    expect(r).toMatchObject({ headcount: 200, metrics: { 本: 800 }, asked: false });
    const [s] = read('3月6日在集市设咨询台，宣传单一共发了650张，来问的群众120人。', '2026-03-07');
    expect(s).toMatchObject({ headcount: 120, metrics: { 张: 650 }, asked: false });
  });
});
