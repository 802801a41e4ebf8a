// Who ran it, not who came (holdout 5, issue 16): colleagues the writer's office sent (我们局里去了6位同事), staff
// sent to guide (派员3人到会指导), teachers invited to speak (请了县农业局的两位老师讲…) and the authors who hosted
// a signing (会员作者6人到场) are labelled figures, so the audience is stored without asking.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';

const one = (text: string, today: string): ReadRecord => {
  const r = readReport(text, today, {});
  if (r.kind !== 'activity' || r.records.length !== 1) throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r.records[0]!;
};
const people = (r: ReadRecord) => ({ headcount: r.headcount, staff: Object.entries(r.metrics).filter(([k]) => k.startsWith('人(')).map(([, v]) => v), asked: r.doubts.some((d) => d.field === 'headcount') });

describe('staff beside the audience', () => {
  it('reads 我们局里去了6位同事 as staff', () => {
    expect(people(one('昨天我们和应急管理局一起在城关二小办了场科普讲座,四到六年级学生都参加了,一共586人,老师们也很配合.我们局里去了6位同事.', '2026-10-14'))).toEqual({ headcount: 586, staff: [6], asked: false });
  });
  it('reads 县科协派员3人到会指导 as staff', () => {
    expect(people(one('8月14日，恒达机械有限公司企业科协成立大会召开，公司技术骨干50余人参会，县科协派员3人到会指导。', '2026-08-20'))).toEqual({ headcount: 50, staff: [3], asked: false });
  });
  it('reads 请了县农业局的两位老师讲土壤改良 as the speakers', () => {
    expect(people(one('上周三我们镇在农贸市场门口摆了摊子，请了县农业局的两位老师讲土壤改良，现场围了差不多两百人，发了一千二百份资料。', '2026-05-25'))).toEqual({ headcount: 200, staff: [2], asked: false });
  });
  it('reads 会员作者6人到场 at a signing as hosts, 读者80余人 as the audience', () => {
    expect(people(one('9月29日，县科普作家协会在新华书店举办了科普图书签售暨读书分享会，会员作者6人到场，读者80余人参加。', '2026-10-08'))).toEqual({ headcount: 80, staff: [6], asked: false });
  });
  it('still reads people who attended a meeting (到会50人) as its participants', () => {
    expect(one('昨天召开科协全委会，委员到会50人', '2026-10-08').headcount).toBe(50);
  });
});
