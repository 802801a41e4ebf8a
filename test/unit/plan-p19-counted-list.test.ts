// One sentence that lists an event's program as counted parts ("活动期间，将举办2场主场活动，开设5个分会场，4项
// 重点活动，6项专场活动，实施10项特色活动"): each counted part is an item with its own count, held in the event's days
// (issue 17, p19).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

describe('a sentence listing counted parts of an event’s program', () => {
  const { plan } = parsePlan(
    [
      '某省一批科普活动即将启动',
      '发布时间:2026-08-30 10:00:00 浏览量:12',
      '9月6日,某省全国科普月主场活动将在省科技馆启动。',
      '据悉,某省将于9月全月开展全国科普月活动,主题为“科学创造未来”。',
      '活动期间,全省将举办2场“全国科普月”省级主场活动,各市系列主场活动,开设5个专题分会场,4项重点活动,6项专场活动,实施10项基层特色科普活动。',
    ].join('\n'),
    { source: 'page.txt', fallbackYear: 2026, importedAt: '2026-08-30', observances: OBSERVANCES },
  );
  const item = (words: string) => plan.items.filter((i) => i.text.includes(words)).sort((a, b) => a.text.length - b.text.length)[0];
  it.each([
    ['开设5个专题分会场', '5个'],
    ['4项重点活动', '4项'],
    ['6项专场活动', '6项'],
    ['实施10项基层特色科普活动', '10项'],
    ['省级主场活动', '2场'],
  ])('%s counts %s only, in the event’s month', (words, count) => {
    expect(item(words)?.targets.map((t) => t.text)).toEqual([count]);
    expect(item(words)?.due.map((d) => `${d.start}..${d.end}`)).toEqual(['2026-09-01..2026-09-30']);
  });
});
