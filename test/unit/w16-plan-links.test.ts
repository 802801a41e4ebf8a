// Links the w16 set and the older sets stored on a weak match (issue 16): a record is linked only when it names the
// item's own work. A disaster booklet's title handed out at an open day is not the 减灾 item's 应急科普; "villagers"
// only says who came (as 村民 does), not that farmers were served by the 下乡 programme.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('links the w16 set and older sets stored on a weak match', () => {
  it.each([
    // The title of a booklet handed out names its subject, not the work done at the event.
    ['今天水文站开放日，站里接待参观学生和市民420人次，技术员4名轮流讲解，发放《防灾减灾知识读本》600册。', '2026-04-10', [null]],
    // Older villagers at a phone class: who came, not farmers served.
    ['Update from Shuanghe village: Mar 3, a phone payment class for older villagers, 25 came, 4 volunteers helped them.', '2026-03-04', [null]],
    // A fire brigade's safety round to farmers' homes: fire safety, not the 下乡 service.
    ['11月30日乡消防所到红岩村开展入冬防火宣传，给农户讲电线老化和柴火堆放的隐患，入户检查38户，青年志愿者6名协助。', '2026-12-01', [null]],
    // A school's course in town with a 农业农村局: the 村 of a department's name is no village.
    ['5月11日至14日，我校与县农业农村局在镇上联合办了一期林下养殖技术培训班，请来省林科院专家2名授课，培训学员60人，共16课时。', '2026-05-15', [null]],
    // A drone spraying shown to farmers is a field operation (飞防), a station's own work.
    ['今天在青山村搞植保无人机喷药演示，飞了4架次，来看的农户31人。', '2026-06-03', [null]],
    // Phone help for farmers (an app installed): who was helped, not farming served.
    ['Thu 8/13：帮 6 户 farmers 装 天气 app，教会看预报', '2026-08-15', [null]],
    // A township centre's own field guidance with a county station's experts: the station line's work, not the programme.
    ['5月9日，乡农业综合服务中心开展玉米测土配方现场指导，取土样30个，到场农户代表48人，县农技站专家2名指导。', '2026-05-11', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links of the same shapes that stay', () => {
  it.each([
    ['5月9日，乡农业综合服务中心请县科协专家服务团进村指导玉米测土配方，到场农户48人。', '2026-05-11', ['三/2']],
    ['11月25日县科协专家服务团到红岩村讲冬季防火和果树越冬管理，服务农户40户。', '2026-11-26', ['三/2']],
    ['县科协专家服务团昨天在青山村做植保无人机喷药演示，服务农户31户。', '2026-06-03', ['三/2']],
    ['5月20日县科协专家服务团到我校实训基地给周边果农讲葡萄套袋，来了果农45人。', '2026-05-21', ['三/2']],
    ['4月9日在城南社区开展防灾减灾知识讲座，居民65人参加。', '2026-04-10', ['二/（一）/3']],
    ['Mar 5, county experts went to Shuanghe village to teach apple pruning, 40 farmers came.', '2026-03-06', ['三/2']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links the w16 set missed', () => {
  it.each([
    // A mushroom grower's subject taught at a 合作社: farming taught where farmers farm, as 修剪 or 栽培 is.
    ['前天在青石合作社讲香菇菌棒越冬管理 三十来个社员 发了菌种80袋', '2026-11-20', ['三/2']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
