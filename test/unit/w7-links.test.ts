// Links the w7 blind set made wrong (issue 16): a link rests on the item's programme or on several words, never on
// one shared word; a contest prepared for is not the contest; another city's museum is not the county's; a
// 大篷车 touring townships is not the tour of schools; the museum's programme at a school is the school tour.
import { describe, expect, it } from 'vitest';
import { linkedPaths } from '../support/kexie-for-tests.js';

const linked = linkedPaths;

describe('links the w7 set made wrong', () => {
  it.each([
    // One shared word (志愿服务) is not the 科技志愿服务下乡 item.
    ['这周的科普志愿服务记一下\n周二 去南关小区教老人用智能手机 十五六个人\n周三 街道活动室 防电信诈骗讲座 来了40人', '2026-11-14', [null, null]],
    ['据三里桥村反映，本周二村“科普进万家”志愿服务队入户宣讲冬季防火知识，共走访23户，参与群众大概五十人。', '2026-12-10', [null]],
    ['昨天社区志愿服务队在广场教老人识别电信诈骗，来了六十多人', '2026-11-14', [null]],
    // Works made to enter the contest are not the contest.
    ['开学以来我们科技社团一共活动了14次 参加的学生累计三百八十多人次 做了12件作品准备报县里的创新大赛', '2026-10-20', [null]],
    ['科技兴趣小组昨天做了一下午航模，准备参加明年的创新大赛，来了20个学生', '2026-10-20', [null]],
    // Another museum visited is not the county museum's visitors.
    ['今天上午带学校科技兴趣小组24名同学去市科技馆研学，家长志愿者6人随行，孩子们收获很大。', '2026-10-20', [null]],
    ['昨天组织30名学生到省科技馆参观学习', '2026-10-20', [null]],
    // A 大篷车 touring townships is not the tour of schools.
    ['6月中旬科普大篷车在三个乡镇连续巡展,受众累计4500人次左右~', '2026-06-25', [null]],
    // The museum's programme at a school, showing its travelling exhibits, is the school tour.
    ['“科技馆百校行”第一站今天走进八一小学，650名学生参观了流动展品，共展出展品45件。', '2026-10-20', ['二/（二）/3']],
  ] as Array<[string, string, Array<string | null>]>)('%s (%s)', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });

  it.each([
    ['上周三（16号）在河口村搞了场苹果疏花培训 二十几个人', '2026-04-20', ['三/2']],
    ['今天杨庄村果树病虫害防治培训搞完了 签到表上是96个人', '2026-06-10', ['三/2']],
    ['昨天樊家庄苹果套袋现场会 来了百十号人 县果树协会主办', '2026-06-10', ['三/2']],
    ['12月20日在合作社办冬季果树修剪现场会，实到47人', '2026-12-22', ['三/2']],
    // In a town, or with no farming technique, it is not the 下乡 service.
    ['前天城关镇冬季果树修剪培训，60人，发资料200份', '2026-01-09', [null]],
    ['昨天在河口村搞了场防诈骗讲座 二十几个人', '2026-04-20', [null]],
  ] as Array<[string, string, Array<string | null>]>)('a farming technique taught in a village is the 下乡 service: %s', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });

  it('still links what clearly serves an item', async () => {
    expect(await linked('昨天县科技馆接待实验中学学生参观，共320人', '2026-10-20')).toEqual(['二/（二）/1']);
    expect(await linked('流动科技馆巡展今天进了城南中学，学生参观1300多人次', '2026-10-20')).toEqual(['二/（二）/3']);
    expect(await linked('第三十八届县青少年科技创新大赛县级评审今天完成，参赛学生及指导教师到场约260人', '2026-10-20')).toEqual(['二/（一）/4']);
  });
});

describe('the 创建 programmes', () => {
  it.each([
    ['今天市科协来验收我们青石社区创建科普示范社区的工作了 社区居民代表20人', '2026-11-20', ['二/（二）/2']],
    ['上周五县科普教育基地（金穗米业现代农业科普基地）正式授牌', '2026-11-20', ['二/（二）/2']],
    ['研学旅行第一站：7月17日带48名学生去市里的航天科普基地，随队老师4人', '2026-07-20', [null]],
  ] as Array<[string, string, Array<string | null>]>)('%s', async (text, today, paths) => {
    expect(await linked(text, today)).toEqual(paths);
  });
});
