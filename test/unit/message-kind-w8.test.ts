// What a message is (issue 16, blind set w8): a report says a thing was done; a question asks even with a
// count in it; a call-off is no event; a forwarded article is no report; a table row with an empty figure is
// still an event.
import { describe, expect, it } from 'vitest';
import { readReport, type ReportReading } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string): ReportReading => readReport(text, today, { explicit: false, observances: OBSERVANCES });
const rows = (text: string, today: string): Array<[string, number | null]> => {
  const r = read(text, today);
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => [x.date, x.headcount]);
};

describe('not reports, though they carry a count', () => {
  it('a question that opens with 问一下 and asks 找谁 is a question', () => {
    expect(read('问一下 俺们村也想请专家服务团下来一趟讲讲大棚 有五十来户都想听 找谁报名啊', '2026-05-08')).toMatchObject({ kind: 'not_activity', reason: 'question' });
  });
  it('an event moved to next week is called off, not held', () => {
    expect(read('今天雨太大了，原定的科普电影放映改到下周了，村民来了十几个又回去了😂', '2026-07-20')).toMatchObject({ kind: 'not_activity' });
  });
  it('a forwarded article with 【…】 headline, 据统计 and 专家提醒 is not a report', () => {
    const text = '转一篇文章大家看看👇\n【健康科普】夏季防中暑，这几点要记牢\n据统计，去年7月全市共接诊中暑患者300余人，其中老年人占六成……专家提醒，高温天气尽量避开11时至15时外出……';
    expect(read(text, '2026-07-15').kind).toBe('not_activity');
  });
  it('转眼 opens no forward: a year-end report with an ellipsis is still a report', () => {
    expect(read('转眼又到年底了，今年我们协会共开展科普讲座48场，听众累计6200人次……', '2026-12-20').kind).toBe('activity');
  });
  it('a call-off after the counted event leaves the event a report', () => {
    expect(read('上午讲座来了50人，下午的科普电影放映取消了', '2026-07-20').kind).toBe('activity');
  });
});

describe('reports, though they name a next step or a few', () => {
  it('今天到…啦 with the pupils who came is done; 明天去青山 is the next stop', () => {
    expect(rows('流动科技馆“百校行”今天到白水中学啦🚌 初一初二640名学生 展品42件 明天去青山', '2026-10-28')).toEqual([['2026-10-28', 640]]);
  });
  it('完赛 is done; 结果下周公示 is a later step', () => {
    expect(rows('6.12 公司第三届职工技能比武(焊工/钳工)完赛,参赛选手48人,评委6人,结果下周公示', '2026-06-15')).toEqual([['2026-06-12', 48]]);
  });
  it('a camp that 将于…结营 with the campers expected is still to come', () => {
    expect(read('青少年科技冬令营将于12月26日结营，预计来56个营员', '2026-12-20').kind).toBe('not_activity');
  });
  it('老几个专家 (the same few) asks nothing', () => {
    const got = rows('四月上旬 我们农技协在五个村 搞春季果树嫁接技术培训 一共来了三百一十多人 服务农户一百二十户 还是老几个专家', '2026-04-13');
    expect(got).toEqual([['2026-04-01', 310]]);
  });
});

describe('百把人: about a hundred people came', () => {
  it('a village evening on the Mid-Autumn night with 百把人 is a report of that day', () => {
    const got = rows('中秋那天晚上村里搞了个赏月科普晚会 讲讲月亮跟嫦娥工程啥的 村民来了百把人 小孩子多 也算咱们科普月的活动', '2026-09-29');
    expect(got).toEqual([['2026-09-25', 100]]);
  });
  it('一百把椅子 is a hundred chairs, not about a hundred', () => {
    expect(rows('昨天社区科普讲座来了60人，借了一百把椅子', '2026-09-29')).toEqual([['2026-09-28', 60]]);
  });
});

describe('a pasted table with an empty figure: the row is still an event', () => {
  it('a space-separated table with an empty 人数 cell gives four records, one with no headcount', () => {
    const text = '青石镇文化站11月科普活动登记\n序号 时间 内容 人数\n1 11月6日 农家书屋科普读书会 32\n2 11月14日 冬季养生讲座 \n3 11月22日 科普电影放映 85\n4 11月27日 剪纸+科学小实验亲子活动 26';
    expect(rows(text, '2026-12-02')).toEqual([['2026-11-06', 32], ['2026-11-14', null], ['2026-11-22', 85], ['2026-11-27', 26]]);
  });
  it('a list of schools with one count missing gives four records', () => {
    const text = '流动科技馆进校园 本月各校情况：\n城南小学 11月5日 学生620人\n育才小学 11月12日 \n实验二小 11月19日 学生780人\n红星中学 11月26日 学生1040人';
    expect(rows(text, '2026-11-30')).toEqual([['2026-11-05', 620], ['2026-11-12', null], ['2026-11-19', 780], ['2026-11-26', 1040]]);
  });
});
