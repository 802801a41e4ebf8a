// Session 16 review: shapes near the session's new rules, in our own words, that the rules first read wrong.
// People spoken of with 那边 ("家长那边来了30个", "老师那边也来了12个") are a group of the one event, not a place with a
// session of its own; people said to be those still there ("留下来的30位村民", "在场的") after an event are a part of its
// audience, not another event's.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { explicit: false, observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return { records: r.records.map((x) => ({ headcount: x.headcount })), kindAsked: r.doubts.some((d) => d.field === 'kind') };
};

describe('people spoken of with 那边 are no places', () => {
  it.each([
    ['上周六的亲子科学实验课办完了，孩子来了四十五个，家长那边来了三十个，学校那边说下学期还想再办。', '2026-05-12'],
    ['昨天在镇中心校办了防溺水讲座，学生到了两百人，老师那边也来了十二个，校长那边很满意。', '2026-05-12'],
  ])('%s', (text, today) => {
    const r = read(text, today);
    expect(r.kindAsked).toBe(false);
    expect(r.records).toHaveLength(1);
  });
});

describe('those still there after an event are a part of its audience, not another event', () => {
  it.each([
    ['3月5日在村委会办了果树修剪技术讲座，来了村民80人。结束后专家又给留下来的30位村民做了一对一咨询。', '2026-03-08', 80],
    ['6月2日在社区广场开展防诈骗宣传，居民来了150人。之后民警又为在场的40多位老人进行了现场答疑。', '2026-06-05', 150],
  ])('%s', (text, today, headcount) => {
    const r = read(text, today);
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.headcount).toBe(headcount);
  });
  it('another group for whom a deed of its own is done is still another event', () => {
    const r = read('5月9日在西湾村举办果树技术培训，果农50人参加。随后又为村里的20名留守儿童上了一堂科普课。', '2026-05-12');
    expect(r.records.map((x) => x.headcount)).toEqual([50, 20]);
  });
});

describe('a school by its number is a place, a party plenum is not', async () => {
  const { OWN_NAME } = await import('../../src/core/understanding/report-parts.js');
  it.each([['在县一中', true], ['城关二中', true], ['学习二十届三中全会精神', false], ['宣讲四中全会', false]] as const)('%s', (words, place) => {
    expect(OWN_NAME.test(words)).toBe(place);
  });
});

describe('the 下乡 service stays linked when a broadcaster only covers it or farmers\' machines are mended', async () => {
  const { linkedPaths } = await import('../support/kexie-for-tests.js');
  it.each([
    // A performance (节目) beside the experts' service is no broadcaster's show.
    ['3月12日县科协组织农业专家到石门村开展科技服务，给果农讲了修剪技术，村文艺队还表演了节目，来了村民80人。', '2026-03-14'],
    // The county's media covering it (融媒体中心跟拍报道) make it no show of theirs.
    ['3月12日农技人员到石门村给果农讲了桃树修剪技术，县融媒体中心跟拍报道，来了果农60人。', '2026-03-14'],
    // Farmers' machines mended for them is the service, not the unit's own equipment.
    ['3月12日科技人员到石门村帮果农免费维修农机设备，服务果农40人。', '2026-03-14'],
  ])('%s', async (text, today) => {
    expect(await linkedPaths(text, today)).toEqual(['三/2']);
  });
});

describe('a named day\'s opening ceremony is no first day of a run', () => {
  it('a stand at a festival\'s opening ceremony, the festival closing later: the day is asked, not a span stored', () => {
    const r = readReport('10月8日在县农民丰收节开幕式上设了科普展位，咨询群众200人，10月10日闭幕。', '2026-10-15', { explicit: false, observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error(r.kind);
    const [x] = r.records;
    expect(x!.dateEnd === null || x!.doubts.some((d) => d.field === 'date')).toBe(true);
  });
  it('a class opened on a named day and ended on another is still one span', () => {
    const r = readReport('4月23日世界读书日起开展亲子共读活动，5月20日结束，参与家庭120户，学生150人。', '2026-05-25', { explicit: false, observances: OBSERVANCES });
    if (r.kind !== 'activity') throw new Error(r.kind);
    expect(r.records[0]).toMatchObject({ date: '2026-04-23', dateEnd: '2026-05-20' });
  });
});
