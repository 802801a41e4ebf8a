// Follow-up questions lean on the question just asked in the conversation; a unit's name finds its own records.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/activities/activity-schema.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { followUpOf } from '../../src/core/questions/follow-up-question.js';
import type { Question } from '../../src/core/questions/question.js';
import { understandQuestion } from '../../src/core/questions/understand-question.js';
import { namesUnit, unitRecords } from '../../src/core/questions/unit-records.js';
import { fixture, kexieForTests } from '../support/kexie-for-tests.js';
import { loadQuestionState, type QuestionState } from '../support/question-state.js';

const TODAY = '2026-11-23';
const STATE = JSON.parse(readFileSync(fixture('chat', 'found', 'question-state.json'), 'utf8')) as QuestionState;
const read = (text: string, previous?: Question): Question => followUpOf(understandQuestion(text, TODAY), text, previous, TODAY);

describe('a follow-up question', () => {
  const talks = read('上半年办了几场讲座');

  it('takes the topic and period of the question before when it points back and names neither', () => {
    expect(read('那来了多少人', talks)).toMatchObject({ intent: 'tally', measure: 'people', topic: '讲座', period: { start: '2026-01-01', end: '2026-06-30' } });
    // Its own period stands.
    expect(read('那下半年来了多少人', talks)).toMatchObject({ topic: '讲座', period: { start: '2026-07-01' } });
  });

  it('asks the question before again about a bare period or topic ("上个月呢", "培训呢")', () => {
    expect(read('上个月呢', talks)).toMatchObject({ intent: 'tally', measure: 'sessions', topic: '讲座', period: { start: '2026-10-01', end: '2026-10-31' } });
    expect(read('那培训呢', talks)).toMatchObject({ intent: 'tally', topic: '培训', period: { start: '2026-01-01', end: '2026-06-30' } });
  });

  it('leaves a question that stands on its own, and any question with nothing before it', () => {
    expect(read('今年办了几场培训', talks)).toMatchObject({ topic: '培训', period: { start: '2026-01-01' } });
    expect(read('那来了多少人')).toMatchObject({ intent: 'tally', topic: null });
    expect(read('上个月呢')).toMatchObject({ intent: 'due' });
  });

  it('is answered in chat from the conversation memory, and only in the same conversation', async () => {
    const { kexie } = kexieForTests(TODAY);
    const ctx = kexie.context({ user: 'U1', source: { kind: 'console' } });
    await loadQuestionState(kexie, ctx, STATE);
    await handleMessage(kexie, ctx, '上半年办了几场讲座');
    const reply = (await handleMessage(kexie, ctx, '那来了多少人')).text;
    expect(reply).toContain('280人');
    expect(reply).not.toContain('120人');
    const other = kexie.context({ user: 'U2', source: { kind: 'console' } });
    expect((await handleMessage(kexie, other, '那来了多少人')).text).not.toContain('280人');
  });
});

describe('a unit named in a question', () => {
  const record = (id: string, title: string, reporterUnit?: string): Activity =>
    ({ id, date: '2026-05-01', dateEnd: null, title, headcount: 10, approximate: false, headcountUnit: '人', metrics: {}, metricLabels: {}, itemId: null, planId: null, text: title, by: 'U1', at: '2026-05-01T00:00:00Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [], ...(reporterUnit ? { reporterUnit } : {}) }) as Activity;
  const log = [record('a', '白马乡春季培训', '白马乡科协'), record('b', '农技协白马乡下乡'), record('c', '县一中科普讲座', '县第一中学'), record('d', '恒达机械座谈会', '恒达机械企业科协')];

  it('is the unit by its full name, a short form or its leading words, never by a word every unit shares', () => {
    expect(namesUnit('白马乡科协', '白马乡科协')).toBe(true);
    expect(namesUnit('县一中', '县第一中学')).toBe(true);
    expect(namesUnit('恒达机械', '恒达机械企业科协')).toBe(true);
    expect(namesUnit('科协', '白马乡科协')).toBe(false);
    expect(namesUnit('青石镇科协', '白马乡科协')).toBe(false);
  });

  it("finds the records its people reported, not others' held in its township", () => {
    expect(unitRecords('白马乡科协', log)?.map((a) => a.id)).toEqual(['a']);
    expect(unitRecords('恒达机械', log)?.map((a) => a.id)).toEqual(['d']);
    // A place that is no unit's leading words is read as a place, elsewhere.
    expect(unitRecords('青石镇', log)).toBeUndefined();
  });
});
