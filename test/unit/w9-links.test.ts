// Links the w9 blind set made wrong or missed (issue 16): a confident link needs the item's own object. A town
// station's staff training, a caravan's 下乡 or an online class is not the 专家服务团 serving farmers; a 流动科技馆
// tour of communities is not the 进校园 item; 慰问品 handed out on 三八节 is not visiting science workers; a
// 基地 application waiting for its answer is not the 创建 work done. A 巡展's 布展 at a school is the tour's.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

const linked = linkedPaths;
type Case = [string, string, Array<string | null>];

describe('links the w9 set stored wrong', () => {
  it.each([
    ['上个礼拜四五里铺村大棚蔬菜冬季管护培训两百来号人 镇农技站小刘讲的 讲了一上午', '2026-12-09', [null]],
    ['这周巡展日志（阿杰）\n周一 11.9 红旗小学 布展 下午开展 学生420\n周二 红旗小学第二天 学生 + 隔壁幼儿园 约300\n周三 转场 没开展\n周四 11.12 东湖镇中心校 620人 带队老师18个\n周五 东湖镇中心校 下午家长开放日 家长100多 学生那边没统计', '2026-11-14', ['二/（二）/3', '二/（二）/3', '二/（二）/3', '二/（二）/3']],
    ['补报一下去年12月的：12月上旬我们在城北片区搞了流动科技馆社区行，跑了4个社区，每个社区一天，总共大概1500人。', '2027-01-12', [null]],
    ['10月份全县科普大篷车下乡共出车9次，覆盖8个乡镇，服务群众约4600人次，发放资料1.1万份，随车工作人员累计54人次。', '2026-11-02', [null]],
    ['各位领导好～跟科协这边报一下哈。今年三八节我们想搞点不一样的，不光是发发慰问品，就跟科协商量着一起办了个“科技助力巾帼行”，主要讲家庭急救、防电信诈骗，还有手机上怎么查农技信息这些。3月6号上午在文化广场，天气还挺好，现场估计三百来人吧，宣传册发了1200多份，12个志愿者姐妹从早忙到中午❤️ 照片我晚点发群里', '2026-03-09', [null]],
    ['9月上旬专家团队线上直播培训3场，在线观看2.3万人次，后台答复农户留言120余条。', '2026-09-11', [null]],
    ['跟你说个事，我们镇那个蓝莓园申报县级科普教育基地的材料，上午局里来人看过了，说问题不大，等通知。另外园区上周六搞了个亲子采摘+蓝莓科普小课堂，来了四十多组家庭，大人小孩加起来差不多一百五，挺热闹的，就是太热了，有个小孩差点中暑😅', '2026-07-09', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });
});

describe('links the w9 set missed', () => {
  it.each([
    ['6月下旬巡展在白沙乡三所村小轮了一圈，科学秀一共演了三场，孩子们加起来五百出头', '2026-06-30', ['二/（二）/3']],
    ['月初（1日至5日）我站在全县5个乡镇巡回开展冬季油菜田管技术培训5场，培训农民410人。', '2026-12-09', ['三/2']],
    ['报告一下：宏达新材料有限公司科学技术协会成立大会已于8月14日下午召开，应到会员56人，实到52人，县科协、公司领导共5人出席。备案材料昨天已交组宣部。', '2026-08-18', ['三/1']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });

  it('keeps a training with no place out of the 下乡 item, and serving farmers in it', async () => {
    expect(await linked('3月至5月共举办春耕实用技术培训6期，培训农民420人次', '2026-06-02')).toEqual([null]);
    expect(await linked('县科协“千会带万户”科技助农活动6月9日在石桥乡启动，县农技协等3家协会参与，现场服务农户120户，到场群众约300人。', '2026-06-10')).toEqual(['三/2']);
  });

  it('links each field class of a farm station week', async () => {
    const week = '上周工作记录\n周一 白沙镇查看稻飞虱虫情\n周二 新华村水稻病虫害绿色防控田间课堂，参加农户52人\n周三 在站里整理材料\n周四 龙潭村玉米田间课堂 41人 发资料100份\n周五 随县科协专家服务团到石桥镇，服务农户30户，现场咨询80余人次';
    expect(await linked(week, '2026-06-29')).toEqual(['三/2', '三/2', '三/2']);
  });
});
