import { readReport } from '../../src/core/understanding/read-report.js';
for (const [t, today] of [['11月21日（周六） “科学之夜”开放活动 观众420人次', '2026-11-25'], ['11月7日（週六） 青少年研學團 120人', '2026-11-25'], ['去年十二月份全县科普讲座一共四十二场听众三千二百人次这是全月的数', '2027-01-05']] as const) {
  const r = readReport(t, today, { explicit: false });
  console.log(t, JSON.stringify(r.kind === 'activity' ? r.records.map((x) => [x.date, x.dateEnd, x.title, x.headcount, x.metrics, x.doubts]) : r));
}
