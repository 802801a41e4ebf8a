// `npm run bench`: speed goals measured in one run and printed as ratios (no timed tests).
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Activity } from '../src/core/activities/activity-schema.js';
import { FixedClock } from '../src/core/clock.js';
import { createKexie } from '../src/core/kexie.js';
import { ObservanceCalendarSchema } from '../src/core/plans/observances.js';
import { parsePlan } from '../src/core/plans/parse-plan.js';
import type { Plan } from '../src/core/plans/plan-schema.js';
import { silentLogger } from '../src/core/ports.js';
import { answerQuestion } from '../src/core/questions/answer-question.js';
import { understandQuestion } from '../src/core/questions/understand-question.js';
import { FileStore } from '../src/infra/store/file-store.js';

const ROOT = join(import.meta.dirname, '..');
const observances = ObservanceCalendarSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'observances.json'), 'utf8')));
const sample = readFileSync(join(ROOT, 'data', 'sample-plan.md'), 'utf8');

const time = (fn: () => void, repeat = 1): number => {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) fn();
  return (performance.now() - start) / repeat;
};
const timeAsync = async (fn: () => Promise<unknown>, repeat = 1): Promise<number> => {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) await fn();
  return (performance.now() - start) / repeat;
};
const ms = (n: number): string => `${n.toFixed(2)} ms`;

/** A plan of about `pages` pages (1,500 characters each) built from the sample plan's sections. */
function bigPlanText(pages: number): string {
  const body = sample.split('\n').slice(3).join('\n');
  const sections: string[] = ['压力测试县科协2026年工作要点'];
  const cn = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  let chars = 0;
  for (let n = 0; chars < pages * 1500; n++) {
    const text = body.replace(/^([一二三四])、/gmu, (_m, c: string) => `${cn[(n * 4 + cn.indexOf(c)) % 10]}${n}、`).replace(/。/gu, `（第${n}组）。`);
    sections.push(text);
    chars += text.length;
  }
  return sections.join('\n');
}

console.log('# kexie benchmark');

// 1. Import: a 100-page plan, beside parsing the 1-page sample.
const big = bigPlanText(100);
const parse = (text: string) => parsePlan(text, { source: 'bench', fallbackYear: 2026, importedAt: '', observances });
const tSmall = time(() => parse(sample), 20);
let plan: Plan = parse(big).plan;
const tBig = time(() => {
  plan = parse(big).plan;
});
console.log(`import: 100-page plan (${big.length} chars, ${plan.items.length} items) ${ms(tBig)}; 1-page sample ${ms(tSmall)}; ratio ${(tBig / tSmall).toFixed(1)}x for ${(big.length / sample.length).toFixed(1)}x the text`);

// 1b. Hostile plan lines (issue 10: a 3 KB line froze the bot): time per character at 2,000 and 20,000 characters.
for (const [name, unit] of [['numerals', '一'], ['counts', '1人，'], ['dates', '5月1日'], ['cells', '1\n科普\n']] as const) {
  const text = (n: number) => `某县科协2026年工作要点\n一、${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}`;
  const t2k = time(() => parse(text(2_000)), 5);
  const t20k = time(() => parse(text(20_000)), 2);
  console.log(`plan line of ${name}: 20,000 chars ${ms(t20k)}, 2,000 chars ${ms(t2k)}; ratio ${(t20k / t2k).toFixed(1)}x for 10x the text (linear: about 10x)`);
}

// 2. Questions over 5,000 items.
const items = Array.from({ length: 5000 }, (_, i) => ({ ...plan.items[i % plan.items.length]!, id: `i${i}` }));
const plan5k: Plan = { ...plan, items };
const questions = ['这个月有什么要做的', '下个月', '本季度', '逾期', '关于科技馆的任务', '科普部负责的任务', '科普日的目标'];
answerQuestion(understandQuestion(questions[0]!, '2026-05-20'), { plans: [plan5k], today: '2026-05-20', observances });
const tAsk = time(() => {
  for (const q of questions) answerQuestion(understandQuestion(q, '2026-05-20'), { plans: [plan5k], today: '2026-05-20', observances });
}, 5) / questions.length;
const tAsk100 = time(() => {
  for (const q of questions) answerQuestion(understandQuestion(q, '2026-05-20'), { plans: [{ ...plan, items: items.slice(0, 100) }], today: '2026-05-20', observances });
}, 5) / questions.length;
console.log(`questions: ${ms(tAsk)} per question over 5,000 items; ${ms(tAsk100)} over 100 items; ratio ${(tAsk / tAsk100).toFixed(1)}x for 50x the items`);

// 3. One log write with 1k, 10k and 100k activities stored, beside a bare append of one line.
const base: Activity = {
  id: '', date: '2026-05-17', dateEnd: null, title: '科普讲座', headcount: 100, approximate: false, headcountUnit: '人', metrics: { 份: 300 }, metricLabels: {}, itemId: null, planId: null,
  text: '5月17日 科普讲座，参加100人，发放资料300份', by: 'bench', at: '2026-05-17T08:00:00.000Z', source: { kind: 'cli' }, dedupeKey: null, flags: [], undone: false, history: [],
};
const bareDir = mkdtempSync(join(tmpdir(), 'kexie-bench-'));
const bareFile = join(bareDir, 'bare.jsonl');
const line = `${JSON.stringify({ type: 'create', activity: base })}\n`;
const tBare = time(() => appendFileSync(bareFile, line), 200);
console.log(`log write: bare append of one line ${ms(tBare)}`);
for (const count of [1_000, 10_000, 100_000]) {
  const dir = mkdtempSync(join(tmpdir(), 'kexie-bench-'));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({ type: 'create', activity: { ...base, id: `b${i}`, dedupeKey: `k${i}` } }));
  writeFileSync(join(dir, 'activities.jsonl'), `${lines.join('\n')}\n`);
  const store = new FileStore(dir);
  const tLoad = await timeAsync(() => store.listActivities());
  let n = 0;
  const tWrite = await timeAsync(() => store.appendActivityEvent({ type: 'create', activity: { ...base, id: `new${n}`, dedupeKey: `new${n++}` } }), 100);
  console.log(`log write with ${count.toLocaleString('en')} stored: ${ms(tWrite)} a write (${(tWrite / tBare).toFixed(1)}x a bare append); first load ${ms(tLoad)}`);
}

// 4. End to end through the core: one log via kexie with 10k stored.
const dir = mkdtempSync(join(tmpdir(), 'kexie-bench-'));
const kexie = createKexie({ storeFor: () => new FileStore(dir), observances, clock: FixedClock.at('2026-05-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
const store = new FileStore(dir);
await store.savePlan(parse(sample).plan);
const k2 = createKexie({ ...kexie.deps, storeFor: () => store });
let m = 0;
const tCore = await timeAsync(() => k2.log(k2.context({ user: 'bench', now: `2026-05-20T08:${String(m % 60).padStart(2, '0')}:00.000Z` }), `科普讲座第${m++}场，参加100人`), 200);
console.log(`log through the core (parse, link, dedupe, append): ${ms(tCore)} a message (${(tCore / tBare).toFixed(1)}x a bare append)`);

// 5. Summary prompt size: aggregated facts, not the log, so it stays small however much was logged.
const { gatherFacts } = await import('../src/core/summaries/gather-facts.js');
const { estimateTokens, factsForPrompt } = await import('../src/core/summaries/draft-summary.js');
const { loadPrompts } = await import('../src/infra/prompts.js');
const prompts = loadPrompts(join(ROOT, 'prompts'));
const samplePlan = parse(sample).plan;
for (const count of [30, 1_000, 10_000]) {
  const acts: Activity[] = Array.from({ length: count }, (_, i) => ({
    ...base,
    id: `s${i}`,
    date: `2026-0${4 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: `第${i}场科普活动`,
    headcount: 50 + (i % 200),
    itemId: samplePlan.items.filter((it) => it.kind === 'task')[i % 10]?.id ?? null,
  }));
  const facts = gatherFacts({ start: '2026-04-01', end: '2026-06-30', label: '2026年第二季度' }, [samplePlan], acts);
  const prompt = prompts.render('summary-system', {}) + prompts.render('summary-user', { period: '2026年第二季度', facts: factsForPrompt(facts) });
  console.log(`summary prompt with ${count.toLocaleString('en')} activities: about ${estimateTokens(prompt)} tokens (budget 4,000)`);
}

// 6. Proactive posts: postsDue (the scheduler's pass looks 31 days back) and a 61-day preview, small and large workspace.
{
  const { postsDue, addSubscription } = await import('../src/core/schedules/manage-subscriptions.js');
  const { chineseHolidayCalendar } = await import('../src/infra/schedule/chinese-calendar.js');
  const { createScheduler } = await import('../src/infra/schedule/scheduler.js');
  const kinds = ['monthly', 'weekly', 'deadline', 'overdue', 'unreported'] as const;
  const setUp = async (planToUse: Plan, channels: number) => {
    const d = mkdtempSync(join(tmpdir(), 'kexie-bench-'));
    const st = new FileStore(d);
    await st.savePlan(planToUse);
    for (let c = 0; c < channels; c++) for (const kind of kinds) await addSubscription(st, { workspace: 'b', user: 'bench', isAdmin: true, source: { kind: 'cli' }, today: '2026-01-05', now: `2026-01-05T0${c % 10}:00:00.000Z` }, { kind, channel: `C${c}` });
    return st;
  };
  const deps = { holidays: chineseHolidayCalendar, timeZone: 'Asia/Shanghai' };
  const small = await setUp(samplePlan, 1);
  const large = await setUp(plan5k, 10);
  const preview = { from: new Date('2026-09-01T00:00:00+08:00'), to: new Date('2026-10-31T23:59:59+08:00') };
  const poster = { post: async () => ({ ts: '1' }), notify: async () => {} };
  const schedulerOver = (st: FileStore) => createScheduler({ storeFor: Object.assign(() => st, { scheduledWorkspaces: async () => ['b'] }), poster, clock: new FixedClock(new Date('2026-10-08T10:00:00+08:00')), timeZone: 'Asia/Shanghai', holidays: chineseHolidayCalendar, logger: silentLogger });
  const [smallScheduler, largeScheduler] = [schedulerOver(small), schedulerOver(large)];
  const tFirst = await timeAsync(() => largeScheduler.tick(), 1);
  await smallScheduler.tick();
  const tSmallTick = await timeAsync(() => smallScheduler.tick(), 20);
  const tLargeTick = await timeAsync(() => largeScheduler.tick(), 5);
  const tPreview = await timeAsync(() => postsDue(large, deps, preview), 1);
  console.log(`scheduler tick every 30 s, once caught up: ${ms(tSmallTick)} for 5 subscriptions over the sample plan; ${ms(tLargeTick)} for 50 over 5,000 items (${(tLargeTick / tSmallTick).toFixed(1)}x); the large one's first pass after a start (31 days back, posting all) ${ms(tFirst)}; its 61-day preview (every text built) ${ms(tPreview)}`);
}

// 7. Start-up of whole processes (bench/startup.ts).
const { benchStartup } = await import('./startup.js');
await benchStartup();

// 8. Every user command at 1k, 100k and 1M stored (bench/scale.ts; `npm run bench -- --sizes 1k,100k` for a quick run).
const { benchScale, folderCache, label, pgliteCache, scaleOptions } = await import('./scale.js');
const scaleRun = scaleOptions(process.argv);
await benchScale(scaleRun.sizes, scaleRun.repeat, scaleRun.only, scaleRun.ops);

// 8a. The burst of 20 Slack requests right after a restart, five times, and a copied workspace folder started on and
// asked at once: on the folder store at the largest size measured, over HTTP, each beside a bare Bolt app (bench/burst.ts);
// then the burst on Postgres: PGlite's data of that size served by a process of its own, and the server in
// KEXIE_TEST_DATABASE_URL when set (its workspace of that size).
{
  const { benchBurst, benchCopiedFolder } = await import('./burst.js');
  const top = scaleRun.sizes[scaleRun.sizes.length - 1]!;
  if (!scaleRun.only || scaleRun.only.includes('folder')) {
    console.log(`\n## the burst after a restart and the copied folder (folder ${label(top)}; load ${loadavg()[0]!.toFixed(1)})`);
    await benchBurst(folderCache(top), label(top), 5);
    await benchCopiedFolder(folderCache(top), label(top));
    // The copy without its snapshot (a folder from before snapshots): built from zero in a worker thread, plan
    // questions answered meanwhile, and the build resumed, not begun again, by a restart.
    await benchCopiedFolder(folderCache(top), label(top), true);
  }
  if (!scaleRun.only || scaleRun.only.includes('pglite')) {
    console.log(`\n## the burst after a restart (PGlite ${label(top)}; load ${loadavg()[0]!.toFixed(1)})`);
    await benchBurst(`pglite:${pgliteCache(top)}`, label(top), 5);
  }
  const url = process.env.KEXIE_TEST_DATABASE_URL;
  if (url && (!scaleRun.only || scaleRun.only.includes('server'))) {
    console.log(`\n## the burst after a restart (Postgres server, workspace bench-${label(top)}; load ${loadavg()[0]!.toFixed(1)})`);
    await benchBurst(url, label(top), 5, `bench-${label(top)}`);
  }
}
// 8b. Ledger import: last year's 100,000-row ledger through the CLI into a Postgres server's workspace (when
// KEXIE_TEST_DATABASE_URL is set), beside one bulk INSERT of the same rows (bench/ledger-import.ts); then through the
// core into a folder, 100,000 rows in one batched write beside 1,000 rows written one by one.
if (process.env.KEXIE_TEST_DATABASE_URL && (!scaleRun.only || scaleRun.only.includes('server'))) {
  const { benchLedgerImport } = await import('./ledger-import.js');
  console.log(`\n## a 100,000-row ledger imported into a Postgres server workspace (load ${loadavg()[0]!.toFixed(1)})`);
  await benchLedgerImport(process.env.KEXIE_TEST_DATABASE_URL);
}
// 8c. The same 100,000-row ledger uploaded to the bot in Slack (bench/upload-import.ts): the bot's peak memory while it
// imports in its worker thread, and another user's questions answered meanwhile; on a folder, and on the server.
{
  const { benchUploadImport, describeUpload } = await import('./upload-import.js');
  console.log(`\n## a 100,000-row ledger uploaded in Slack (load ${loadavg()[0]!.toFixed(1)})`);
  console.log(describeUpload(100_000, 'folder', await benchUploadImport(100_000, undefined)));
  const url = process.env.KEXIE_TEST_DATABASE_URL;
  if (url && (!scaleRun.only || scaleRun.only.includes('server'))) console.log(describeUpload(100_000, 'Postgres server', await benchUploadImport(100_000, url)));
}
{
  const { importLedger } = await import('../src/core/exports/import-ledger.js');
  const rowsOf = (n: number, tag: string) => ({ header: ['日期', '活动名称', '人数'], rows: Array.from({ length: n }, (_, i) => ({ row: i + 2, cells: [`2026-0${(i % 6) + 1}-1${i % 9}`, `${tag}科普活动${i}`, `${(i % 500) + 1}人`] })) });
  const ledgerKexie = (d: string) => createKexie({ storeFor: () => new FileStore(d), observances, clock: FixedClock.at('2026-06-20'), timeZone: 'Asia/Shanghai', admins: [], logger: silentLogger });
  const bigDir = mkdtempSync(join(tmpdir(), 'kexie-bench-'));
  const kb = ledgerKexie(bigDir);
  const tBatch = await timeAsync(() => importLedger(new FileStore(bigDir), kb.context({ user: 'bench' }), rowsOf(100_000, 'b'), 'big.xlsx'));
  const oneDir = mkdtempSync(join(tmpdir(), 'kexie-bench-'));
  const one = new FileStore(oneDir);
  // The same store without its batch method: one write per row.
  const slow = Object.assign(Object.create(one) as FileStore, { appendActivityEvents: undefined });
  const tOne = await timeAsync(() => importLedger(slow, ledgerKexie(oneDir).context({ user: 'bench' }), rowsOf(1_000, 'o'), 'small.xlsx'));
  console.log(`ledger import: 100,000 rows batched ${ms(tBatch)} (${((tBatch / 100_000) * 1000).toFixed(1)} µs a row); 1,000 rows one write each ${ms(tOne)} (${((tOne / 1000) * 1000).toFixed(1)} µs a row); ${((tOne / 1000) / (tBatch / 100_000)).toFixed(0)}x faster a row`);
}

// 9. The 台账 workbook of 100,000 activities: streamed out and back in.
{
  const { buildLedger } = await import('../src/core/exports/ledger-rows.js');
  const { ledgerToXlsx } = await import('../src/infra/exports/write-ledger-xlsx.js');
  const { readLedgerBytes } = await import('../src/infra/exports/read-ledger.js');
  const acts: Activity[] = Array.from({ length: 100_000 }, (_, i) => ({ ...base, id: `x${i}`, date: `2026-0${(i % 6) + 1}-1${i % 9}`, title: `科普活动第${i}场` }));
  const ledger = buildLedger({ plans: [], activities: acts, signups: [], period: { start: '2026-01-01', end: '2026-12-31', label: '2026年' } });
  let bytes: Uint8Array = new Uint8Array();
  const tWrite = await timeAsync(async () => {
    bytes = await ledgerToXlsx(ledger);
  });
  const tRead = await timeAsync(() => readLedgerBytes(bytes, 'big.xlsx'));
  console.log(`ledger workbook of 100,000 activities: written in ${ms(tWrite)} (${(bytes.length / 1e6).toFixed(1)} MB), read back in ${ms(tRead)}`);
}
