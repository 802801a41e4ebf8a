// Document kinds met on the w8 real plans (issue 17): a news page about a 方案 whose title is only quoted in its
// lead, a covering notice whose plan is an attachment, a year review with no plan part, and a task list run
// into one paragraph with a 责任单位 after each task.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const parse = (text: string, year = 2019) => parsePlan(text, { source: 'page.txt', fallbackYear: year, importedAt: '', observances: OBSERVANCES });

describe('a news page about a plan', () => {
  const page = [
    '近日,甲縣科協(xié)召開專題會(huì),研究部署2019年科技活動(dòng)周相關(guān)工作,討論形成了《甲縣2019年科技活動(dòng)周實(shí)施方案》。',
    '甲縣2019年科技活動(dòng)周將以“科技強(qiáng)國·科普惠民”為主題,多形式開展好系列活動(dòng),包括舉辦科技活動(dòng)周主場活動(dòng),啟動(dòng)公民科學(xué)素質(zhì)網(wǎng)絡(luò)知識(shí)競賽,開展科普大篷車進(jìn)校園活動(dòng),舉辦反邪教宣傳及展演活動(dòng)等。',
  ].join('\n');
  it('is news even when the plan it quotes gives the title, and its tasks are still read', () => {
    const { report } = parse(page);
    expect(report.kind).toBe('news');
  });
  it('reads its words without the pinyin glosses after each character', () => {
    const { plan } = parse(page);
    expect(plan.items.some((i) => i.text.includes('網絡知識競賽'))).toBe(true);
    expect(plan.items.every((i) => !/\(\p{Script=Latin}+\)/u.test(i.text))).toBe(true);
  });
});

describe('a covering notice', () => {
  it('is a notice when it only sends the plan as an attachment, and nothing is imported', () => {
    const { report, plan } = parse('科協普函綜字〔2020〕5號\n各全國學會、協會科普部,各省科協科普工作相關部門:\n為深入貫徹落實黨的十九大精神,現將《中國科協2020年科普工作要點》印發給你們,請結合實際認真貫徹落實,切實做好2020年科普工作。\n附件:中國科協2020年科普工作要點.doc\n中國科協科普部\n2020年3月12日', 2020);
    expect(report.kind).toBe('notice');
    expect(plan.items).toEqual([]);
  });
  it('stays a plan when the plan it sends follows in full', () => {
    const { report, plan } = parse('各区科协:\n现将《2020年科普工作要点》印发给你们,请认真贯彻落实。\n2020年科普工作要点\n一、组织开展全国科普日活动，9月底前完成\n二、新建科普示范社区5个\n三、举办科普讲解大赛，6月底前完成', 2020);
    expect(report.kind).not.toBe('notice');
    expect(plan.items.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a year review', () => {
  it('is a summary when it only tells what the year brought', () => {
    const { report } = parse('2025年,甲市科协以奋斗为笔、以创新为墨,写就精彩篇章。这一年,我们聚焦主责深耕主业,以“五个聚焦”锚定方向。\n这一年,数字见证足迹:18个科普项目扎根沃土,741万元项目资金精准滴灌;300余场科普活动如星火燎原。\n铸魂固本,凝聚思想共识展现新气象\n市科协始终将政治建设摆在首位,严格落实“第一议题”制度,精心组织“全国科技工作者日”九项系列活动。\n创新为翼,赋能发展。高端引智成果丰硕,新建、续建省级协同创新基地6个。', 2026);
    expect(report.kind).toBe('summary');
  });
});

describe('a task list run into one paragraph, each task with its 责任单位', () => {
  const text = '一、建立健全科普工作体系1.完善落实科普工作制度机制,推动县级于9月底前建立科普工作联席会议制度,(责任单位:市科协、市科技局等相关部门)7.强化科普服务平台建设,有条件的均应植入科普元素,(责任单位:市科技局、市科协、市委宣传部)9.推动科普活动提档提能,开展防灾减灾科普宣传、科普讲解大赛等活动5场(责任单位:市应急管理局、市科技局),遴选一批科普工作先进集体、先进工作者,(责任单位:市科技局、市科协)16.落实科技奖励与科普工作有机衔接,设立科普专家团。';
  it('is a task table with one item per task, the 责任单位 kept as owners and out of the text', () => {
    const { plan, report } = parse(text, 2023);
    expect(report.kind).toBe('table');
    const tasks = plan.items.filter((i) => i.level > 1);
    expect(tasks.map((i) => i.text.slice(0, 8))).toEqual(['完善落实科普工作', '强化科普服务平台', '推动科普活动提档', '遴选一批科普工作', '落实科技奖励与科']);
    expect(plan.items.every((i) => !i.text.includes('责任单位'))).toBe(true);
    expect(tasks[1]?.owners).toEqual(['市科技局', '市科协', '市委宣传部']);
    expect(tasks[2]?.targets.map((t) => `${t.value}${t.unit}`)).toEqual(['5场']);
    expect(tasks[1]?.due).toEqual([]);
  });
});

describe('a news page on a meeting that counts out next year\'s work', () => {
  it('is news and its 一是/二是 tasks are imported though they name no date or number', () => {
    const { plan, report } = parse('甲州科协召开科协系统2024年度工作务虚会\n发布时间:2024-01-25\n1月24日,甲州科学技术协会召开2024年度县市科协工作务虚会。各县市科协主席参加会议。\n会议强调,各县市区要结合实际,围绕2024年工作开展各项工作。一是要充分发挥乡村科普馆科普宣传主阵地作用,强化对乡村科普馆的运行管理。二是要积极组织开展“科技之冬”活动,促使“科技之冬”活动成为乡村振兴工作的助推器。', 2024);
    expect(report.kind).toBe('news');
    expect(plan.items.some((i) => i.text.includes('科技之冬'))).toBe(true);
  });
});

describe('a 学会 page that tells last year\'s results, then what it will do this year', () => {
  it('is a report with a plan part: the later year\'s paragraph, one task a clause', () => {
    const { plan, report } = parse('1月3日,中国科协科普部公布了2017年度全国学会科普工作考核结果,甲学会榜上有名。\n2017年,学会新成立了5个科学传播专家团队,开展了各类科普活动42次。\n2018年,学会将继续发挥科技社团的科普职责,开展“科学传播专家科普大讲坛”等科普活动;在“全国科普日”、“科技活动周”等重大科普节日,举办“我心目中的海洋主题绘画比赛”等科普活动;继续大力推进科普信息化建设;继续开展“求真科学营”等科普活动。', 2018);
    expect(report.kind).toBe('report_with_plan');
    expect(plan.year).toBe(2018);
    const tasks = plan.items.filter((i) => i.kind === 'task');
    expect(tasks).toHaveLength(4);
    ['科普大讲坛', '绘画比赛', '科普信息化建设', '求真科学营'].forEach((words, k) => expect(tasks[k]?.text).toContain(words));
    expect(plan.items.every((i) => !i.text.includes('42次'))).toBe(true);
  });
});

describe('a page its site files under news', () => {
  it('is news when its breadcrumb says so and its headline names no plan', () => {
    const { report } = parse('当前位置:新闻中心 > 工作动态\n锚定“三科一家”建设 奋力谱写科协事业新篇章\n时间:2026年01月21日 来源 :甲市科学技术协会\n会议强调2026年全市科协系统要做好五项工作:一是全年开展科普活动不少于200场次;二是建强科技馆阵地;三是服务科技工作者。', 2026);
    expect(report.kind).toBe('news');
  });
});

describe('a task table whose cells a web page separates with single spaces', () => {
  it('reads each row as a task with its own date', () => {
    const { plan } = parse('六、有关要求\n1、各县区要加强对科技活动周的领导，5月30日前报送总结报告。\n附件2:\n甲市第七届科技活动周主要活动一览表\n序号 主要内容 时间 地点 参加活动的主要单位\n1 科技活动周启动仪式暨三下乡活动 5月19日 乙县 市委宣传部、市科技局、科协\n2 市领导电视讲话 5月20日 市电视台 各有关单位组织收看', 2007);
    const launch = plan.items.find((i) => i.text.includes('启动仪式'));
    const speech = plan.items.find((i) => i.text.includes('电视讲话'));
    expect(launch?.due.map((d) => d.end)).toEqual(['2007-05-19']);
    expect(speech?.due.map((d) => d.end)).toEqual(['2007-05-20']);
    expect(launch?.text).not.toContain('电视讲话');
    expect(plan.items.some((i) => i.text === '甲市第七届科技活动周主要活动一览表')).toBe(true);
    expect(plan.items.every((i) => !i.text.includes('附件'))).toBe(true);
  });
});
