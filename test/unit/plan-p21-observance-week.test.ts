// A notice for a one-day observance whose lead names the observance's publicity week around it ("今年9月20日是…，
// 9月16日至22日为…宣传周"): its undated activities run in that week, not on the day alone nor on no day at all
// (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2019, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

describe("an observance's publicity week in a notice's lead", () => {
  const plan = read(
    [
      '市科协关于做好2019年防灾减灾日科普宣传工作的通知',
      '各区科协：',
      '今年5月12日是第十一个全国防灾减灾日，5月11日至17日为防灾减灾宣传周。现就有关工作通知如下：',
      '一、广泛发动',
      '各区科协要联系应急、气象等部门，组织科普志愿者深入社区开展应急避险知识宣传。',
      '二、丰富形式',
      '依托科普画廊、电子屏和微信公众号，普及地震、洪涝等灾害的自救互救知识。',
    ].join('\n'),
  );
  it("dates the undated activities by the week", () => {
    expect(dueOf(plan, '深入社区开展应急避险知识宣传')).toEqual(['2019-05-11..2019-05-17']);
    expect(dueOf(plan, '普及地震、洪涝等灾害的自救互救知识')).toEqual(['2019-05-11..2019-05-17']);
  });
});
