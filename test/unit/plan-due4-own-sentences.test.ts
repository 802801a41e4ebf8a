// One paragraph of a notice that holds several tasks, each with its own date or count: the event's days, the
// places on show, the form sent in by a day. Each sentence (or clause) that carries its own deadline or its own
// count is an item of its own, so a deadline ("于7月10日前将…报送至") belongs only to the submission it governs,
// and the undated work beside the event keeps the event's days (issue 17).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (lines: string[], year: number) =>
  parsePlan(lines.join('\n'), { source: 'tongzhi.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES }).plan;
const find = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0];
const due = (plan: ReturnType<typeof read>, words: string) => find(plan, words)?.due.map((d) => `${d.start}..${d.end}`);
const targets = (plan: ReturnType<typeof read>, words: string) => find(plan, words)?.targets.map((t) => `${t.value}${t.unit}`);

describe('a notice paragraph of several tasks', () => {
  const plan = read(
    [
      '关于征集2023年某市科技活动周分会场活动的通知',
      '各县区科协,各有关单位:',
      '市科协拟于2023年5月20日至27日组织开展2023年某市科技活动周系列活动。各有关单位原则上都要组织开展线上线下科普活动。市科协将择优确定15项分会场活动。请各单位于2023年5月5日前将活动方案发送至市科协邮箱,每单位限报2项。请及时报送。',
      '联系人:王老师',
    ],
    2023,
  );
  it('keeps the event days on the event and on the undated work beside it', () => {
    expect(due(plan, '组织开展2023年某市科技活动周系列活动')).toEqual(['2023-05-20..2023-05-27']);
    expect(targets(plan, '组织开展2023年某市科技活动周系列活动')).toEqual([]);
  });
  it('gives the deadline only to the submission it governs', () => {
    expect(due(plan, '将活动方案发送至市科协邮箱')).toEqual(['2023-05-05..2023-05-05']);
  });
  it('gives the selection its own count', () => {
    expect(targets(plan, '择优确定15项分会场活动')).toEqual(['15项']);
    expect(due(plan, '择优确定15项分会场活动')).not.toContain('2023-05-05..2023-05-05');
  });
});

describe('a deadline clause after a clause of another date', () => {
  const plan = read(
    [
      '关于报送2024年某区全国科普日活动的通知',
      '各街道,各有关单位:',
      '一、请有意参加9月14日主场展示的单位填写《主场活动信息表》,于2024年8月20日前将电子版发送至邮箱,符合要求的活动将编入《2024年某区全国科普日重点活动指南》。',
      '二、请活动举办单位于2024年8月10日至9月25日期间登录全国科普日网站登记活动信息,并于10月12日前补充完善活动信息和进展。',
    ],
    2024,
  );
  it('keeps the deadline apart from the day the units take part', () => {
    expect(due(plan, '将电子版发送至邮箱')).toEqual(['2024-08-20..2024-08-20']);
  });
  it('does not date a submission by an event named in a document’s title', () => {
    expect(due(plan, '编入《2024年某区全国科普日重点活动指南》')).toEqual(['2024-08-20..2024-08-20']);
  });
  it('keeps the period apart from the deadline after it', () => {
    expect(due(plan, '登录全国科普日网站')).toEqual(['2024-08-10..2024-09-25']);
    expect(due(plan, '补充完善活动信息和进展')).toEqual(['2024-10-12..2024-10-12']);
  });
});

describe('a report asked after an event of flattened paragraphs', () => {
  const plan = read(
    [
      '关于在2024年科技活动周期间开展公众开放活动的通知',
      '各重点实验室:',
      '  2024年科技活动周将于5月25日至6月1日举办。今年科技活动周的主题为“科技创新 引领未来”。  请各实验室结合自身特点,主动开展各种形式的公众开放活动。活动结束后,请将活动情况及时总结,于6月20日前通过电子邮件发至指定邮箱。  特此通知。',
    ],
    2024,
  );
  it('dates the open days by the week and the report by its day', () => {
    expect(due(plan, '主动开展各种形式的公众开放活动')).toEqual(['2024-05-25..2024-06-01']);
    expect(due(plan, '于6月20日前通过电子邮件发至')).toEqual(['2024-06-20..2024-06-20']);
  });
});
