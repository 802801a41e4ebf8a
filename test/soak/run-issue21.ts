// `npm run soak:21`: issue 21's scenario alone (issue21-scenario.ts) on the folder store and on PGlite, at full size
// (SOAK_RECORDS, SOAK_WRITERS as in run.ts); prints the figures with the machine's load. Exits 1 when a check fails.
import { loadavg } from 'node:os';
import { runIssue21Scenario } from './issue21-scenario.js';

const RECORDS = Number(process.env.SOAK_RECORDS ?? 25_000);
const WRITERS = Number(process.env.SOAK_WRITERS ?? 50);
const stores = (process.env.SOAK_STORES ?? 'folder,pglite').split(',') as Array<'folder' | 'pglite'>;
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
let failed = false;
for (const store of stores) {
  const before = load();
  const r = await runIssue21Scenario({ store, records: RECORDS, writers: WRITERS, waves: 3, ledgerRows: 2000 });
  const ok = !r.crashed && r.ackMaxMs <= 3000 && r.writesLost === 0 && r.writesStoredTwice === 0 && r.writesAcknowledged === WRITERS * 3 && r.summaryAnswered && r.uploads.every((u) => u.reply.includes('新增 2000 条活动'));
  failed ||= !ok;
  console.log(`${store} ${ok ? 'PASS' : 'FAIL'}: load ${before} → ${load()}; crashed ${r.crashed}; acks ${r.acks}, p95 ${r.ackP95Ms.toFixed(0)} ms, max ${r.ackMaxMs.toFixed(0)} ms; loop stall ${r.loopMaxMs ?? '?'} ms; writes acknowledged ${r.writesAcknowledged}/${WRITERS * 3}, lost ${r.writesLost}, twice ${r.writesStoredTwice}; summary ${r.summaryAnswered ? 'answered' : 'NOT answered'} in ${(r.summaryMs / 1000).toFixed(1)} s`);
  console.log(`  uploads: ${r.uploads.map((u) => `${u.style}: ${u.reply}`).join(' | ')}`);
  if (r.unconfirmed.length > 0) console.log(`  not confirmed: ${r.unconfirmed.slice(0, 3).join(' | ')}`);
  if (r.crashed) console.log(`  stderr: ${r.stderrTail.slice(-800)}`);
}
process.exitCode = failed ? 1 : 0;
