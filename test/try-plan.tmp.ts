import { readFileSync } from 'node:fs';
import { parsePlan } from '../src/core/plans/parse-plan.js';
import { loadObservances } from '../src/infra/observance-calendar.js';
const file = process.argv[2]!;
const today = process.argv[3] ?? '2026-03-01';
const r = parsePlan(readFileSync(file, 'utf8'), { source: file, fallbackYear: Number(today.slice(0, 4)), importedAt: today, observances: loadObservances('/work/wt/d4-plans/data') });
console.log(r.plan.title, r.plan.year, r.report.kind, r.report.yearFrom, "results", r.report.results.length, "unread", JSON.stringify(r.report.unread.map((u) => u.slice(0, 30))));
for (const i of r.plan.items) console.log(i.path, i.kind, '|', i.text.slice(0, 50).replace(/\n/g, '⏎'), '|', i.due.map((d) => `${d.start}..${d.end}${d.implied ? '*' : ''}`).join(' '), '|', i.targets.map((t) => `${t.value ?? t.min + '-' + t.max}${t.unit}`).join(' '));
for (const w of r.warnings) console.log('W', w.message);
