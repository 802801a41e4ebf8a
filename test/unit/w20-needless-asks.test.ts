// Issue 16, w20 follow-ups (needless questions): the sender's own people who went out or were organised to serve a
// public that is counted ran the event; a total written after smaller counts ("加起来一共…", "总共…") is who came,
// the counts before it its parts.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w20 needless asks', () => {
  it('the sender\'s people who went out, beside the public they served, are no second audience', () => {
    const [r] = read('今年是三月五号去的石桥村，去了老伙计八个，修小家电的村民九十来人，发了宣传单两百张。', '2026-03-09');
    expect(r).toMatchObject({ headcount: 90, asked: false });
    expect(Object.values(r!.metrics)).toContain(8);
    const [t] = read('上周四我们先动起来了：组织了协会里2位搞植保、果树的老专家，到东坡村开展冬季修剪指导，入户指导30户，另外在村部讲课一场，听讲村民四十来人。', '2026-12-14');
    expect(t).toMatchObject({ headcount: 40, asked: false });
    expect(Object.values(t!.metrics)).toContain(2);
  });
  it('a total written after smaller counts of its parts is who came', () => {
    const [r] = read('寒假里社区办了三天科学小课堂，一月二十号到二十二号，头一天孩子三十个，后两天每天四十五个，加起来一共一百二十人次。', '2026-01-26');
    expect(r).toMatchObject({ headcount: 120, unit: '人次', metrics: {}, asked: false });
    const [t] = read('12月3号下午四年级6个班同时上了防火安全课，每个班三十五人左右，总共二百一十来人。', '2026-12-07');
    expect(t).toMatchObject({ headcount: 210, asked: false });
  });
  it('lamps counted by 盏 are a figure of their own, never asked as people', () => {
    const [r] = read('中秋节前一天社区搞了亲子做灯笼活动，来了八十多个家庭，两百来人，灯笼做了六十来盏。', '2026-09-28');
    expect(r).toMatchObject({ headcount: 200, asked: false });
    expect(r!.metrics).toMatchObject({ 盏: 60 });
  });
});
