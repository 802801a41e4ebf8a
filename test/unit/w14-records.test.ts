// Issue 16, report reading (w14 misses, in messages of our own): how many records a message makes. A line is an
// event of its own when it has its own day, or its own place with its own people; the fields of one event
// (a form, bullets, a label | value table), a closing total and a standing fact are not.
import { describe, expect, it } from 'vitest';
import { readReport, type ReadRecord } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string): { records: ReadRecord[]; questions: string } => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return { records: r.records, questions: [...r.doubts, ...r.records.flatMap((x) => x.doubts)].map((d) => d.question).join('') };
};

describe('the fields of one event are one record', () => {
  it('bullets under a heading, one dated, one counting who came, others things and staff', () => {
    const { records } = read('科普大篷车开进我们镇中心校啦\n- Date：10/18\n- 地点：河口镇中心校\n- 展板 30 块\n- 学生 410 名 参观，随队老师 12 名\n- 大家最爱天文那几块', '2026-10-20');
    expect(records).toHaveLength(1);
    expect(records[0]!.headcount).toBe(410);
    expect(records[0]!.metrics['块']).toBe(30);
  });
  it('a label | value table under a dated heading', () => {
    const { records } = read('9月23日 农民丰收节科普活动\n项目 | 数量\n科普讲座 | 3场\n群众 | 约600人\n发放资料 | 1500份\n参与农技专家 | 6人', '2026-09-25');
    expect(records).toHaveLength(1);
    expect(records[0]!.date).toBe('2026-09-23');
    expect(records[0]!.metrics['份']).toBe(1500);
  });
  it('bullets with labels in English', () => {
    const { records } = read('汇报下 last week 的活动 👇\n- 时间：3月6日 morning\n- 地点：柳河村文化室\n- Topic：县蜂业协会专家讲蜜蜂春繁\n- Beekeepers：26户，来了31个人\n- Experts：2位\n- 发放 leaflets 80份', '2026-03-12');
    expect(records).toHaveLength(1);
    expect(records[0]!.headcount).toBe(31);
  });
  it('undated bullets of one activity stay one record', () => {
    const { records } = read('- 前几天的 pest survey 补报一下\n- 报名 households 40 户\n- 实际 visited 33 户\n- 来听讲座的 47 人\n- 人数报哪个？', '2026-05-08');
    expect(records).toHaveLength(1);
  });
  it('a two-column table whose rows are the event\'s fields', () => {
    const { records } = read('事项 | 县青少年科技活动室揭牌\n时间 | 3月10日下午\n地点 | 县图书馆二楼\n出席 | 县科协、教育局领导及学生代表约50人\n授牌 | 1块', '2026-03-12');
    expect(records).toHaveLength(1);
    expect(records[0]!.headcount).toBe(50);
  });
  it('"；同时通过直播…" is the same event, watched online', () => {
    const { records } = read('前天是全国防灾减灾日，我们在县第二中学开展了应急避险主题教育，现场参加师生1200名，其中初一学生约450名；同时通过“平安XX”视频号同步直播，线上观看2600人次，发放应急手册300份。', '2026-05-14');
    expect(records).toHaveLength(1);
    expect(records[0]!.headcount).toBe(1200);
  });
  it('an English report with semicolons between the figures of one open day', () => {
    const { records, questions } = read('Sep 12 robotics open house at our lab: 60 registered, 52 guests actually came; 10 of our members ran 30 demos; livestream ~250 viewers online. Great fun 🤖', '2026-09-14');
    expect(records).toHaveLength(1);
    expect(questions).not.toMatch(/几次活动|次活动/u);
  });
});

describe('a list of events is one record per event, without its totals and standing facts', () => {
  it('a letter of 一是/二是/三是 closing on the month\'s total', () => {
    const { records } = read('尊敬的县科协领导：\n　　您好！现将我会十月份工作汇报如下：\n　　一是10月9日在县职业中学举办青少年创客培训，全县中学科技教师42名参加，邀请省科技馆1位专家授课。\n　　二是10月17日协会联合县二小开展“天文观测夜”活动，四至六年级学生约300人参加。\n　　三是10月24日至25日，在县科技馆举办无人机集训，学员38名，教练6名。\n　　本月协会累计服务师生四百余人次。下月将走进乡镇学校。\n　　此致\n敬礼！\n县科技教育协会 王立新\n2026年11月3日', '2026-11-03');
    expect(records.map((r) => [r.date, r.headcount])).toEqual([
      ['2026-10-09', 42],
      ['2026-10-17', 300],
      ['2026-10-24', 38],
    ]);
  });
  it('a letter of （一）（二）（三） closing on how many members there are now', () => {
    const { records } = read('尊敬的縣科協領導：\n　　九月工作情況匯報如下。\n　　（一）9月13日，協會在縣體育館舉辦「科普進萬家」展覽，參觀群眾約1500人次。\n　　（二）9月20日全國科普日，協會走進東關小學、西城小學2所學校開展科學實驗秀，觀看學生共480人。\n　　（三）9月27日，協會看望慰問了8位退休科技輔導員。\n　　另外，本月完成了會員登記，現有個人會員203名。\n　　此致\n敬禮！\n協會 會長 張明 敬上\n2026年10月2日', '2026-10-02');
    expect(records.map((r) => r.date)).toEqual(['2026-09-13', '2026-09-20', '2026-09-27']);
  });
  it('three stops of one day, each at its own place counting its own people or households', () => {
    const { records } = read('昨天跑了三个地方：上午在柳树湾村讲小麦春季管理，来了三十来个人；下午先去石门村讲葡萄上架，41人；最后到河西村，没开会，入户看了大棚，走了6户。', '2026-03-18');
    expect(records.map((r) => r.headcount)).toEqual([30, 41, null]);
    expect(records[2]!.metrics['户']).toBe(6);
  });
});

describe('the lines of a list, each read on its own', () => {
  it('"kids 20 + parents 12 = 32 people" is 32 who came, the plus no "twenty-odd"', () => {
    const { records, questions } = read('This week 📒\n- Mon 8/3：kids 手工 class，18 kids\n- Tue 8/4：亲子 science night，kids 20 + parents 12 = 32 people\n- Fri 8/7：手工 again，16 kids', '2026-08-08');
    expect(records.map((r) => r.headcount)).toEqual([18, 32, 16]);
    expect(questions).toBe('');
  });
  it('"村微信群直播260人次" after the people on site is who watched the stream', () => {
    const { records, questions } = read('扫黑除恶宣传进村 本周接龙👇\n1. 城关所 4月7日 东风社区 90人\n2. 白沙所 4月7日 青山村 52人 村微信群直播260人次\n3. 龙口所 4月8日 龙口集市摆摊 约150人 发资料500份', '2026-04-10');
    expect(records.map((r) => r.headcount)).toEqual([90, 52, 150]);
    expect(records[1]!.metrics['人次(线上)']).toBe(260);
    expect(questions).toBe('');
  });
  it('a note under undated lines that the day was not noted asks the day', () => {
    const { questions } = read('#接龙 玉米病虫害防治推广 补报\n1. 西河村 35人\n2. 北坡村 三十几人\n（具体哪天没记，反正是这个月上旬）', '2026-09-20');
    expect(questions).toMatch(/哪一天/u);
  });
  it('"服务技术人员35人" counts who were served, not staff', () => {
    const { records } = read('Week 40 diary（10.5-10.9）\nMon 10/5：office\nTue 10/6：陪协会专家到4家企业做设备体检，服务技术人员35人\nWed 10/7：线上培训 via 钉钉，登录 120 人', '2026-10-10');
    expect(records.map((r) => r.headcount)).toEqual([35, 120]);
  });
  it('a sign-in list of names counts its names, a number inside a name no figure', () => {
    const { records, questions } = read('#接龙 3月5日晚 农民夜校第2期签到（果树春季修剪，3课时）\n1. 张建华\n2. 李秀兰\n3. 王立军\n4. 刘桂英\n5. 陈德明\n6. 杨春梅\n7. 赵小勇\n8. 黄三妹\n9. 周玉兰\n10. 吴长青', '2026-03-06');
    expect(records.map((r) => [r.date, r.headcount, r.metrics['课时']])).toEqual([['2026-03-05', 10, 3]]);
    expect(questions).toBe('');
  });
  it('a count of who came written under the names is one record, not a second', () => {
    const { records } = read('#接龙 6月3日 用电安全讲座 签到\n1. 孙秀芳\n2. 马建军\n3. 何玉珍\n4. 罗大伯\n有几位老人没接上，现场实际三十来人。', '2026-06-04');
    expect(records).toHaveLength(1);
  });
  it('undated lines each at a place of their own stay one record each, one of them counting only things', () => {
    const { records } = read('今天两个点：\n桃源村 果树修剪讲座 45人\n杏花村 发放技术手册 300份', '2026-03-20');
    expect(records.map((r) => [r.headcount, r.metrics['份'] ?? null])).toEqual([[45, null], [null, 300]]);
  });
  it('a diary line whose second clause is the same event streamed stays one record', () => {
    const { records } = read('本周\n周二 科普讲座 来了80人\n周四 科技馆接待观众420人次；同时开通直播，在线观看1500人次', '2026-06-06');
    expect(records.map((r) => r.headcount)).toEqual([80, 420]);
  });
});
