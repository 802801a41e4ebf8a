// People honoured by name at an event ("表彰“最美乡村医生”4名", "评选出年度“优秀科普志愿者”10名") are people beside the
// headcount: a labelled figure 人(<the honour>), as the writers' brief keys helpers and experts, not a bare count of 名.
// Seen by five writers in four sets (w13c, w15b, w16b, va, xa), each labelled 人(“最美…”).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, metrics: x.metrics }));
};

describe('honoured people are a labelled figure of people', () => {
  it('表彰“…”N名 after a visit with its own headcount', () => {
    const [r] = read('6月2日镇卫生院组织慰问村医18人，并表彰“最美乡村医生”4名。', '2026-06-05');
    expect(r).toEqual({ headcount: 18, metrics: { '人(最美乡村医生)': 4 } });
  });
  it('评选出<year>年度“…”N位', () => {
    const [r] = read('昨天学会年会到会会员96人，会上评选出2026年度“优秀科普志愿者”10位。', '2026-11-20');
    expect(r).toEqual({ headcount: 96, metrics: { '人(优秀科普志愿者)': 10 } });
  });
  it('a quoted name of a thing before 名 is not people ("“科普小达人”评选" is, "“金点子”3名" is not)', () => {
    const [r] = read('9月18日城关二中科技节，参加学生420人，评出“金点子”奖3名。', '2026-09-20');
    expect(r?.metrics['人(金点子)']).toBeUndefined();
  });
});
