// Issue 16, the eleventh holdout's corrections, each as a general rule with sentences of our own: "是N个" said of
// a record counting people is its headcount, not a figure counted in 个; a later clause saying who came late is a
// reason, not a figure; "<name>那回" names that record even after "俺说错咧"; a value with no record named, after
// several records, is asked about, never put on the latest.
import { describe, expect, it } from 'vitest';
import type { CorrectionCase } from '../eval/score-corrections.js';
import { correctionCasesAreRight } from '../support/correction-cases.js';

const cases: CorrectionCase[] = [
  {
    id: '这个是N个 in a thread on a record of people: the headcount, not a figure in 个',
    today: '2026-04-15',
    before: ['4月10日青石镇开展油菜病害防治培训，农户58人', '4月12日青石镇小学开展防溺水讲座，学生300人'],
    thread: 0,
    text: '这个应该是61个，有三位是后来补的签到',
    expect: 'apply',
    target: 0,
    changes: { headcount: 61 },
  },
  {
    id: '<name>那场实际是N人，后面补签了M个: the headcount only; who came late is a reason',
    today: '2026-08-20',
    before: ['8月12日李教授在县农技站做葡萄栽培讲座，果农42人', '8月15日城关镇东街社区防中暑宣传，居民80人'],
    text: '李教授那场实际是47人，后来补签了5个',
    expect: 'apply',
    target: 0,
    changes: { headcount: 47 },
  },
  {
    id: '俺说错咧，<name>那回是N个人，<other field>没错: that record, not the latest',
    today: '2026-03-18',
    before: ['3月12日白马乡开展桃树嫁接技术培训，群众50人，涉及农户32户', '3月16日城关镇北街社区开展用电安全讲座，约90人'],
    text: '我说错啦，嫁接那回是五十六个人，户数没错',
    expect: 'apply',
    target: 0,
    changes: { headcount: 56 },
  },
  {
    id: '人数报错了，应该是N after several records, none named: ask which, change none',
    today: '2026-07-10',
    before: ['7月6日青石镇开展防汛避险宣传，群众140人', '7月8日白马乡小学开展暑期安全讲座，学生95人'],
    text: '人数写错了，应该是105',
    expect: 'ask',
    target: null,
    changes: null,
  },
  {
    id: '<place>那次<thing>报错了，不是N，是M份: that record\'s figure in 份',
    today: '2026-05-10',
    before: ['5月3日在镇卫生院大门口开展健康宣传，群众120人，发放折页400份', '5月6日青石镇中学开展禁毒讲座，学生260人'],
    text: '卫生院大门口那次折页报错了，不是400，是450份',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 450 } },
  },
  {
    id: '<time of day>那场<who>统计出来了，实到N人: the record of that time of day',
    today: '2026-06-18',
    before: ['今天上午青石镇中学开展禁毒讲座，学生300人', '今天下午青石镇开展玉米种植培训，农民约80人'],
    text: '下午那场镇里统计出来了，实到86人',
    expect: 'apply',
    target: 1,
    changes: { headcount: 86, approximate: false },
  },
  {
    id: '补一个，<event>那天还发了<thing>N份: added to that record',
    today: '2026-09-20',
    before: ['9月16日青石镇赶集日开展科普宣传，群众200人', '9月18日城关二小开展科学实验课，学生60人'],
    text: '补一个，青石赶集那天还发了折页600份',
    expect: 'add',
    target: 0,
    changes: { metrics: { 份: 600 } },
  },
  {
    id: 'English: the <kind of place> one should be N not M: the record of that kind holding M',
    today: '2026-10-20',
    before: ['10月13日城关镇中学开展防震减灾讲座，学生640人', '10月14日城关镇实验小学开展防震减灾讲座，学生380人'],
    text: 'sorry the primary school one should be 308 not 380, typo',
    expect: 'apply',
    target: 1,
    changes: { headcount: 308 },
  },
  {
    id: '<name>那条标题改下，不是<kind>，是“<new name>”: the title',
    today: '2026-09-25',
    before: ['9月20日城关二小科普日科普讲座，学生300人', '9月22日白马乡开展农机安全宣传，群众90人'],
    text: '城关二小那条标题改下，不是讲座，是“趣味科学表演”',
    expect: 'apply',
    target: 0,
    changes: { titleIncludes: '科学表演' },
  },
  {
    id: '<thing>是N份，M是印的数，还有K份在<place>: N the new figure, M the old, the rest a reason',
    today: '2026-04-25',
    before: ['4月20日白马乡开展防火宣传，群众150人，发放宣传单800份', '4月22日白马乡小学开展科学实验课，学生70人'],
    text: '宣传单是650份，800是印的数，还有150份在站里',
    expect: 'apply',
    target: 0,
    changes: { metrics: { 份: 650 } },
  },
];

correctionCasesAreRight('h11 corrections', cases);
