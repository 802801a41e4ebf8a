// A template scheme for an observance whose 活动时间 was left blank ("_年_月_日---_日") and whose 指导思想 names the
// observance ("__年我县“全国科技活动周”要…"): its activities run on the observance's days; an activity with its own day
// keeps it (issue 17, p23).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'page.txt', fallbackYear: 2024, importedAt: '2024-04-20', observances: OBSERVANCES });

describe('a blank 活动时间 in an observance\'s template scheme', () => {
  const { plan } = read(
    [
      '范文参考',
      '一、指导思想',
      '__年我县“全国科技活动周”要以科学发展为主线，结合本县实际，开展形式多样的科普宣传活动。',
      '二、活动时间',
      '__年__月__日---__日',
      '三、活动安排',
      '（一）举办科技周启动仪式。5月19日上午，县科协在__广场举办启动仪式，设立不少于10个咨询台。',
      '（二）举办科普讲座。邀请专家为机关干部和居民作专题讲座。',
      '（三）开展科普图书进农村活动，向各乡镇赠送科普图书。',
    ].join('\n'),
  );
  const due = (words: string) => plan.items.find((i) => i.text.includes(words))?.due.map((d) => d.start.slice(5, 7));
  it('dates the undated activities in the observance\'s month', () => {
    expect(due('举办科普讲座')).toEqual(['05']);
    expect(due('科普图书进农村')).toEqual(['05']);
  });
  it('keeps an activity\'s own day', () => {
    expect(plan.items.find((i) => i.text.includes('启动仪式'))?.due.map((d) => [d.start, d.end])).toEqual([['2024-05-19', '2024-05-19']]);
  });
});
