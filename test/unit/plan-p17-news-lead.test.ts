// A news page's lead tells of a past day and then the year's plan ("4月2日,…在市科技馆启动。2025年,流动科技馆
// 将巡展20个乡镇,预计服务观众5万人次。"): the plan after the lead is read
// (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[]) => parsePlan(lines.join('\n'), { source: 'news.txt', fallbackYear: 2025, importedAt: '', observances: OBSERVANCES }).plan;
const find = (plan: ReturnType<typeof read>, s: string) =>
  plan.items.filter((i) => i.text.includes(s)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];

describe("a news lead with the year's plan", () => {
  const plan = read([
    '2025年流动科技馆将巡展20个乡镇',
    '4月2日,全省流动科技馆巡展活动在市科技馆启动。2025年,流动科技馆将巡展20个乡镇,预计服务观众5万人次。',
    '省科技馆有关负责人介绍,今年将新增3套互动展品,并把一半以上的展期安排在学校。',
    '巡展启动仪式现场气氛热烈,学生们争相体验。',
  ]);
  it('reads the plan after the lead', () => {
    const tour = find(plan, '巡展20个乡镇');
    expect(tour?.text).not.toContain('4月2日');
  });
});
