// Issue 16, holdout 9 questions (our own wordings, on a state built here): counts asked with where the records
// were entered ("在平台上"), with the people named before 总数, with "大约" and a trailing "写总结要用", and of
// "各单位报的活动"; sign-ups of the asker's unit with the others or the total asked beside them; two questions
// parted by a space.
import { describe, expect, it } from 'vitest';
import type { QuestionState } from '../support/question-state.js';
import { askOn } from '../support/ask-question.js';

type Row = QuestionState['activities'][number];
const row = (date: string, title: string, by: string, headcount: number | null, extra: Partial<Row> = {}): Row => ({ date, title, by, headcount, headcountUnit: '人', item: null, ...extra });

const state: QuestionState = {
  activities: [
    // 白马乡科协 (U13): 85 + 70 + 110 + 60 = 325人, and 150人次 apart.
    row('2026-02-05', '白马乡寒假青少年科普营', 'U13', 85, { place: '白马乡' }),
    row('2026-05-08', '白马乡植保技术培训', 'U13', 70, { place: '白马乡' }),
    row('2026-03-12', '白马乡植树节科普宣传', 'U13', 110, { place: '白马乡' }),
    row('2026-10-09', '白马乡重阳节健康讲座', 'U13', 60, { place: '白马乡' }),
    row('2026-10-21', '白马乡科普大篷车进村', 'U13', 150, { place: '白马乡', headcountUnit: '人次' }),
    // 实验小学 (U15): 120 + 340 = 460人.
    row('2026-10-15', '实验小学航天科普讲座', 'U15', 120, { place: '实验小学' }),
    row('2026-04-22', '实验小学科技节', 'U15', 340, { place: '实验小学' }),
    // October by everyone: 60 + 120 + 80 = 260人.
    row('2026-10-18', '城关镇防诈骗讲座', 'U11', 80, { place: '城关镇' }),
    // 学会部 (U7): a survey counted in 份 only.
    row('2026-03-05', '会员满意度问卷调查', 'U7', null, { item: '一/2', metrics: { 份: 412 } }),
  ],
  signups: [
    { event: '科普讲解大赛', unit: '白马乡科协', count: 6 },
    { event: '科普讲解大赛', unit: '城关镇科协', count: 3 },
    { event: '农村实用技术培训班', unit: '白马乡科协', count: 21 },
    { event: '农村实用技术培训班', unit: '城关镇科协', count: 17 },
  ],
  units: [
    { name: '城关镇科协', people: ['U11'] },
    { name: '白马乡科协', people: ['U13'] },
    { name: '实验小学', people: ['U15'] },
  ],
  departments: { U1: '科普部', U7: '学会部' },
};

const reply = askOn(state);

describe('counts asked with words that name no kind of work', () => {
  it('where the records were entered: 在平台上', async () => {
    const text = await reply({ user: 'U13', today: '2026-11-20', text: '我们乡今年在平台上一共登记了多少次活动，总共多少人' });
    expect(text).toContain('325人');
    expect(text).toContain('150人次');
  });
  it('the people named before 总数', async () => {
    const text = await reply({ user: 'U15', today: '2026-11-20', text: '我校今年在系统中登记的各项活动，参加学生总数有多少' });
    expect(text).toContain('460人');
  });
  it('大约, and a trailing clause saying what the figure is for', async () => {
    const text = await reply({ user: 'U1', today: '2026-11-20', text: '10月份全县科普活动大约有多少人参加？我们写总结要用' });
    expect(text).toContain('260人');
  });
  it('各单位报的活动', async () => {
    const text = await reply({ user: 'U1', today: '2026-11-20', text: '10月各单位报的活动，参与人数一共多少？' });
    expect(text).toContain('260人');
  });
  it('想 before 统计', async () => {
    const text = await reply({ user: 'U1', today: '2026-11-20', text: '想统计一下今年白马乡的讲座一共多少人听' });
    expect(text).toContain('60人');
    expect(text).not.toContain('没有“');
  });
});

describe("the asker's unit's sign-ups, with the others or the total asked beside them", () => {
  it('…我们乡报了多少人？别的乡镇呢', async () => {
    const text = await reply({ user: 'U13', today: '2026-11-20', text: '培训班我们乡报了多少人？别的乡镇呢' });
    expect(text).toContain('白马乡科协21人');
    expect(text).toContain('城关镇科协17人');
  });
  it('…我们乡报了几个？一共多少人报名', async () => {
    const text = await reply({ user: 'U13', today: '2026-11-20', text: '讲解大赛我们乡报了几个？一共多少人报名' });
    expect(text).toContain('白马乡科协6人');
    expect(text).toContain('报名共9人');
  });
});

describe('two questions parted by a space', () => {
  it('a list of our records before the summer, then a count for the winter holiday', async () => {
    const text = await reply({ user: 'U13', today: '2026-07-10', text: '暑假前我们乡今年都报了哪些活动呀 寒假那次多少人' });
    expect(text).toContain('2026-05-08 白马乡植保技术培训');
    expect(text).toContain('寒假（按2026-01-15至2026-02-28计）');
    expect(text).toContain('85人');
    expect(text).not.toContain('没有“');
  });
  it("our department's tasks, then a count in 份", async () => {
    const text = await reply({ user: 'U7', today: '2026-04-01', before: ['我是学会部'], text: '我们部门的任务完成了吗 问卷收了几份' });
    expect(text).toContain('学会部牵头的任务');
    expect(text).toContain('412份');
  });
});

describe("our own venue's work for a half year, and where one piece of work stands", () => {
  it('我们馆 before a period is the asker’s department', async () => {
    const text = await reply({ user: 'U4', today: '2026-07-02', before: ['我是科技馆'], text: '我们馆下半年都要做什么' });
    expect(text).toContain('科技馆牵头的任务中');
    expect(text).toContain('二/（二）/1');
  });
  it('where a piece of work stands shows the steps the plan sets out', async () => {
    const text = await reply({ user: 'U1', today: '2026-07-02', text: '展品更新现在进展怎么样' });
    expect(text).toContain('计划：');
    expect(text).toContain('布展');
  });
});
