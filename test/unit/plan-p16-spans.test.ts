// A span of months that crosses into the next year ends in the year it writes ("2023年10月-2024年9月", "10月至次年3月");
// a section whose first paragraph opens with its period ("2024年3月至5月期间，…将…") dates the paragraphs after it
// that name no date of their own (issue 17).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parseDeadlines(text, 2024).map((d) => `${d.start}..${d.end}`);

describe('spans of months', () => {
  it('end in the year they write', () => {
    expect(read('活动时间:2023年10月-2024年9月')).toEqual(['2023-10-01..2024-09-30']);
    expect(read('10月至次年3月开展冬季科普')).toEqual(['2024-10-01..2025-03-31']);
  });
});

describe("a section's opening period", () => {
  it('dates the undated paragraphs after it', () => {
    const plan = parsePlan(
      [
        '科普剧团年度巡演方案',
        '一、活动内容',
        '(一)科普剧进校园',
        '2024年3月至5月期间,剧团将到各小学巡回演出科普剧。通过演出激发学生的科学兴趣。',
        '演出结束后开展科学小实验互动,并向学校赠送科普图书。',
        '(二)科普剧进社区',
        '9月至10月,剧团将到各社区演出。',
      ].join('\n'),
      { source: 'juntuan.txt', fallbackYear: 2024, importedAt: '', observances: OBSERVANCES },
    ).plan;
    const due = (s: string) => plan.items.find((i) => i.text.startsWith(s))?.due.map((d) => `${d.start}..${d.end}`);
    expect(due('演出结束后')).toEqual(['2024-03-01..2024-05-31']);
  });
});
