// Links the w8 blind set made wrong or missed (issue 16): the item's core object must be there, not a shared
// generic word. A township's staff training is not the 下乡 service; a school's show that only hopes to enter
// the contest is not the contest; the museum's instructor at a village class is not the museum's visitors;
// handing out flood leaflets or an experience day is not the 应急科普讲座; a market stall with experts is 下乡.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

const linked = linkedPaths;

describe('links the w8 set stored wrong', () => {
  it.each([
    ['7月2日上午，白水镇召开2026年镇村科协工作培训会。应到各村科普宣传员及农技协负责人42人，实到39人，县科协科普部2名同志到会指导授课。', '2026-07-03', [null]],
    ['我们学校科学社这学期做了一个“校园植物调查”的专题。上周五（11/20）办了成果展，全校来看的师生差不多五百人，还请了县林业局2位专家来点评，建议明年可以报青少年科技创新大赛。', '2026-11-24', [null]],
    ['我們學校科學社這學期做了一個「校園植物調查」的專題。上週五（11/20）辦了成果展，全校來看的師生差不多五百人，還請了縣林業局2位專家來點評，建議明年可以報青少年科技創新大賽。', '2026-11-24', [null]],
    ['妇联的“家庭科学小课堂”8月20号在柳林村，请了县科技馆的辅导员来做空气炮、水火箭，来了38个孩子', '2026-08-26', [null]],
    ['上周六帮乡里发防汛明白纸 二百来份', '2026-08-16', [null]],
    ['国庆假期第三天 应急局在县体育馆办了应急科普体验日 VR地震体验 烟雾逃生通道 来体验的市民大约2000人次', '2026-10-08', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });
});

describe('links the w8 set missed', () => {
  it.each([
    ['五一放假第二天 在白水镇大集上 摆摊搞科技咨询 问的群众二百多 发资料六百份 专家四个', '2026-05-06', ['三/2']],
    ['劳动节假期第二天，农学会在镇上集市摆了个科技咨询摊子，问种子化肥的农户不少，登记了96户，发《春播技术要点》500份', '2026-05-06', ['三/2']],
    ['1月9日上午,县气象局联合县科协在城关二小开展冬季气象科普讲座,讲解寒潮、道路结冰防御知识,四至六年级学生计412人参加.', '2026-01-12', ['二/（一）/3']],
    ['7月中旬在几个山区乡镇搞了“暴雨灾害防御”巡回宣讲,下去了5个乡镇,总共5场,累计听众398人次。', '2026-08-05', ['二/（一）/3']],
    ['上个月月底那几天（设备检修完重新开放后）接待了学校团体9批，学生1100余人', '2026-12-02', ['二/（二）/1']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });

  it('still links the 应急科普讲座 and a flood drill for the observance', async () => {
    expect(await linked('昨天在实验小学举办应急科普讲座，学生300人', '2026-08-16')).toEqual(['二/（一）/3']);
    expect(await linked('5月12日防灾减灾日在城关广场开展防汛宣传，群众500人', '2026-05-13')).toEqual(['二/（一）/3']);
    // Publicity with no talk on the observance day itself is the item's 主题宣传.
    expect(await linked('about 300 residents joined the disaster-prevention fair on May 12', '2026-05-25')).toEqual(['二/（一）/3']);
  });
});
