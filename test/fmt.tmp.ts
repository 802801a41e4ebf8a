import { readDocument } from '../src/infra/documents/read-document.js';
import { parsePlan } from '../src/core/plans/parse-plan.js';
import { loadObservances } from '../src/infra/observance-calendar.js';
for (const f of process.argv.slice(2)) {
  const { text } = await readDocument(f);
  if (process.env.RAW) console.log(text);
  const r = parsePlan(text, { source: f, fallbackYear: 2026, importedAt: '', observances: loadObservances('data') });
  console.log('==', f, r.plan.title, r.plan.year, r.report.kind, 'unread', JSON.stringify(r.report.unread));
  for (const i of r.plan.items) console.log(i.path, i.kind, '|', i.text.slice(0, 40), '|', i.due.map((d) => `${d.start}..${d.end}`).join(' '), '|', i.targets.map((t) => `${t.value}${t.unit}`).join(' '), '|', i.owners.join(','));
}
