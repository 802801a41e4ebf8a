// Issue 16, w21 (helper t2): reports that were taken for a question, a fix or a notice. A sender who tells an event
// with its counts and then asks which count to file ("以哪个为准", "按哪个数", "报多少人合适") is reporting: the report is
// read and that is asked back. "几个单位的同志" in the middle of an unpunctuated voice message is "several", and
// "那天是礼拜几我记不清了" says a day is forgotten, not asked. "记不清了，应该是九月份" guesses a time, it fixes no
// record. A sentence on what the sender will do next ("将于…前报送") after the event and its counts is no notice.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { handleMessage } from '../../src/core/chat/handle-message.js';
import { kexieForTests, OBSERVANCES } from '../support/kexie-for-tests.js';

const reading = (text: string, today: string) => readReport(text, today, { explicit: false, observances: OBSERVANCES });
const asked = (text: string, today: string): boolean => {
  const r = reading(text, today);
  return r.kind === 'activity' && (r.doubts.length > 0 || r.records.some((x) => x.doubts.length > 0));
};

describe('w21 a report that asks which count to file is read and asked about', () => {
  it.each([
    ['9/3 去开发区三家工厂讲消防安全,签到表上是64个,工会报上来说参加90人 以哪个为准?', '2026-09-05'],
    ['上周五办了两天的亲子自然营,来了4个小区的家庭,大人孩子一共150,孩子单算是70.报上去按哪个数?', '2026-10-12'],
    ['上周二县医院的医生来村里了 给老人量血压，量了九十来个，又讲了一堂课，听课的五六十个吧 你看这个报多少人合适？', '2026-06-10'],
    ['补一个：上个月跟农技站去东岭村那次，培训果农，统计表上填的64，签到表只有58，以哪个为准？', '2026-08-03'],
  ])('%s', (text, today) => {
    expect(reading(text, today).kind).toBe('activity');
    expect(asked(text, today)).toBe(true);
  });
});

describe('w21 words of a question that ask nothing', () => {
  it('几个单位的同志 in a voice message is several', () => {
    const r = reading('上周五科技馆开放日来参观的有教育局团委几个单位的同志还有学生家长大概两百出头孩子们做了八个实验还展出了模型四十多件', '2026-10-19');
    expect(r.kind).toBe('activity');
  });
  it('礼拜几我记不清了 is a forgotten day', () => {
    const r = reading('上周四防汛知识进村去的东岭村 村民八十人 干部陪同四个 还有上上周也在站里接待了二中学生参观 五十个学生 那天是礼拜几我记不清了', '2026-07-20');
    expect(r.kind).toBe('activity');
    expect(asked('上周四防汛知识进村去的东岭村 村民八十人 干部陪同四个 还有上上周也在站里接待了二中学生参观 五十个学生 那天是礼拜几我记不清了', '2026-07-20')).toBe(true);
  });
  it('一次活动 followed by the sender\'s own next step is a report', () => {
    const r = reading('为做好今年市机器人竞赛准备工作，我校科创社于7月6日至8日举办“智能小车”集训营，学员31名，指导教师2名，共完成参赛作品11件，将于9月10日前统一报送市青少年科技中心。', '2026-07-15');
    expect(r.kind).toBe('activity');
    if (r.kind === 'activity') expect(r.records[0]).toMatchObject({ date: '2026-07-06', headcount: 31 });
  });
});

describe('w21 a guess at a forgotten time fixes no record', () => {
  it('记不清了，应该是九月份 with nothing stored: read as a report and asked', async () => {
    const { kexie } = kexieForTests('2026-10-20');
    const ctx = kexie.context({ user: 'U1', today: '2026-10-20', source: { kind: 'console' } });
    const reply = await handleMessage(kexie, ctx, '老王你好：补报一件事。上次去东岭村卫生室讲的那场《脑卒中早识别》，一直没报。当时来了村医和部分村民，总共八十人左右。具体日子记不清了，应该是九月份，等我查一下值班表再告诉你。');
    expect(reply.kind).toBe('ask');
  });
});

describe('w21 an earlier outing with two counts, nothing stored to fix', () => {
  it('上个月…那次…以哪个为准 is asked, not answered as a question about last month', async () => {
    const { kexie } = kexieForTests('2026-08-03');
    const ctx = kexie.context({ user: 'U1', today: '2026-08-03', source: { kind: 'console' } });
    const reply = await handleMessage(kexie, ctx, '补一个：上个月跟农技站去东岭村那次，培训果农，统计表上填的64，签到表只有58，以哪个为准？');
    expect(reply.kind).toBe('ask');
  });
});

describe('w21 messages that report nothing', () => {
  it.each([
    ['感谢县图书馆送来的少儿科普读物📚 五十册都收到了～孩子们特别喜欢，下学期还想再合作😊', '2026-11-18'],
    ['各位讲解员注意 暑期检修期间馆里讲解服务暂停 检修结束以后恢复 周末小课堂到时候重新排班 具体等通知', '2026-07-02'],
  ])('%s', (text, today) => {
    expect(reading(text, today).kind).not.toBe('activity');
  });
  it('a sender thanking for help while reporting who came is still a report', () => {
    expect(reading('感谢县科协送来的展板，昨天在村委会办了防诈骗宣传，来了八十多个村民，发资料200份', '2026-11-18').kind).toBe('activity');
  });
});

describe('w21 kindergarten children counted as 宝贝', () => {
  it('93个宝贝 are the audience', () => {
    const r = reading('本周三我们中班组去县科技馆参观啦🚌 中班71个宝贝+带队老师7位，看了机器人表演🤖', '2026-05-22');
    expect(r.kind === 'activity' && r.records[0]?.headcount).toBe(71);
  });
});

describe('w21 which figure, when the report asks in its last sentence', () => {
  it('两场…合计…实到…请问以哪个数字为准 is asked', () => {
    expect(asked('10月8日我校与社区联合举办“老年人防跌倒”讲座两场（上午、下午各一场），两场登记人数合计70人，签到表实到61人。请问报送时以哪个数字为准？', '2026-10-12')).toBe(true);
  });
});

describe('w21 a note under a list, on helpers of each line, is no event', () => {
  it('three dated lines and a note on each class\'s helpers: three records', () => {
    const r = reading('【接龙】中班组本周手工课✂️\n1. 中一班 周一 《纸杯小火箭》28个宝贝\n2. 中二班 周二 《彩色沙画》27个宝贝\n3. 中三班 周三 《树叶拼贴》30个宝贝\n李老师补充：每个班都请了3位家长志愿者帮忙哦👍', '2026-03-06');
    expect(r.kind === 'activity' && r.records.map((x) => x.headcount)).toEqual([28, 27, 30]);
  });
});
