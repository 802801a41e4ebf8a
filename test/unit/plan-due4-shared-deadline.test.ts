// A notice whose numbered points ask for forms, and whose last point sets the day they are all sent by
// ("三、各单位须于6月10日前将电子版表格发送到…"): the forms asked for above are due that day (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const plan = parsePlan(
  [
    '关于编制2020年学会活动指南的通知',
    '各学会,各市科协:',
    '为加强学会活动管理,现将有关事项通知如下:',
    '一、各学会研究本年度活动计划,填写并报送《2020年度学会活动计划表》(见附件1)。',
    '二、各市科协填写并报送《2020年度市科协重要活动计划表》(见附件2)。',
    '三、省科协将根据报送材料编制活动指南,并在网站公开发布。',
    '四、各相关单位须于6月10日前将电子版表格发送到学会部邮箱。',
  ].join('\n'),
  { source: 'tongzhi.txt', fallbackYear: 2020, importedAt: '', observances: OBSERVANCES },
).plan;
const due = (words: string) => plan.items.find((i) => i.text.includes(words))?.due.map((d) => d.end);

describe('the day a notice’s forms are sent by', () => {
  it('dates each form asked for above it', () => {
    expect(due('填写并报送《2020年度学会活动计划表》')).toEqual(['2020-06-10']);
    expect(due('填写并报送《2020年度市科协重要活动计划表》')).toEqual(['2020-06-10']);
  });
  it('does not date the work that follows the forms', () => {
    expect(due('省科协将根据报送材料编制活动指南')).toEqual([]);
  });
  it('keeps its own day', () => {
    expect(due('须于6月10日前将电子版表格发送到')).toEqual(['2020-06-10']);
  });
});
