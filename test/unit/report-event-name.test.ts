import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { eventName } from '../../src/core/understanding/report-event-name.js';

describe('eventName: the name a clerk writes for a chatty report', () => {
  it.each([
    ['下午在白马乡政府三楼会议室搞了个春耕备耕技术培训县科协专家服务团来了   专家讲的', '白马乡春耕备耕技术培训'],
    ['我们老科协在县老年大学办了一场“老年人健康与防骗”科普讲座，参加的老同志', '县老年大学“老年人健康与防骗”科普讲座'],
    ['我们学校请了县消防大队的来做了一场应急逃生讲座+疏散演练，初一初二全体参加', '应急逃生讲座+疏散演练'],
    ['我们社区搞了“科普进万家”入户宣传，主要讲天然气安全', '“科普进万家”入户宣传'],
    ['我说一下啊我们在十眼小学就是实验小学做了那个科学实验秀三场', '十眼小学科学实验秀'],
  ])('%s → %s', (words, name) => expect(eventName(words)).toBe(name));

  it.each(['科技活动周我们学校也凑了个热闹', '今天馆里人很多', '宣传单发出去了'])('%s names no event', (words) => {
    expect(eventName(words)).toBeUndefined();
  });
});

describe('readReport: titles of chatty reports', () => {
  const titleOf = (text: string, today: string): string => {
    const r = readReport(text, today);
    return r.kind === 'activity' ? (r.records[0]?.title ?? '') : '';
  };
  it.each([
    ['昨天下午在白马乡政府三楼会议室搞了个春耕备耕技术陪训县科协专家服务团来了两个专家讲的来了八十多个农户发了资料两百来份', '白马乡春耕备耕技术培训'],
    ['今天上午镇里组织的各村科普信息员培训应到32个实到29个', '各村科普信息员培训'],
    ['哎那个下午在南关村搞的那个科普讲座啊来了大概有60人吧然后发了那个宣传资料', '南关村科普讲座'],
  ])('%s → %s', (text, title) => expect(titleOf(text, '2026-11-23')).toBe(title));

  it('a clause that already names the event is kept as written', () => {
    expect(titleOf('11月20日 县科协召开第九届委员会第四次全体会议，应到委员45人，实到39人', '2026-11-23')).toBe('县科协召开第九届委员会第四次全体会议');
  });
});
