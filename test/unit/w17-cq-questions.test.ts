// Issue 16, the thirteenth blind set's questions, each as a general rule with questions and records of our own.
import { describe, expect, it } from 'vitest';
import { askOn, row } from '../support/ask-question.js';
import type { QuestionState } from '../support/question-state.js';

const state: QuestionState = {
  activities: [
    // 城东中学 (U41): 300 + 260 + 140 = 700人.
    row('2026-03-18', '城东中学“趣味化学”科普讲座', 'U41', 300, null, { place: '城东中学' }),
    row('2026-05-12', '城东中学防灾减灾疏散演练', 'U41', 260, '二/（一）/3', { place: '城东中学' }),
    row('2026-10-15', '城东中学科技节', 'U41', 140, null, { place: '城东中学' }),
    // 宏远电子企业科协 (U42): 30 + 85 = 115人.
    row('2026-06-11', '宏远电子青年工程师沙龙', 'U42', 30, null, { place: '宏远电子' }),
    row('2026-09-09', '宏远电子消防安全培训', 'U42', 85, null, { place: '宏远电子' }),
    // 科技馆 (U43, a department): winter reception 2400人次 + spring 900人次.
    row('2026-01-10', '县科技馆寒假科普开放', 'U43', 2400, '二/（二）/1', { dateEnd: '2026-02-20', headcountUnit: '人次' }),
    row('2026-04-05', '县科技馆清明假期开放', 'U43', 900, '二/（二）/1', { dateEnd: '2026-04-06', headcountUnit: '人次' }),
    // 科技活动周: 1500人次 and 200 + 120 = 320人, kept apart.
    row('2026-05-17', '科技活动周科普展览', 'U1', 1500, '二/（一）/1', { headcountUnit: '人次' }),
    row('2026-05-18', '科技活动周专家讲座', 'U1', 200, '二/（一）/1'),
    row('2026-05-19', '科技活动周科技咨询', 'U1', 120, '二/（一）/1'),
    // 流动科技馆进校园: 1 + 2 = 3所, 500 + 1300 = 1800人次.
    row('2026-03-24', '流动科技馆进校园（城东小学站）', 'U43', 500, '二/（二）/3', { headcountUnit: '人次', metrics: { 所: 1 } }),
    row('2026-10-19', '流动科技馆巡展进校园（两所乡村小学）', 'U43', 1300, '二/（二）/3', { dateEnd: '2026-10-23', headcountUnit: '人次', metrics: { 所: 2 } }),
    // Others.
    row('2026-10-13', '白马乡国际减灾日宣传', 'U13', 180, '二/（一）/3', { place: '白马乡' }),
    row('2026-07-08', '城关镇科普讲座', 'U11', 500, null, { place: '城关镇' }),
  ],
  units: [
    { name: '城东中学', people: ['U41'] },
    { name: '宏远电子企业科协', people: ['U42'] },
    { name: '城关镇科协', people: ['U11'] },
    { name: '白马乡科协', people: ['U13'] },
  ],
  departments: { U1: '科普部', U43: '科技馆', U2: '办公室' },
};

const reply = askOn(state);

describe('w17 questions', () => {
  it('我们学校今年搞了几场、学生参加了多少: the asker’s unit’s records; the people counted are no topic', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U41', text: '咱们学校今年总共办了几次活动，学生参加了多少？' });
    expect(text).toContain('700');
  }, 30_000);
  it('我们企业今年报过几次活动，加起来多少人: the asker’s unit’s records', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U42', text: '我们企业今年报过几回活动？一共多少人参加' });
    expect(text, text).toContain('115');
  }, 30_000);
  it('咱馆寒假那阵子来了多少人: the asker’s department’s records in that period', async () => {
    const text = await reply({ today: '2026-03-01', user: 'U43', text: '咱馆寒假那阵子来了多少人啊' });
    expect(text).toContain('2400');
  }, 30_000);
  it('今年<topic>方面的活动都有哪些: the records of that topic', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U1', text: '今年防灾减灾方面的活动都有哪些？' });
    expect(text, text).toContain('城东中学');
    expect(text).toContain('白马乡');
    const fronted = await reply({ today: '2026-11-20', user: 'U1', text: '今年有哪些减灾方面的活动？' });
    expect(fronted, fronted).toContain('城东中学');
    // A period still ahead asks what is planned, not what was done.
    const ahead = await reply({ today: '2026-11-20', user: 'U1', text: '今年还有哪些活动要搞？' });
    expect(ahead, ahead).not.toContain('防灾减灾疏散演练');
  }, 30_000);
  it('几所学校，一共多少人次: both measures asked are answered', async () => {
    const zh = await reply({ today: '2026-11-10', user: 'U43', text: '流动科技馆进校园到现在去了几所学校，一共多少人次？' });
    expect(zh, zh).toContain('3所');
    expect(zh, zh).toContain('1800');
    const en = await reply({ today: '2026-11-10', user: 'U43', text: 'How many schools has the mobile science museum (流动科技馆) reached so far, and how many visits altogether? Will we make the deadline?' });
    expect(en, en).toContain('1800');
  }, 30_000);
  it('<owner>牵头的那几项进度咋样: that owner’s items with their progress', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U43', text: '科普部负责的那几项目前进展咋样了' });
    for (const item of ['二/（一）/1', '二/（一）/2', '二/（一）/3', '二/（二）/2']) expect(text, text).toContain(item);
    expect(text, text).toContain('1500');
    expect(text, text).not.toContain('四/1');
  }, 30_000);
  it('a target in 人次 with records in 人 too: the 人 counted apart, and shown', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U1', text: 'Did we reach the 5000 target for 科技活动周?' });
    expect(text).toContain('1500');
    expect(text, text).toContain('320');
    expect(text).not.toContain('1820');
  }, 30_000);
});
