// Links and dates the w18 set stored wrong (issue 16). Another body's trip named by its own subject (维权下乡, 普法下乡) is
// not the 科协's 科技志愿服务下乡; a station an expert comes from (县农技站的专家) is no farmer served; the writer's own
// paperwork mentioned in passing ("年度总结写好了，过两天发给你") is not what the event served.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { linkedPaths, OBSERVANCES } from '../support/kexie-for-tests.js';

type Case = [string, string, Array<string | null>];

describe('words of another programme, a station or an aside do not link', () => {
  it.each([
    ['6月2日至4日，县市场监管局“维权下乡”走了4个镇，服务群众420人，其中农民300多。', '2026-06-06', [null]],
    ['5号请了县农技站的专家给协会会员讲农家乐油烟和污水处理，来了十几家农家乐老板，25人左右。', '2026-05-08', [null]],
    ['周六在河湾农家乐办了个“亲子科学小课堂”，大人小孩来了三十来个。今年的年度工作总结我也写好了，过两天发给你。', '2026-11-23', [null]],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('links of the same shapes that stay', () => {
  it.each([
    ['6月2日，县科协专家服务团下乡到石岭村，给果农讲桃树修剪，服务农户35户。', '2026-06-04', ['三/2']],
    ['前天县农技站两个专家到柳沟村讲玉米病虫害防治，农户来了四十多人。', '2026-06-10', ['三/2']],
    ['12月10日，年度工作总结已完成，报送市科协。', '2026-12-11', ['四/2']],
    // The station's experts teach a farming technique: the farmers are served.
    ['前天镇上会议室办了个桃树病虫害防治培训，来了六十多个果农，县农技站来了三个专家讲的。', '2026-06-10', ['三/2']],
    // What is sent later is the event's own paper, not an aside.
    // A sentence ended by a full stop (.) keeps its "也" from the photos sent later.
    ['跟您报一下.昨天在城关三小办了场防灾减灾科普讲座,讲了地震避险,学生都参加了,一共400人,老师们也很配合.照片稍后发您.', '2026-05-13', ['二/（一）/3']],
    ['华兴机械和青山食品两家企业科协8月3号都挂牌成立了，组建备案材料下周报给你们。', '2026-08-05', ['三/1']],
    // The aside starts in the clause of its 也: the event's own clause before it stays and links.
    ['今天县科协专家服务团到柳沟村开展科技志愿服务下乡，农户来了六十多人，村民也很积极，照片明天发给你', '2026-06-10', ['三/2']],
  ] as Case[])('%s (%s)', async (text, today, paths) => {
    expect(await linkedPaths(text, today)).toEqual(paths);
  });
});

describe('the last event of its kind, named not dated, asks its day', () => {
  const read = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });
  it.each([
    ['跟你说下，上回办的那个防电信诈骗讲座，居民来了六十来个，都说有用，帮我记上。', '2026-09-15'],
    ['上次那场家庭急救培训，到了三十二位家长，麻烦登记一下。', '2026-03-20'],
  ])('%s (%s)', (text, today) => {
    const r = read(text, today);
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records[0]!.doubts.some((d) => d.field === 'date')).toBe(true);
  });
  it('a comparison with the last one is no such event', () => {
    const r = read('今天社区防诈讲座来了45人，比上次的多。', '2026-09-15');
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records[0]!.date).toBe('2026-09-15');
    expect(r.records[0]!.doubts.some((d) => d.field === 'date')).toBe(false);
  });
});

describe('the writer asks which of two counts to report: asked, not stored', () => {
  const read = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });
  it.each([
    ['前天给物流园的货车司机讲了场交通安全课 园区说来了60人 我数着也就50个出头 你看报那个', '2026-05-20'],
    ['5月12日在城南社区开展防震减灾讲座，登记表上42人，中途离场的不少，坚持到最后的约30人。请问以登记人数还是坚持到最后的人数为准？', '2026-05-14'],
  ])('%s (%s)', (text, today) => {
    const r = read(text, today);
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records[0]!.doubts.some((d) => d.field === 'headcount')).toBe(true);
  });
});

describe('a next step after every count of a day already come does not make the report a plan', () => {
  const read = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });
  it.each([
    ['今天在柳溪镇卫生院做老年人骨密度检测，查了56位老人，明天接着去青岗镇', '2026-09-10', 1],
    ['工作周报\n5/11 周一 南街社区 防溺水讲座1场，听众60人\n5/13 周三 第三小学 安全课，学生120人\n下周继续进学校', '2026-05-16', 2],
  ] as Array<[string, string, number]>)('%s (%s)', (text, today, n) => {
    const r = read(text, today);
    expect(r.kind).toBe('activity');
    if (r.kind !== 'activity') return;
    expect(r.records.length).toBe(n);
  });
  it('a plan written before its counts is still a plan', () => {
    const r = read('明天在文化广场办科普展，预计来300人。', '2026-09-10');
    expect(r.kind).toBe('not_activity');
  });
});
