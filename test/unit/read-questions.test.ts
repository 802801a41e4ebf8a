import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../../src/core/questions/question.js';
import { pastPeriodOf } from '../../src/core/questions/past-period.js';
import { topicOf } from '../../src/core/questions/question-topic.js';
import { measureOf } from '../../src/core/questions/question-measure.js';
import { subjectAndKind } from '../../src/core/questions/log-lines.js';
import { notUnderstood } from '../../src/core/questions/suggest.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';

const TODAY = '2026-11-23';
const read = (text: string, today = TODAY) => understandQuestion(text, today, ['科普部', '办公室']);

describe('questions about what was done, when, who and sign-ups', () => {
  it.each([
    ['今年开了几场培训了', { intent: 'tally', measure: 'sessions', topic: '培训', period: { start: '2026-01-01', end: TODAY } }],
    ['今年開了幾場培訓了？', { intent: 'tally', measure: 'sessions', topic: '培训' }],
    ['上半年覆盖了多少群众', { intent: 'tally', measure: 'people', topic: null, period: { start: '2026-01-01', end: '2026-06-30' } }],
    ['示范社区建成几个了', { intent: 'tally', measure: 'metric', unit: '个', topic: '示范社区' }],
    ['三月份搞了几次活动', { intent: 'tally', measure: 'activities', topic: null, period: { start: '2026-03-01', end: '2026-03-31' } }],
    ['how many sessions have we run this year?', { intent: 'tally', measure: 'sessions', topic: null }],
    ['上周都做了什么', { intent: 'done_list', period: { start: '2026-11-16', end: '2026-11-22' } }],
    ['what did we do last week?', { intent: 'done_list', period: { start: '2026-11-16', end: '2026-11-22' } }],
    ['今年搞过航模比赛吗', { intent: 'done_list', topic: '航模比赛', period: { start: '2026-01-01', end: TODAY } }],
    ['今年有没有办过科普讲座', { intent: 'done_list', topic: '科普讲座' }],
    ['上个月开过全委会没有', { intent: 'done_list', topic: '全委会', period: { start: '2026-10-01', end: '2026-10-31' } }],
    ['防灾减灾日宣传做得如何', { intent: 'item_report', topic: '防灾减灾日宣传' }],
    ['科技周还有几天', { intent: 'countdown' }],
    ['全委会什么时候开', { intent: 'when', topic: '全委会' }],
    ['建言献策什么时候报', { intent: 'when', topic: '建言献策' }],
    ['今天要干嘛', { intent: 'agenda', period: { start: TODAY, end: TODAY } }],
    ['这两天有啥事', { intent: 'agenda', period: { start: TODAY, end: '2026-11-24' } }],
    ['下周有什么安排', { intent: 'agenda', period: { start: '2026-11-30', end: '2026-12-06' } }],
    ['我是科普部', { intent: 'iam', department: '科普部' }],
    ['我们部门有什么任务', { intent: 'mine' }],
    ['我的任务', { intent: 'mine' }],
    ['青少年大赛报名多少人了', { intent: 'signups', event: '青少年大赛' }],
    ['三/1 已完成', { intent: 'mark', ref: '三/1', status: 'done' }],
    ['企业科协建设 完成了', { intent: 'mark', ref: '企业科协建设', status: 'done' }],
    ['三/1 进行中', { intent: 'mark', ref: '三/1', status: 'in_progress' }],
    ['三/1 未完成', { intent: 'mark', ref: '三/1', status: 'open' }],
    ['四/1完成了吗', { intent: 'status', ref: '四/1' }],
    ['全委会开了没', { intent: 'status', ref: '全委会' }],
    ['企业科协还差几家', { intent: 'tally', measure: 'metric', unit: '家', topic: '企业科协', remaining: true }],
    ['今年下乡服务了多少农户', { intent: 'tally', measure: 'metric', unit: '户' }],
    ['今年一共记录了多少条活动', { intent: 'tally', measure: 'activities', topic: null }],
    ['最近一次下乡是什么时候', { intent: 'last', topic: '下乡' }],
    ['实验小学报了几个人参加大赛', { intent: 'signups', unit: '实验小学', event: '大赛' }],
    ['How many sign-ups for the youth innovation contest?', { intent: 'signups', event: '青少年科技创新大赛' }],
    ['when is the plenary meeting?', { intent: 'when', topic: '全委会' }],
    ['How many people came to events last month?', { intent: 'tally', measure: 'people', period: { start: '2026-10-01', end: '2026-10-31' } }],
    ['how many schools has the mobile museum visited?', { intent: 'tally', measure: 'metric', unit: '所', topic: '流动科技馆' }],
    ['全委会开完了吗', { intent: 'status', ref: '全委会' }],
    ['我们部门逾期的有哪些', { intent: 'mine', focus: 'overdue' }],
    ['我们部门的任务进展怎么样', { intent: 'mine', focus: 'progress' }],
    ['我们部门下个月要做什么', { intent: 'mine', focus: 'list', period: { start: '2026-12-01', end: '2026-12-31' } }],
    ['今年搞了哪些培训', { intent: 'done_list', topic: '培训', period: { start: '2026-01-01', end: TODAY } }],
    ['二月份有什么活动', { intent: 'done_list', period: { start: '2026-02-01', end: '2026-02-28' } }],
  ])('"%s"', (text, want) => {
    const q = read(text);
    expect(q).toMatchObject(want);
    expect(QuestionSchema.safeParse(q).success).toBe(true);
  });

  it('reads a month later than today, asked about as done, as last year', () => {
    expect(pastPeriodOf('十一月份做了什么', '2026-02-10')?.period).toEqual({ start: '2025-11-01', end: '2025-11-30' });
    expect(pastPeriodOf('三月份', '2026-11-23')?.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
  });

  it('takes period and count words out of a topic, and leaves none for a generic one', () => {
    expect(topicOf('今年一共开展了多少场科普讲座')).toBe('科普讲座');
    expect(topicOf('这个月搞了几次活动')).toBeNull();
  });

  it('asks about one past event by its name: 那次 and 是哪天 are not part of it, 几个人 counts people', () => {
    expect(topicOf('茶叶培训那次来了多少人')).toBe('茶叶培训');
    expect(topicOf('机器人编程培训是哪天办的，来了几个人')).toBe('机器人编程培训');
    expect(measureOf('机器人编程培训是哪天办的，来了几个人')).toEqual({ measure: 'people', unit: null });
  });

  it('reads a countdown with a second part asking the progress as both', () => {
    expect(understandQuestion('流动科技馆巡展还剩几天到期？现在完成几所了', '2026-11-23')).toMatchObject({ intent: 'countdown', progress: true });
    expect(understandQuestion('科技周还有几天', '2026-11-23')).not.toHaveProperty('progress');
  });

  it('finds an event named by its subject and kind in a longer title (一中航模比赛 is 县一中校园航模竞赛)', () => {
    expect(subjectAndKind('一中航模比赛', '县一中校园航模竞赛')).toBe(true);
    expect(subjectAndKind('茶叶培训', '青石镇茶叶种植技术培训')).toBe(true);
    expect(subjectAndKind('茶叶培训', '青石镇茶叶种植技术讲座')).toBe(false);
    expect(subjectAndKind('航模比赛', '县一中校园机器人竞赛')).toBe(false);
  });

  it('reads 科普讲座 as any lecture (科普 is what every record is), and "都是啥" as no part of the topic (blind w9)', () => {
    expect(subjectAndKind('科普讲座', '县一中科技创新大赛动员讲座')).toBe(true);
    expect(subjectAndKind('科普讲座', '白马乡春季小麦病虫害防治培训')).toBe(false);
    expect(topicOf('白马乡科协下半年报了几次活动？都是啥')).toBe('白马乡科协');
    expect(topicOf('实验小学今年报了几次活动，分别是什么')).toBe('实验小学');
  });

  it('does not take reports, weekdays or chatter for questions', () => {
    expect(read('上周四在城关镇开了场防震减灾讲座，来了三十来人').intent).not.toMatch(/tally|done_list|agenda|mark/u);
    expect(read('今天按计划开展了科普讲座，120人').intent).not.toBe('agenda');
    expect(read('今天星期几').intent).not.toBe('tally');
    for (const report of ['我负责的科普讲座今天开了，来了120人', '上周四城关镇讲座来了十几个人', '昨天科普日活动，来了几十位群众', '今天下乡服务了好几户农户，几百人参加']) {
      expect(read(report).intent, report).not.toMatch(/tally|done_list|agenda|when|last|signups/u);
    }
  });

  it('rejects a question the schema cannot check', () => {
    expect(QuestionSchema.safeParse({ intent: 'tally', period: { start: '2026-13-01', end: '2026-01-01' }, label: 'x', measure: 'people', unit: null, topic: null }).success).toBe(false);
    expect(QuestionSchema.safeParse({ intent: 'agenda', period: { start: '2026-05-02', end: '2026-05-01' }, label: 'x' }).success).toBe(false);
  });

  it('says it did not understand and offers two or three close things', () => {
    const reply = notUnderstood('帮我订一张去北京的机票');
    expect(reply.startsWith('没看懂这句话')).toBe(true);
    expect(reply.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(notUnderstood('报名的事怎么弄')).toContain('报名多少人');
    expect(read('帮我订一张去北京的机票')).toMatchObject({ intent: 'keyword', explicit: false });
    expect(read('关于火箭的任务')).toMatchObject({ intent: 'keyword', explicit: true });
  });
});

describe('hostile questions', () => {
  it('reads a very long or repetitive text without treating it as a question of this kind, and keeps every field within the schema', () => {
    const long = '今年开了几场培训了'.repeat(5000);
    expect(['tally', 'done_list', 'agenda', 'when', 'last']).not.toContain(read(long).intent);
    for (const text of [`${'科'.repeat(200)}的目标`, '什么时候'.repeat(70), `${'科'.repeat(200)}什么时候开`, `${'a'.repeat(250)} 已完成`, '最近一次'.repeat(60)]) {
      const q = read(text);
      expect(QuestionSchema.safeParse(q).success, `${text.slice(0, 20)} → ${q.intent}`).toBe(true);
    }
  });
});
