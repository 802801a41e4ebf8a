// Plan links from w23 and holdout 19 (in our own words): a record is credited to an item only when it is what the item
// counts, not when it shares a word with it. A course for the people whose post is safety is not the 减灾 item's public
// 应急科普; a part naming an occasion of its own is not its sibling's observance; a lead's "(含科普日)" says what the period
// holds, not that every part is the observance's; a 馆 showing archives is not the 县科技馆.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('w23 links: what the item counts, not a chance word', () => {
  it.each([
    // Training the safety officers of firms while checking their lightning rods: their post, not the public's 应急科普.
    ['八月份给全县十来家化工厂做防雷装置年检，顺便搞了防雷安全培训，培训企业安全员五十二人。', '2026-09-03', [null]],
    // On the observance day it is the item's still.
    ['5月12日防灾减灾日，我们给园区企业安全员开了应急科普讲座一场，来了60人。', '2026-05-14', ['二/（一）/3']],
    // The second part names its own day (助残日, 中秋): not the 科技周 or 科普日 of the first.
    ['科技周报一下 上周六十六号在社区办了科普体验日 县科技馆带了十件展品 居民六十来个 第二天十七号是助残日 我们去康复中心送了科普书三十本 讲了故事 听的人二十五个', '2026-05-19', ['二/（一）/1', null]],
    ['9月19号科普日我们组织了三十组家庭去县科技馆参观，一共九十几个人。中秋前一天园里给孩子们讲了月亮的小课，一百八十个孩子。', '2026-09-28', ['二/（一）/2', null]],
    // "(含科普日)" heads a fortnight: its other lines are the station's own work.
    ['九月中下旬（含科普日）：\n9/19 周六 科普日镇上联动，我所设了咨询台，发资料500份，群众两百左右。\n9/23 周三 村级防疫员培训，18人。', '2026-09-30', ['二/（一）/2', null]],
    // A 馆 showing archives is an archive, not the 县科技馆, even counting visitors.
    ['4月上旬（4月6日至10日），我馆在二楼展厅举办“老城变迁档案展”，展出档案原件120件，共接待参观群众960人次。', '2026-04-15', [null]],
    // A class the pupils sat in on (听课的学生) on lightning safety is the item's 应急科普 talk, any day of the year.
    ['上周四我们到河西小学搞了防雷安全进校园给五六年级讲 听课的学生两百四十个 发了防雷手册两百份', '2026-04-20', ['二/（一）/3']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
