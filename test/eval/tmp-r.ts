import { readReport } from '../../src/core/understanding/read-report.js';
const [today, ...texts] = process.argv.slice(2);
for (const t of texts) { const r = readReport(t, today!, {}) as any; console.log(r.kind, JSON.stringify((r.records ?? []).map((x: any) => [x.date, x.dateEnd, x.title, x.headcount, x.metrics, x.doubts.map((d: any) => d.question)])), r.skipped ?? ''); }
