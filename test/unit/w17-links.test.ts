// Links the w17 set stored wrong (issue 16). A technical station's own work log (its staff write "站里", "本站", "站会议室")
// lists the station's routine line work: its rounds to farmers, its classes, its leaflets taken 下乡 are not the
// 科协's 专家服务团下乡 programme unless the log names the programme. A company 科协's event held after its founding
// ("我厂科协成立后的第一次…") is that 科协's work, not the work of building it.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('a station log and a company 科协 event are not linked by their words alone', () => {
  it.each([
    [
      '县畜牧站第15周工作日志（4月6日—4月10日）\n周一：站里汇总春防疫苗用量\n周二：到石岭村查看生猪圈舍，现场指导养殖户9户\n周三：站会议室举办畜禽春季防疫培训班，养殖户到场52人\n周四：下乡至青坪镇3个村宣传兽药规范使用，入户19户\n周五：内业',
      '2026-04-13',
      [null, null, null],
    ],
    [
      '第30周情况：\n七月二十日 夏季畜禽巡诊，跑了两个乡镇，服务养殖户三十八户\n七月二十二日 饲料安全使用培训，参训四十一人\n七月二十三日 县职中学生到站参观检测室，学生二十五人、老师一人',
      '2026-07-27',
      [null, null, null],
    ],
    [
      '县科协：11月5日上午，我厂邀请市化工研究院3位专家，为厂里各车间技术员作了安全生产新规解读讲座，共52人参加。这是我厂科协成立后开展的第一次学术交流。特此报告。',
      '2026-11-07',
      [null],
    ],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links of the same shapes that stay', () => {
  it.each([
    // The log names the programme on the line itself.
    ['上周工作记录\n周二 站里整理材料\n周四 随县科协专家服务团到白果村，服务农户26户', '2026-04-13', ['三/2']],
    // Not a station's log: a village's farmers served by county experts.
    ['前天县畜牧站两个专家到石岭村讲生猪防疫，养殖户来了四十多人。', '2026-04-10', ['三/2']],
    // Building a company 科协 is still that item's.
    ['8月10日，县化肥厂科协正式成立，选举产生委员7名。', '2026-08-11', ['三/1']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links the w17 set missed', () => {
  it.each([
    // The log's footer says the programme's experts went along all week: each village line of farmers served is its.
    [
      '这周跑的情况跟你说下\n周二 石门村 果园现场指导 19户\n周三 柳沟村 26户\n周五 下雨没去\n县科协专家服务团的老师这几天都跟着我们一起跑的，一共45户',
      '2026-04-18',
      ['三/2', '三/2'],
    ],
    // Growers named by their crop (烟农, 蚕农) are farmers served, as 果农 are.
    ['这周下乡记录：\n4.14 周二 青岗村 烟农28人 发资料35份\n4.16 周四 石板村 烟农19人 发资料25份', '2026-04-18', ['三/2', '三/2']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('a log whose programme is only a plan, or on one line, does not lend it', () => {
  it.each([
    ['这几天下村的情况汇报一下\n周二 石门村 果园现场指导 19户\n周三 柳沟村 26户\n下个月准备请县科协专家服务团再来', '2026-04-18', ['三/2', null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('a crop grower named alone does not make the programme', () => {
  it.each([
    // A class in a town for growers of one crop: farming, not the 下乡 service (as a 果树修剪培训 in a town).
    ['前天在青岗镇办了个菇农秋季培训，讲菌棒咋个养，来了六十几个菇农，资料发了八十份。', '2026-10-16', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('the county judging of works is the contest, named or not', () => {
  it.each([
    // "县级评审" of works, with pupils defending them: the contest's own stage, though its name is not written.
    ['区级终评前天结束了，在实验小学多功能厅，共评作品96件，评委8位，到场答辩的学生64人。', '2026-10-17', ['二/（一）/4']],
    ['上周四县级评审，我们学校送了作品4件，6个学生去答辩了，结果还没出来', '2026-10-20', ['二/（一）/4']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('a judging that is not the contest stays unlinked', () => {
  it.each([
    ['公司“五小”创新成果评审会昨天开的，参评成果18项，评委5人，职工80人参加。', '2026-10-17', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});
