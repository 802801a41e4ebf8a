// Issue 16, w23 and holdout 19 needless asks: the people who ran, led or came along with an event (teachers bringing
// their pupils, teachers a centre sent, guests invited to give it, the sender's own office) are never a second
// audience beside the people it served; places named by who lives in them are places, not people.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { withAudit } from '../../src/core/understanding/report-audit.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return withAudit(text, r.records).map((x) => ({ headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0, doubts: [...x.doubts, ...r.doubts].map((d) => d.question) }));
};

describe('w23 needless asks: who ran or came along is no second audience', () => {
  it('villages named by who lives in them (两个移民村) are places reached, the villagers the headcount', () => {
    const [r] = read('上周四我们在水库下游的两个移民村讲了汛期安全，来听的村民一百五十来人。', '2026-07-13');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 150, asked: false });
    expect(r!.metrics).toMatchObject({ 个: 2 });
  });
  it('teachers who brought their pupils (由三位老师带着) came along; the pupils are the headcount', () => {
    const [r] = read('上周五实验中学生物社团的三十个学生由三位老师带着，来我们站参观了水文监测。', '2026-05-11');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 30, asked: false });
  });
  it('teachers who tagged along after the pupils (老师跟着来了两个) came with them', () => {
    const [r] = read('上个礼拜二给河坝小学讲了防溺水 四年级六十来个学生 老师跟着来了两个', '2026-06-15');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 60, asked: false });
  });
  it('teachers a county centre sent (县里农技中心来了三个老师) taught; the growers who came are the headcount', () => {
    const [r] = read('正月初九我们合作社搞了个春耕座谈会 县里农技中心来了三个老师 来了五十多个种植户', '2026-03-05');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 50, asked: false });
  });
  it('guests invited back to hold a talk for others (邀请校友四位回校，为…举办) gave it', () => {
    const [r] = read('清明节前一天，我校邀请在外工作的校友四位回校，为初三学生举办“理想与科学”报告会，学生约二百人。', '2026-04-10');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 200, asked: false });
  });
  it("the sender's own office who all went (站里五个人全去了) ran it; the public asking is the headcount", () => {
    const [r] = read('昨天世界气象日 我们在城南广场摆了摊 发了资料三百来份 来问的市民一百来人 站里五个人全去了', '2026-03-24');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 100, asked: false });
  });
  it('prize winners (评出二等奖3人) are some of who competed, no second audience', () => {
    const [r] = read('补报上月的: 质量月, 9月中旬连着办了3场焊工技能比武, 参赛职工共38人次. 评出二等奖3人.', '2026-10-09');
    expect(r, JSON.stringify(r)).toMatchObject({ headcount: 38, asked: false });
  });
});
