// Issue 16, w18 follow-ups (helper A): questions kexie asked where the words already settle the answer. The
// sender's own corps who took part (参与民兵, 参与队员) beside the public served ran it; "每户来一个人" is a rate, no
// count; a total right after counts that add up to it within their "多" is who came; the watchers of a livestream
// the writer held are online, the stream named before the topic of the talk.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w18 asks the words settle (A)', () => {
  it('the sender\'s own corps who took part beside the public served ran it', () => {
    const [r] = read('9月20日，镇武装部到东关村开展秋季防火宣传，服务村民约260人，参与民兵18名。', '2026-09-21');
    expect(r).toMatchObject({ headcount: 260, asked: false });
    expect(r!.metrics).toEqual({ '人(民兵)': 18 });
    const [own] = read('4月15日，街道在中心广场开展全民国家安全教育日宣传，服务居民300余人次，参与党员20名，发放折页500份。', '2026-04-16');
    expect(own).toMatchObject({ headcount: 300, unit: '人次', asked: false });
  });
  it('one person from each household is a rate, not a count', () => {
    const [r] = read('昨天县畜牧站的技术员来村里讲生猪防疫 来了四十五户 一家出一个人 也就是四十五个人 讲完又去猪场看了看', '2026-04-16');
    expect(r).toMatchObject({ headcount: 45, asked: false });
  });
  it('who watched a livestream the writer held are online, beside who sat in the room', () => {
    const [r] = read('昨天上午在视频号上做了场直播 讲第三代社保卡和医保码的用法 看的有两千多人 会议室里还有二十来个老人跟着一起学', '2026-08-10');
    expect(r).toMatchObject({ headcount: 20, asked: false });
    expect(r!.metrics).toEqual({ '人(线上)': 2000 });
  });
});
