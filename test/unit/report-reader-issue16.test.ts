// The report reader on the misreadings of the scored holdout and the blind sets (issue 16): pasted tables,
// long chatty reports, figures that are not the audience, and links made on a chance word.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { tableAsLines } from '../../src/core/understanding/report-table.js';
import { kexieForTests, linkedPaths, OBSERVANCES } from '../support/kexie-for-tests.js';

const records = (text: string, today = '2026-11-23'): ReadRecord[] => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records;
};

describe('a pasted spreadsheet: one record per row, the header naming each column', () => {
  const sheet = '序号\t日期\t活动内容\t参加人数\n1\t6月3日\t新员工科普知识培训\t45\n2\t6月9日\t技术攻关交流会\t28\n3\t6月17日\t职工创新成果展\t约300\n合计\t\t\t373';
  it('rewrites rows as event lines with the column unit, and keeps the sum row as a sum', () => {
    expect(tableAsLines(sheet)?.split('\n').filter((l) => l !== '')).toEqual(['6月3日 新员工科普知识培训 参加人数45人', '6月9日 技术攻关交流会 参加人数28人', '6月17日 职工创新成果展 参加人数约300人', '合计 参加人数373人']);
    expect(tableAsLines('今天讲座\t120人')).toBeUndefined();
  });
  it('reads three records, the sum row skipped', () => {
    const got = records(sheet, '2026-06-22').map((r) => [r.date, r.headcount, r.approximate]);
    expect(got).toEqual([['2026-06-03', 45, false], ['2026-06-09', 28, false], ['2026-06-17', 300, true]]);
  });
  it('reads a table split by ｜', () => {
    const got = records('11月职工技术培训台账\n日期｜内容｜人数\n11/4｜PLC编程基础｜38\n11/12｜设备点检标准化｜45\n制表：科协办 王', '2026-11-30');
    expect(got.map((r) => [r.date, r.headcount])).toEqual([['2026-11-04', 38], ['2026-11-12', 45]]);
  });
});

describe('figures that are not who came', () => {
  it.each([
    ['学会这一年发展不错，会员从年初的四百多人发展到五百多人。12月19日召开会员代表大会，实到68人。', 68, {}],
    ['8月份一共办了6期“暑期科普小课堂”，每期二三十个孩子，总共来了157人次。', 157, { 期: 6 }],
    ['我们是一家做汽车零部件的民营企业，4月10日邀请专家开展产学研对接交流，公司技术骨干41人参加。', 41, {}],
    ['寒假科学营上周六开营了，营员是三到六年级的孩子，一共报名了48个，实际来了45个，有三个孩子感冒请假了。', 45, {}],
  ])('%s → %i', (text, headcount, metrics) => {
    const [r] = records(text, '2026-12-21');
    expect(r?.headcount).toBe(headcount);
    expect(Object.fromEntries(Object.entries(r?.metrics ?? {}).filter(([k]) => !k.includes('(')))).toEqual(metrics);
  });
  it('people honoured are a count of 名, not an audience', () => {
    const [r] = records('1月6日县科技工作者协会召开年度总结表彰会，到会会员96人，表彰优秀会员10名', '2027-01-07');
    expect([r?.headcount, r?.metrics]).toEqual([96, { 名: 10 }]);
  });
  it('doctors who attended a training are its participants', () => {
    const [r] = records('4月18日在城关镇中心卫生院举办了中医适宜技术推广培训班，全县基层医生89名参加，5位专家授课。', '2026-04-20');
    expect(r?.headcount).toBe(89);
  });
  it('a bare number after the people it counts', () => {
    expect(records('11.6 流动科技馆进二中 学生1200多 带队老师30', '2026-11-10')[0]?.headcount).toBe(1200);
    expect(records('昨天 防灾减灾日。镇里 应急科普讲座 一场 村民80+ 资料300份', '2026-05-13')[0]?.headcount).toBe(80);
  });
});

describe('a long report is a report, whatever it asks at the end', () => {
  it.each([
    ['重阳节那天上午，协会专家服务团几位老同志到孙庄乡敬老院，给老人们讲冬季果树防冻和老年人冬季养生常识，听讲的老人约五十位。', '2026-10-20', 50],
    ['跟科协汇报一下我们厂的情况。前天正式办了“走进智能工厂”科普开放日，当天来了大概260人，发放企业科普手册300册。下一步我们想申报科普教育基地，不知道需要准备什么材料？', '2026-09-10', 260],
  ])('%s', async (text, today, headcount) => {
    const { kexie, storeFor } = kexieForTests(today);
    const ctx = kexie.context({ user: 'U1', today, source: { kind: 'console' } });
    const reply = await handleMessage(kexie, ctx, text);
    expect(reply.kind, reply.text).toBe('activity');
    expect((await storeFor('local').listActivities()).map((a) => a.headcount)).toEqual([headcount]);
  });
  it('a question about the figures is still a question', () => {
    const r = readReport('上周我们搞了3场科普讲座，来了200人。这个月一共完成了多少场？', '2026-11-23', { explicit: false, observances: OBSERVANCES });
    expect(r.kind).toBe('not_activity');
  });
});

describe('links only when sure', () => {
  // The first record's path: these messages hold one event each.
  const linked = async (text: string, today: string): Promise<string | null> => (await linkedPaths(text, today))[0] ?? null;
  it.each([
    ['前天城关镇冬季果树修剪培训，60人，发资料200份', '2026-01-09', null],
    ['1月12日召开县农技协会员冬季技术培训会，应到会员60人，实到52人，会上传达了全年下乡服务安排。', '2026-01-14', null],
    ['12.7 龙泉乡 冬季森林防火 科普宣传进村入户 发资料1000份 覆盖农户300户', '2026-12-09', null],
    ['1月15日召开年度工作总结会，应到人员36人，实到人员34人，会上各部门汇报了全年工作。', '2026-01-20', null],
    ['今天上午在人民广场搞了个科普大篷车展示活动大概有八百人参观发了两千份资料', '2026-04-15', null],
    ['1月9日在卧龙村开展冬季果树修剪现场培训，参训果农57人，发放《果树冬季修剪技术》手册100册。', '2026-01-13', '三/2'],
    ['“千亩梨园”田间课堂今天开课，讲套袋技术，梨农47人到场。', '2026-06-09', '三/2'],
    ['科技活动周期间，县科普作家协会今天上午在县图书馆开了科普创作讲座，听众85人。', '2026-05-19', '二/（一）/1'],
  ])('%s (%s) → %s', async (text, today, path) => {
    expect(await linked(text, today)).toBe(path);
  });
});

describe('dates of the holdout misreadings', () => {
  it.each([
    ['春节期间社区搞了“科普闹新春”灯谜会，大年初三那天在社区文化广场，猜谜居民近500人。', '2026-03-01', '2026-02-19', null],
    ['春节期间，正月初五在社区办了科普灯谜会，居民80人', '2026-03-01', '2026-02-21', null],
    ['这学期（3月到6月）我们年级科学课一共搞了8次小实验展示，累计大概600人次', '2026-06-30', '2026-03-01', '2026-06-30'],
    ['Science museum visitors over the National Day holiday (Oct 1-7): 5,820 person-times in total.', '2026-10-08', '2026-10-01', '2026-10-07'],
  ])('%s (%s) → %s..%s', (text, today, date, dateEnd) => {
    const [r] = records(text, today);
    expect([r?.date, r?.dateEnd, r?.doubts]).toEqual([date, dateEnd, []]);
  });
  it('a weekday under a 上周 heading is last week’s, even the one named like today', () => {
    const got = records('上周流水账：\n- 周一 去大营镇对接科普示范社区创建，看了两个社区\n- 周二 下午县一中科技创新大赛辅导培训，参训老师25人', '2026-12-07');
    expect(got.map((r) => r.date)).toEqual(['2026-11-30', '2026-12-01']);
  });
  it('初二 alone is a school year, not a day', () => {
    expect(records('初二学生参加了科普讲座50人', '2026-03-01')[0]?.dateSource).toBe('default');
  });
});
