// Holdout 17 follow-ups (helper h2): figures, links and record counts stored wrong. "先补报一条去年的" counts the
// message's entries; a school grade's digit run into a count ("初二两个班") is no part of it; "两项工作" counts the events
// told; a sender asking how to fill the count in traditional characters is asked like one in simplified; colleagues
// (同事) who came along are people; fish fry said in words ("二十万尾") are a number of 尾; retired science workers
// visited on another festival are not the 科技工作者日 visits.
import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/core/understanding/read-report.js';
import { linkedPaths, OBSERVANCES } from '../support/kexie-for-tests.js';

const read = (text: string, today: string) => {
  const r = readReport(text, today, { observances: OBSERVANCES });
  if (r.kind !== 'activity') throw new Error(`not an activity: ${JSON.stringify(r)}`);
  return r.records.map((x) => ({ date: x.date, headcount: x.headcount, metrics: x.metrics, asked: x.doubts.length > 0 || r.doubts.length > 0 }));
};

describe('holdout 17 figures (h2)', () => {
  it('"先补报一条去年的" is the entry the message carries, no 条', () => {
    const [r] = read('各位老师新年好！先补报一条去年的。12月20日（周六）在城关二小上了两场天文课，学生一共七十二人，送出星图卡七十二张。', '2026-01-06');
    expect(r).toMatchObject({ date: '2025-12-20', headcount: 72 });
    expect(r!.metrics).toEqual({ 场: 2, 张: 72 });
  });
  it('"初二两个班": the grade is no part of the count of classes', () => {
    const [r] = read('科技周 这个礼拜三第二中学初二两个班到污水厂研学 学生八十八个 老师跟了三个', '2026-05-22');
    expect(r).toMatchObject({ headcount: 88 });
    expect(r!.metrics).toEqual({ 班: 2, '人(教师)': 3 });
  });
  it('"开展了两项工作：一是…二是…" counts the events told, no 项', () => {
    const rs = read('县科协科普部：科普日期间，我会开展了两项工作。一是9月19日在县实验中学举办科普讲座一场，学生260人；二是9月21日印发科普日专刊一期，共8000份。', '2026-09-25');
    expect(rs.map((r) => [r.date, r.headcount])).toEqual([['2026-09-19', 260], ['2026-09-21', null]]);
    expect(rs[0]!.metrics).toEqual({ 场: 1 });
  });
  it('the sender asking how to fill the count is asked, in traditional characters too', () => {
    const rs = read('9月20日（週日）科普日主場，我們學會擺了攤位，發放宣傳卡八百張。攤位上兩項活動：掃碼答題的約五百人次，體驗VR的二百多人，兩撥人有重疊，人數該怎麼填，請你們定。', '2026-09-24');
    expect(rs.some((r) => r.asked)).toBe(true);
    expect(rs[0]!.metrics['项']).toBeUndefined();
  });
  it('colleagues who came along (N个同事陪同) are people, not a count of 个', () => {
    const [r] = read('汇报一下～ 上周二（6/9）去石桥镇给护林员上了一课：森林防火怎么巡 🔥 来了 31 位护林员，镇林业站也来了 3 个同事陪同。', '2026-06-12');
    expect(r).toMatchObject({ date: '2026-06-09', headcount: 31 });
    expect(Object.keys(r!.metrics)).not.toContain('个');
    expect(Object.values(r!.metrics)).toEqual([3]);
  });
  it('a trade the lesson was given to (给…广播员上了一课) are its trainees, the colleagues beside them staff', () => {
    const [r] = read('说一下～ 上周三（8/5）去青山乡给各村的广播员上了一课：台风预警怎么播 来了 26 位广播员，乡应急办也来了 2 个同事陪同。', '2026-08-10');
    expect(r).toMatchObject({ date: '2026-08-05', headcount: 26 });
    expect(Object.keys(r!.metrics)).not.toContain('个');
    expect(Object.values(r!.metrics)).toEqual([2]);
  });
  it('fish fry said in words (三十万尾) are a number of 尾; digits with 万 (85万尾) stay 万尾', () => {
    const [r] = read('上周六在水库边搞了增殖放流 放了草鱼苗子三十万尾 附近村民来了两百人左右 发了资料四百份', '2026-06-10');
    expect(r!.metrics).toMatchObject({ 尾: 300000, 份: 400 });
    const [b] = read('6月6日放鱼日，在水库放流鱼苗85万尾，群众300人。', '2026-06-10');
    expect(b!.metrics).toEqual({ 万尾: 85 });
  });
});

describe('holdout 17 links (h2)', () => {
  // The rule that left retired science workers visited on 重阳节 unlinked (sb-r023) was taken back in session 17: older
  // labels and w15's case (1月20日…走访慰问了6位退休老专家 → 一/1) file such visits under the item. sb-r023 stays a miss.
  it('retired science workers visited away from the day are still the visits item; visits on the day are', async () => {
    expect(await linkedPaths('重阳节当天(10.18)跟县科协一起走访慰问离退休老科技工作者7人,送了慰问品,顺带收集老照片21张。', '2026-10-21')).toEqual(['一/1']);
    expect(await linkedPaths('5月30日科技工作者日，我们走访慰问了退休的老科技工作者6人，送去慰问品。', '2026-06-01')).toEqual(['一/1']);
    expect(await linkedPaths('2.10 县科协走访慰问老科技工作者6人，送去春节慰问品', '2026-02-12')).toEqual(['一/1']);
  });
});
