// Links the fourth holdout missed (issue 16): a duty log of the day's visitors counted in 人次 ("全天接待观众约420人次")
// is the county museum's, though it never names the museum; a day's visitors with no count in 人次 are not.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('links the fourth holdout missed', () => {
  it.each([
    ['3.7（周六）值班记录：全天接待观众约420人次，含学生团2批，无安全事故。', '2026-03-09', ['二/（二）/1']],
    ['今天科普志愿者到岗9人，协助讲解，全天接待参观群众1,036人次', '2026-05-16', ['二/（二）/1']],
    ['11月上旬累计接待参观群众7430人次，团体预约18批。', '2026-11-11', ['二/（二）/1']],
    // A farming talk given in a village, a pest-advice stall at a rural market: the 下乡 service where farmers are.
    ['昨天上午在桃源村讲水稻病虫害，来了四十几个人', '2026-07-10', ['三/2']],
    ['周二 去东湾村教剪枝 来了二十几个', '2026-03-23', ['三/2']],
    ['周四 柳河村大棚里讲育苗 18个人', '2026-03-23', ['三/2']],
    ['青山镇农技协 6月第1周\n6/1 东村 果园病虫害 38人', '2026-06-08', ['三/2']],
    ['週一雙河村春耕備耕講座，52人', '2026-03-28', ['三/2']],
    ['勞動節假期第二天，我們在鎮上集市擺攤做果樹病蟲害諮詢，上午來問的大約一百五十人。', '2026-05-03', ['三/2']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });

  it.each([
    // A farm base's visitors, a village's guests: not the museum's.
    ['昨天镇农业示范园接待参观群众200人次，讲解大棚种植技术', '2026-05-16', [null]],
    // A spring-ploughing course with no village, expert or service named stays unlinked (found f-s02).
    // A village 农技协's health talk is not farming (holdout3 ma-r019).
    ['重阳节那天俺村农技协和村委会一起给老年人搞了个健康科普讲座 请的乡卫生院大夫 六十岁以上的老人来了四十七个', '2026-10-20', [null]],
    ['3月至5月共举办春耕实用技术培训6期，培训农民420人次', '2026-06-01', [null]],
  ] as Array<[string, string, Array<string | null>]>)('does not link %s (%s)', async (text, today, paths) => {
    const got = await linkedPaths(text, today);
    expect(got).not.toContain('二/（二）/1');
    expect(got.length).toBe(paths.length);
  });
});
