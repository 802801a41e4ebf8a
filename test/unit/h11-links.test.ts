// Plan links from holdout 11 (each rewritten in our own words first): a survey of the public is not the survey
// of the plan's own people.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('h11 a survey of other people', () => {
  it.each([
    ['10月8日至12日，居民营养状况入户调查在东关、南关两个社区完成，共调查居民260户，收回有效问卷255份。', '2026-10-15', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h11 the 下乡 service by other names', () => {
  it.each([
    // Technicians sent to farmers' homes.
    ['9月12号到18号 组织技术员分片入户查果树病虫害，跑了4个乡镇，一共入户126户', '2026-09-20', ['三/2']],
    // A village's farm-machinery class.
    ['3月26日 河东村 农机安全使用 培训村民31人', '2026-03-27', ['三/2']],
    // Selling online is what was taught, not how it was taught.
    ['Report一下：7月24号请了县农技站的3位expert来站里讲苹果post-harvest储藏和网上销售，参加的果农38户，差不多45个人。', '2026-07-26', ['三/2']],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
