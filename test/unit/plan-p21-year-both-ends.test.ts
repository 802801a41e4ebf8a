// A notice's window written with the year on both ends and its closing hour ("2023年4月3日—2023年4月14日17:00"): one
// window from the first day to the last, not two single days (issue 17, p21).
import { describe, expect, it } from 'vitest';
import { parseDeadlines } from '../../src/core/dates/parse-deadlines.js';

const windows = (text: string, year: number) => parseDeadlines(text, year).map((d) => `${d.start}..${d.end}`);

describe('a range with the year written on both ends', () => {
  it('is one window', () => {
    expect(windows('征集时间：2023年4月3日—2023年4月14日17:00(以邮戳为准)。', 2023)).toEqual(['2023-04-03..2023-04-14']);
    expect(windows('报名时间为2023年4月3日9:00至2023年4月14日18:00。', 2023)).toEqual(['2023-04-03..2023-04-14']);
  });
  it('takes the end year when it differs', () => {
    expect(windows('申报时间：2023年12月20日至2024年1月10日17:00。', 2023)).toEqual(['2023-12-20..2024-01-10']);
  });
});
