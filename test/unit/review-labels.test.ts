// Labels of people who are not the audience, when the noun that names them comes after their count with words
// between ("由6名中级以上职称农技专家组成的服务组": 专家), never pieces of the sentence before it ("组织由").
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('a team made up of people named after their count', () => {
  it('keeps the team under the noun that names them', () => {
    expect(read('5月9日，我站组织由6名中级以上职称农技专家组成的服务组，到双河村开展春耕技术咨询，服务农户85人。', '2026-05-11')).toEqual([
      { headcount: 85, metrics: { '人(专家)': 6 }, asked: false },
    ]);
  });
  it('names teachers who made up a team the same way', () => {
    expect(read('3月20日学校派出由4位高级教师组成的宣讲团到三所村小送课，听课学生共210人。', '2026-03-22')).toEqual([
      { headcount: 210, metrics: { '人(教师)': 4, '所': 3 }, asked: false },
    ]);
  });
});
