// One sentence listing an event notice's activities, some with a date in brackets ("启动仪式(拟定于5月18日)、
// 科普讲解赛、夜游科技馆(拟定于5月22日)…"): each activity is an item with its own date, the others fall in the
// event's window, and a call for proposals after them is not dated to the week (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'tongzhi.txt', fallbackYear: 2027, importedAt: '', observances: OBSERVANCES }).plan;
const dueOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.due.map((d) => `${d.start}..${d.end}`);

const NOTICE = [
  '各街道、各有关单位：',
  '按照市里统一安排，2027年全国科技活动周定于5月15日至22日举行。为办好我区活动周，现将有关事项通知如下：',
  '一、活动主题',
  '“科技让生活更美好”',
  '二、活动内容',
  '区科技局将组织区科技活动周启动仪式(拟定于5月15日上午)、“小小讲解员、大大科学梦”讲解赛、科技馆奇妙夜(拟定于5月21日晚)、实验室开放日等重点活动。同时，面向社会征集符合活动周主题的特色活动，具体如下：',
  '(一)宣传科技创新成果。组织科研院所展示近年来的创新成果。',
  '(二)普及健康生活知识。组织医疗机构开展健康讲座。',
].join('\n');

describe('activities listed with their own bracketed dates', () => {
  const plan = read(NOTICE);
  it('gives each listed activity its own date', () => {
    expect(dueOf(plan, '启动仪式')).toEqual(['2027-05-15..2027-05-15']);
    expect(dueOf(plan, '科技馆奇妙夜')).toEqual(['2027-05-21..2027-05-21']);
  });
  it('dates the listed activities with no date of their own in the week', () => {
    expect(dueOf(plan, '讲解赛')).toEqual(['2027-05-15..2027-05-22']);
    expect(dueOf(plan, '实验室开放日')).toEqual(['2027-05-15..2027-05-22']);
  });
  it('does not date the call for proposals to the week', () => {
    expect(dueOf(plan, '征集符合活动周主题')).toEqual([]);
  });
  it('keeps the content tasks in the week', () => {
    expect(dueOf(plan, '展示近年来的创新成果')).toEqual(['2027-05-15..2027-05-22']);
  });
});
