// Issue 16, the twelfth holdout's follow-ups, each as a general rule with sentences of our own. Corrections: 补充 whose
// one clause opens on an earlier record's name ("启动式还有志愿者30人") adds to that record; "忘了说，<kind>其实分N场"
// in a thread is that record's count of sessions, never a new record; "名称写错了 不是X 是Y" (spaces for commas)
// swaps a word of the title; "唉不对 不是前天 是上周六" moves the day; "<name>是1号到12号，不是到10号" sets the span;
// "这个算科普日的" after several records with no thread asks which; "应该算<item>的，别挂到<other>" links the item
// said first, and an unlink of an item the record is not under changes nothing. Questions: "<total> …, against the
// target?" in English is the gap to the item whose target counts it, even when a department bears that name;
// "我们中心今年要干啥" is the asker's department's tasks; "我们学校今年的活动总人数" is the asker's unit's records;
// "<work>那几个乡镇…都报了没" is which units of that kind have (not) reported that work.
import { describe, expect, it } from 'vitest';
import type { CorrectionCase } from '../eval/score-corrections.js';
import { askOn, row } from '../support/ask-question.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';
import type { QuestionState } from '../support/question-state.js';

const cases: CorrectionCase[] = [
  {
    id: '补充：<an earlier record>还有<people>N人…, one clause: that record, not the latest',
    today: '2026-05-18',
    before: ['5月16日科技活动周启动式在县体育馆举行，观众约2000人次，发放折页3000份', '5月17日青石镇科技活动周联动宣传，群众150人左右'],
    text: '补充一下：启动式还有青年志愿者30人参与服务',
    expect: 'add',
    target: 0,
    changes: { metrics: { '人(志愿者)': 30 } },
  },
  {
    id: '忘了说，<kind>其实分N场… in a thread: that record’s sessions, no new record',
    today: '2026-07-10',
    before: ['7月8日华兴食品职工消防安全培训，职工90人', '今天华兴食品质量管理交流会，参会25人'],
    thread: 0,
    text: '漏说了，培训其实分了三场讲的，上午两场下午一场',
    expect: 'add',
    target: 0,
    changes: { metrics: { 场: 3 } },
  },
  {
    id: '名称写错了 不是X 是Y (spaces for commas) in a thread: a word of the title',
    today: '2026-05-21',
    before: ['5月20日城关镇实验小学防火讲座，学生300人', '5月20日城关镇社区健康讲座，居民60人'],
    thread: 0,
    text: '名称写错了 不是防火 是防震讲座',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '防震' },
  },
  {
    id: '唉不对 不是前天 是上周六去的: the day moves',
    today: '2026-07-16',
    before: ['前天在白马乡卫生院讲了急救知识，村民来了35个'],
    text: '唉不对 不是前天 是上周六去的',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-07-11' },
  },
  {
    id: '这个算科普日的 after two records, no thread: ask which',
    today: '2026-09-19',
    before: ['9月15日青石镇中学科技小制作比赛，学生200人', '9月16日青石镇社区防诈骗讲座，居民80人'],
    text: '这个算科普日的',
    expect: 'ask',
    target: null,
    changes: null,
  },
  {
    id: '那条算到科普日那项下面 after two records, no thread: ask which',
    today: '2026-09-19',
    before: ['9月15日青石镇中学科技小制作比赛，学生200人', '9月16日青石镇社区防诈骗讲座，居民80人'],
    text: '那条算到科普日那项下面',
    expect: 'ask',
    target: null,
    changes: null,
  },
  {
    id: '这个算科普日的 in a thread: the thread’s record, as before',
    today: '2026-09-19',
    before: ['9月15日青石镇中学科技小制作比赛，学生200人', '9月16日青石镇社区防诈骗讲座，居民80人'],
    thread: 0,
    text: '这个算科普日的',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（一）/2' },
  },
  {
    id: '这条算到科普日那项下面 after one record: that record, as before',
    today: '2026-09-19',
    before: ['9月16日青石镇社区防诈骗讲座，居民80人'],
    text: '这条算到科普日那项下面',
    expect: 'apply',
    target: 0,
    changes: { item: '二/（一）/2' },
  },
  {
    id: '<name>是1号到12号，不是到10号: the span, first day kept',
    today: '2026-07-15',
    before: ['科普大篷车进乡村7月1日至10日，5个村，群众1800人次', '7月11日科普志愿者培训会，30人'],
    text: '大篷车是1号到12号，不是到10号',
    expect: 'apply',
    target: 0,
    changes: { date: '2026-07-01', dateEnd: '2026-07-12' },
  },
  {
    id: '<name>那次应该算<item>的，不要挂到<other>: the item said first',
    today: '2026-09-10',
    before: ['9月7日农技协专家服务团青石镇下乡，群众90人，服务36户', '9月8日青石镇科普日筹备会，15人'],
    text: '青石镇下乡那次应该算科技志愿服务下乡的，不要挂到科普日',
    expect: 'apply',
    target: 0,
    changes: { item: '三/2' },
  },
  {
    id: '<name>那次别挂到<an item it is not under>: nothing changes',
    today: '2026-09-10',
    before: ['9月7日农技协专家服务团青石镇下乡，群众90人，服务36户', '9月8日青石镇科普日筹备会，15人'],
    text: '青石镇下乡那次别挂到科普日上',
    expect: 'apply',
    target: 0,
    changes: { item: '三/2' },
  },
];

correctionCasesAreRight('h12 corrections', cases);


const state: QuestionState = {
  activities: [
    // 科技馆 (U41, a department): 2500 + 4000 = 6500人次 under 二/（二）/1 (target 3万人次); a 流动科技馆 stop apart.
    row('2026-02-01', '县科技馆春节开放接待', 'U41', 2500, '二/（二）/1', { headcountUnit: '人次' }),
    row('2026-07-10', '县科技馆暑假接待', 'U41', 4000, '二/（二）/1', { headcountUnit: '人次' }),
    row('2026-05-06', '流动科技馆巡展进校园（青石镇小学）', 'U41', 900, '二/（二）/3', { headcountUnit: '人次', metrics: { 所: 1 } }),
    // 县第二中学 (U42): 300 + 250 = 550人.
    row('2026-04-10', '县二中“走进化学”科普讲座', 'U42', 300, null, { place: '县第二中学' }),
    row('2026-10-09', '县二中校园科技节', 'U42', 250, null, { place: '县第二中学' }),
    // 科普日 联动 in the three towns.
    row('2026-09-10', '城关镇科普日联动宣传', 'U43', 200, '二/（一）/2', { place: '城关镇' }),
    row('2026-09-11', '白马乡科普日联动讲座', 'U44', 90, '二/（一）/2', { place: '白马乡' }),
    row('2026-09-13', '青石镇科普日科普赶集', 'U45', 310, '二/（一）/2', { place: '青石镇' }),
  ],
  units: [
    { name: '县第二中学', people: ['U42'] },
    { name: '城关镇科协', people: ['U43'] },
    { name: '白马乡科协', people: ['U44'] },
    { name: '青石镇科协', people: ['U45'] },
  ],
  departments: { U41: '科技馆', U46: '青少年科技教育中心' },
};

const reply = askOn(state);

describe('h12 questions', () => {
  it('“How many visitors …, against the target?”: the gap to the item whose target counts visitors', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U41', text: 'How many visitors did the museum get this year, compared with the target?' });
    expect(text).toContain('6500');
    expect(text).toContain('30000');
    expect(text).toContain('二/（二）/1');
  }, 30_000);
  it('我们中心今年要干些什么: the asker’s department’s tasks', async () => {
    const text = await reply({ today: '2026-03-02', user: 'U46', text: '咱们中心今年都要做些什么' });
    expect(text).toContain('二/（一）/4');
    expect(text).toContain('9月20日');
  }, 30_000);
  it('我们学校今年的活动参加人数一共多少: the asker’s unit’s records', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U42', text: '我们学校今年的活动参加人数一共多少' });
    expect(text).toContain('550');
  }, 30_000);
  it('<work>那几个乡镇…都报了没: which towns have reported that work', async () => {
    const text = await reply({ today: '2026-11-20', user: 'U1', text: '科普日各个乡镇联动的是不是都报了？' });
    expect(text).toContain('城关镇');
    expect(text).toContain('白马乡');
    expect(text).toContain('青石镇');
    expect(text).toContain('二/（一）/2');
  }, 30_000);
});
