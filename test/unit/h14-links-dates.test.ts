// Dates and plan links from holdout 14 (each rewritten in our own words first).
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES, linkedPaths } from '../support/kexie-for-tests.js';

const dates = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => [x.date, x.dateEnd]);
};

describe('h14 an English month before a span of days', () => {
  it.each([
    // "Aug 3-4": the 3rd to the 4th of August, never March 4th.
    ['Aug 3-4 两天，在站里办了防汛值班员 workshop，参加 52 人。', '2026-08-06', [['2026-08-03', '2026-08-04']]],
    ['September 14 – 16, 三天的青少年编程营 wrapped up, 40 students in total.', '2026-09-18', [['2026-09-14', '2026-09-16']]],
  ] as Array<[string, string, string[][]]>)('%s', (text, today, want) => {
    expect(dates(text, today)).toEqual(want);
  });
});

type Case = [string, string, Array<string | null>];

describe('h14 a hall of another kind than the science museum', () => {
  it.each([
    // A county chronicles hall (史志馆, 方志馆) shows exhibits and receives pupils of its own: not the 县科技馆's.
    ['3月12日，县史志馆推出“老县城变迁”图片展，展出老照片、旧档案等展品58件，开展当天接待参观群众约90人。', '2026-03-16', [null]],
    ['7月10日至8月20日，县方志馆面向中小学生开放研学，累计接待中学生研学团队9批、学生共计210人次。', '2026-08-26', [null]],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h14 the museum training its own volunteers', () => {
  it.each([
    // Those trained are the museum's helpers, not its visitors, even when walked round the exhibits.
    ['本周日在馆里给新招的讲解志愿者做了岗前培训，来了31个大学生，老讲解员带着把三个展区走了一遍。', '2026-04-14', [null]],
    ['Sat 4/11 volunteer onboarding at the science museum: 18 new volunteers, 2 senior guides showed them the 展厅.', '2026-04-13', [null]],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h14 a day and a count after a dash', () => {
  it('a figure after the dash is no end day', () => {
    const r = readReport('The youth robotics club met on Oct 12 – 45 kids in 2 groups.', '2026-10-14', { observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error('not an activity');
    expect(r.records.map((x) => [x.date, x.dateEnd, x.headcount])).toEqual([['2026-10-12', null, 45]]);
  });
});

describe('h14 the museum staff who came with the touring exhibition', () => {
  it.each([
    // "科技馆的辅导员" came with the tour: the tour at a school is still the 巡展进校园, not the county museum's exhibits.
    ['流动科技馆这周来了我们学校，9月14日到16日三天在操场布展，带来展品26件，三天参观共计530人次。科技馆的老师还给几件展品临时加了讲解。', '2026-09-18', ['二/（二）/3']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h14 a dated heading line over sessions of the day', () => {
  it.each([
    // The heading names the observance; the sessions under it, by time of day, are its events.
    ['10.13 国际减灾日 搞完了 ✅\n上午 城关二小 避险演练 talk，学生约 260 人；\n下午 北门社区，居民 45 人。', '2026-10-14', ['二/（一）/3', '二/（一）/3']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
