// Plan links from holdout 13 (each rewritten in our own words first).
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('h13 farmers taught a subject that is not farming', () => {
  it.each([
    // Trademarks and brands taught at a growers' cooperative: the growers are farmers, the subject is not the 下乡 service's.
    ['9月3日，在青峰山柑橘专业合作社办了一场商标注册与品牌保护培训，果农和社员共41人参加，发放《商标注册指南》80本。', '2026-09-05', [null]],
    // With the programme named it is the programme's whatever it teaches.
    ['昨天跟县科协专家服务团一起到河口村，我们负责讲农产品商标注册，来听的果农六十来人', '2026-06-12', ['三/2']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h13 the 下乡 item by its lead body and its farmers', () => {
  it.each([
    // 养殖场户 are farmers (养殖户) as much as the households the item counts.
    ['5月20日，县畜牧中心联合县农技协在石桥镇举办家禽防疫培训班，培训养殖场户负责人和饲养员73名，之后到3家养鸡场现场指导。', '2026-05-22', ['三/2']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h13 a disaster talk by its quoted title', () => {
  it.each([
    ['第9周（3.16—3.20）\n周三（3月18日）：请县应急局的老师讲“汛期山洪灾害与自救”，学员120人；\n周五（3月20日）：书法班结业，结业学员30人。', '2026-03-20', ['二/（一）/3', null]],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('h13 a relay list of units own courses', () => {
  it.each([
    // No programme named, no village: each line is the adder's own course in a town.
    ['接龙：春季果园病虫害防治培训情况\n1. 王丽 3月10日 石桥镇 果农培训41人\n2. 张伟 3月12日 龙泉镇果树基地 33人 发资料60份', '2026-03-13', [null, null]],
    // The programme in the heading: its lines are the programme's.
    ['#接龙 3月专家服务团下乡记录\n1. 王丽 3月10日 石桥镇 果农培训41人\n2. 张伟 3月12日 东坡村 果树修剪 33人', '2026-03-13', ['三/2', '三/2']],
  ] as Case[])('%s', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
