import { describe, expect, it } from 'vitest';
import type { Signup } from '../../src/core/headcounts/signup-schema.js';
import { answerSignups, unitKey } from '../../src/core/questions/answer-signups.js';
import { readSignupQuestion } from '../../src/core/questions/read-signup-question.js';

const signup = (event: string, entries: Array<[string, number]>): Signup => ({
  id: event,
  event,
  organiser: 'U0',
  createdAt: '2026-11-01T00:00:00Z',
  closed: false,
  entries: entries.map(([unit, count]) => ({ unit, count, by: 'U0', at: '2026-11-01T00:00:00Z' })),
  attendance: null,
  activityId: null,
});
const SIGNUPS = [
  signup('青少年科技创新大赛', [['实验小学', 24], ['县第一中学', 18]]),
  signup('科普讲解大赛', [['城关镇科协', 3], ['白马乡科协', 2]]),
  signup('农村实用技术培训班', [['白马乡科协', 30], ['城关镇科协', 16]]),
];
const answer = (text: string): string => {
  const q = readSignupQuestion(text);
  if (!q) throw new Error(`not read: ${text}`);
  return answerSignups(q, SIGNUPS);
};

describe('sign-up questions', () => {
  it.each([
    ['创新大赛一共报名多少人', { event: '创新大赛', unit: null }],
    ['县一中报了几个', { event: '', unit: '县一中' }],
    ['实验小学报了几个人参加大赛', { event: '大赛', unit: '实验小学' }],
    ['讲解大赛都谁报了', { event: '讲解大赛', unit: null }],
    ['城关镇科协报名了哪些', { event: '', unit: '城关镇科协' }],
    ['实验小学报了夏令营没有', { event: '夏令营', unit: '实验小学' }],
    ['征文比赛报了多少', { event: '征文比赛', unit: null }],
    ['查下 航模夏令营 的报名', { event: '航模夏令营', unit: null }],
    ['现在各个活动总共多少人报名了', { event: '', unit: null }],
  ])('%s', (text, want) => {
    expect(readSignupQuestion(text)).toEqual({ intent: 'signups', ...want });
  });

  it('leaves counts of other things to the log ("建言献策报了多少条了")', () => {
    expect(readSignupQuestion('建言献策报了多少条了')).toBeUndefined();
    expect(readSignupQuestion('青石镇科协今年报了多少活动，一共多少人参加')).toBeUndefined();
  });

  it('answers by event, by unit (县一中 = 县第一中学), every event that matches, and all events with their sum', () => {
    expect(answer('创新大赛一共报名多少人')).toContain('报名共42人');
    expect(answer('县一中报了几个')).toContain('青少年科技创新大赛：18人');
    expect(unitKey('县第一中学')).toBe(unitKey('县一中'));
    const both = answer('大赛一共报名多少人');
    expect(both).toContain('青少年科技创新大赛：报名共42人');
    expect(both).toContain('科普讲解大赛：报名共5人');
    expect(answer('城关镇科协报名了哪些')).toContain('合计19人');
    expect(answer('现在各个活动总共多少人报名了')).toContain('合计93人');
  });

  it('says 没有找到X的报名 with the events that have sign-ups', () => {
    expect(answer('征文比赛报了多少')).toBe('没有找到“征文比赛”的报名。现有报名的活动：青少年科技创新大赛、科普讲解大赛、农村实用技术培训班。查询：人数 <活动名>');
    expect(answer('实验小学报了夏令营没有')).toContain('没有找到“夏令营”的报名');
  });
});
