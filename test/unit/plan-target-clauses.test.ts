// A goals paragraph that strings many tasks, each with its own count, in clauses and 、 lists: each task is an item
// with only its own targets, not every count of the paragraph (issue 17, blind w9).
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/core/plans/parse-plan.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string) => parsePlan(text, { source: 'yijian.txt', fallbackYear: 2022, importedAt: '', observances: OBSERVANCES }).plan;
const targetsOf = (plan: ReturnType<typeof read>, words: string) =>
  plan.items.filter((i) => i.text.includes(words)).sort((a, b) => b.level - a.level || a.text.length - b.text.length)[0]?.targets.map((t) => `${t.value ?? `${t.min}-${t.max}`}${t.unit}`);

const GOALS = '某县科协2022年工作意见\n一、指导思想\n以新时代思想为指导，服务大局。\n二、工作目标\n深入推进科技志愿服务体系建设，助力全县产业转型升级，举办2-4场专题学术报告会。认真编制全民科学素质工作方案，建成县级科普示范学校3所以上、科普示范社区8个、科普示范户50户。加快科普场馆建设，新建乡镇科普馆5个以上，完成县科技馆改造方案论证。组织院士专家行活动2场以上，开展“科技下乡”活动10场以上。';

describe('a goals paragraph of many counted tasks', () => {
  it('gives each task clause only its own targets', () => {
    const plan = read(GOALS);
    expect(targetsOf(plan, '科技志愿服务体系建设')).toEqual([]);
    expect(targetsOf(plan, '举办2-4场')).toEqual(['2-4场']);
    expect(targetsOf(plan, '县级科普示范学校3所以上')).toEqual(['3所']);
    expect(targetsOf(plan, '科普示范社区8个')).toEqual(['8个']);
    expect(targetsOf(plan, '科普示范户50户')).toEqual(['50户']);
    expect(targetsOf(plan, '新建乡镇科普馆5个以上')).toEqual(['5个']);
    expect(targetsOf(plan, '完成县科技馆改造方案论证')).toEqual([]);
    expect(targetsOf(plan, '院士专家行活动2场以上')).toEqual(['2场']);
    expect(targetsOf(plan, '科技下乡')).toEqual(['10场']);
  });
  it('keeps a count that follows its task in the same item', () => {
    const plan = read('某县科协2022年工作意见\n二、工作目标\n组织开展青少年科技教育活动，全年不少于20场，参与学生5000人次以上。开展科普讲座，全年12场以上。深入推进学会改革，新建学会2家以上。');
    expect(targetsOf(plan, '青少年科技教育活动')).toEqual(['20场', '5000人次']);
    expect(targetsOf(plan, '开展科普讲座')).toEqual(['12场']);
  });
});
