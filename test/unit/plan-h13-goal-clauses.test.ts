// A goals paragraph under a run-in label ("工作目标：…") that strings counted tasks with semicolons, one of them broken
// down in a parenthesis ("（其中年会8场、报告会22场…）"): each task and each part of the breakdown is an item with only
// its own count, and a year-long date in one task dates no other (issue 17, holdout 13).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'xuehui.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;
const itemOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
const targetsOf = (plan: ReturnType<typeof read>, words: string) => itemOf(plan, words)?.targets.map((t) => `${t.value ?? `${t.min}-${t.max}`}${t.unit}`);

const GOALS = [
  '某区科协2027年学会工作计划',
  '一、工作目标',
  '工作目标：以“服务会员、服务创新”为主线，全年举办学术活动不少于60场（其中学术年会8场、专题报告会22场、科普讲座30场），覆盖信息技术、现代农业等重点学科；推动与省内12家科研院所签订合作协议；培养学会青年人才30名以上，打造学会品牌；引进专家项目8项以上。',
  '二、主要措施',
  '加强组织建设，完善学会章程。',
].join('\n');

describe('a labelled goals paragraph of counted tasks', () => {
  it('gives each task and each part of a breakdown only its own count', () => {
    const plan = read(GOALS);
    expect(targetsOf(plan, '全年举办学术活动不少于60场')).toEqual(['60场']);
    expect(targetsOf(plan, '学术年会8场')).toEqual(['8场']);
    expect(targetsOf(plan, '专题报告会22场')).toEqual(['22场']);
    expect(targetsOf(plan, '科普讲座30场')).toEqual(['30场']);
    expect(targetsOf(plan, '省内12家科研院所')).toEqual(['12家']);
    expect(targetsOf(plan, '青年人才30名')).toEqual(['30名']);
    expect(targetsOf(plan, '专家项目8项')).toEqual(['8项']);
    // The words after the breakdown go on with the whole count's task.
    expect(targetsOf(plan, '覆盖信息技术')).toEqual(['60场']);
  });
  it('keeps the year’s date on the task that states it', () => {
    const plan = read(GOALS);
    expect(itemOf(plan, '全年举办学术活动')?.due.map((d) => d.end)).toEqual(['2027-12-31']);
    expect(itemOf(plan, '省内12家科研院所')?.due).toEqual([]);
    expect(itemOf(plan, '专家项目8项')?.due).toEqual([]);
  });
});
