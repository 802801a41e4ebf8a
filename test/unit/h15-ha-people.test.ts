// Asking less where the words decide (issue 16), from the fifteenth holdout's asked cases (each rewritten in our
// own words first):
// - those given a check after a talk (讲完又给四十多位居民做了…检测) are a part of its audience, not a second one.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, dateEnd: x.dateEnd, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('h15 HA: those served after the talk', () => {
  it('a check given afterwards to some of the audience is a part of it', () => {
    const [r] = read('5月31日世界无烟日，医院呼吸科两名医生到城南社区讲戒烟知识，到场居民约九十人，讲完又给四十多位居民做了一次简单的肺功能检测。', '2026-06-02');
    expect(r).toMatchObject({ date: '2026-05-31', headcount: 90, asked: false });
    expect(r?.metrics).not.toHaveProperty('人(居民)');
  });
  it('files opened for some of those served are a part of them', () => {
    const [r] = read('10月10日我们卫生院的四名医生去西坪村义诊，服务村民八十多人，还为十几位高血压老人建立了健康档案。', '2026-10-12');
    expect(r).toMatchObject({ date: '2026-10-10', headcount: 80, asked: false });
    expect(r?.metrics).not.toHaveProperty('人(高血压老人)');
  });
});
