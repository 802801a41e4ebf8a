// Issue 16, w21 (helper t2): which plan item a record is linked to. Lightning and hail protection are disaster topics
// as much as earthquakes are; talks on them counted in 场 ("讲了两场") are the 减灾 item's 应急科普 talks. "防震减灾"
// names the topic, not the item's own work: a drill or a round of communities under that name, away from the
// observances and with no talk, is left unlinked.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

describe('w21 disaster links', () => {
  it.each([
    ['中秋节那天气象局跟白马乡科协在集市边上搞防雷科普 讲了两场 发防雷折页三百份 听的有五十来个人', '2026-09-28', ['二/（一）/3']],
    ['补报：7月中旬(7/14-7/16)防震减灾进村,三天走了东岭、西岭、南坡3个村,累计服务村民约380人次,发资料900份', '2026-07-30', [null]],
    ['#接龙 4月防震减灾进校园\n1. 4/7 城关二小 地震疏散演练 全校540人\n2. 4/8 实验小学 地震科普讲座1场 五年级约300人', '2026-04-10', [null, '二/（一）/3']],
    // Session 17 (the full eval after merging): 防震减灾 with a drill, a talk or its knowledge is the item's work again.
    ['本周三在镇中心小学开展防震减灾应急演练，全校师生八百余人参加', '2026-10-16', ['二/（一）/3']],
    ['受邀为县医院消防疏散演练作技术指导，演练后作防震减灾专题讲解一场，参加医护人员210人。', '2026-10-16', ['二/（一）/3']],
    // …but a class on 雷电防护 for children after school is a class of its own, not the item's 减灾 publicity (w2 label).
    ['周五下午社区托管班请了气象站的老师讲雷电防护知识，孩子三十来个', '2026-10-16', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
