// A month-by-month plan flattened into one paragraph by a document site (blind-w9 qu-qingshaonian-kejijiaoyu-jihua-2013):
// "三月: 1.… 2.… 四月: … 七月。开展…。" — each month heads its tasks, a month with its task run on is one of its own,
// and the page footer after the last sentence ("…工作计划责任编辑:田老师阅读:人次") is no part of the plan.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const TEXT =
  '青少年科技教育工作计划 一、指导思想 以科学发展观为指导,深入开展科普宣传和科学技术传播活动,进一步提高广大科技辅导员及青少年的科学素质。 二、重点工作 继续与高校合作,选派优秀大学生进校担任校外科技辅导员工作。 ' +
  '三月: 1.选送优秀作品参加省青少年科技创新大赛; 2.组织参加市中小学生计算机程序设计竞赛。 六月: 举办2013年区青少年科技创新大赛。 (1)创造发明作品 (2)科学幻想绘画 七月。开展科技夏令营活动。 ' +
  '九月: 1.举办区中小学生航空、航海、车辆模型比赛; 2.举办区中小学生计算机程序设计比赛。 十二月。召开2013年青少年科技教育各项活动表彰会。 2014年青少年科技教育工作计划责任编辑:田老师阅读:人次';

const plan = () => parsePlan(TEXT, { source: 't.txt', fallbackYear: 2013, importedAt: '', observances: OBSERVANCES }).plan;
const due = (start: string): string[] => plan().items.find((i) => i.text.includes(start))?.due.map((d) => `${d.start}..${d.end}`) ?? ['(no item)'];

describe('a month-by-month plan run into one paragraph', () => {
  it('dates each numbered task by the month over it', () => {
    expect(due('选送优秀作品')).toEqual(['2013-03-01..2013-03-31']);
    expect(due('组织参加市中小学生计算机')).toEqual(['2013-03-01..2013-03-31']);
    expect(due('举办区中小学生航空')).toEqual(['2013-09-01..2013-09-30']);
  });

  it('reads a month with its task run on as that month’s task', () => {
    expect(due('开展科技夏令营活动')).toEqual(['2013-07-01..2013-07-31']);
    expect(due('举办2013年区青少年科技创新大赛')).toEqual(['2013-06-01..2013-06-30']);
    expect(due('各项活动表彰会')).toEqual(['2013-12-01..2013-12-31']);
  });

  it('drops the page footer and keeps the plan’s own year', () => {
    const p = plan();
    expect(p.year).toBe(2013);
    expect(p.items.some((i) => /责任编辑|田老师|阅读/u.test(i.text))).toBe(false);
  });
});
