// Start-up as whole processes, each beside its anchor measured in the same run: a CLI question beside
// `node -e 0`, the bot (HTTP mode) ready to take requests beside a bare Bolt app; ports are picked free.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

function timeProcess(args: string[], env: Record<string, string>): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return elapsed;
}

/** A Web API that answers auth.test, so the bot can start offline. */
async function fakeSlackApi(): Promise<{ url: string; close(): void }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, close: () => server.close() };
}

/** A port nobody listens on now: the system picks it (listen on 0), and it is let go just before use. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Spawns a bot script and polls its port until it answers a request (an unsigned one gets 401): the time to ready. */
async function timeBotReady(script: string, env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const start = performance.now();
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
        await res.arrayBuffer();
        return performance.now() - start;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      if (performance.now() - start > 20_000) throw new Error('the bot did not start within 20 s');
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}

export async function benchStartup(): Promise<void> {
  console.log('\n## start-up (whole processes; compiled build from `npm run build`)');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'kexie-bench-start-'));
  const env = { KEXIE_DATA_DIR: dataDir, KEXIE_TODAY: '2026-05-20', OPENAI_API_KEY: '', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' };
  timeProcess([join(ROOT, 'dist', 'main-cli.js'), 'import', join(ROOT, 'data', 'sample-plan.md')], env);
  const ask = [join(ROOT, 'dist', 'main-cli.js'), 'ask', '这个月有什么要做的', '--json'];
  timeProcess(ask, env); // warm the file cache
  const node0: number[] = [];
  const cli: number[] = [];
  for (let i = 0; i < 7; i++) {
    node0.push(timeProcess(['-e', '0'], {}));
    cli.push(timeProcess(ask, env));
  }
  const tsx = median([0, 1, 2].map(() => timeProcess(['--import', 'tsx', join(ROOT, 'src', 'main-cli.ts'), 'ask', '这个月有什么要做的', '--json'], env)));
  const viaNpm = median(
    [0, 1, 2].map(() => {
      const start = performance.now();
      const run = spawnSync('npm', ['run', '-s', 'kexie', '--', 'ask', '这个月有什么要做的', '--json'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`npm run kexie exited ${run.status}: ${run.stderr}`);
      return performance.now() - start;
    }),
  );
  const slack = await fakeSlackApi();
  const bot: number[] = [];
  const bolt: number[] = [];
  const botEnv = { ...env, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'bench-signing-secret', SLACK_API_URL: slack.url };
  try {
    for (let i = 0; i < 5; i++) {
      bolt.push(await timeBotReady(join(ROOT, 'bench', 'bare-bolt.mjs'), botEnv));
      bot.push(await timeBotReady(join(ROOT, 'dist', 'main.js'), botEnv));
    }
  } finally {
    slack.close();
  }
  const base = median(node0);
  const verdict = (ratio: number, goal: number): string => `${ratio.toFixed(1)}x (goal ≤ ${goal}x: ${ratio <= goal ? 'met' : 'NOT met'})`;
  console.log(`node -e 0: ${ms(base)} (median of ${node0.length})`);
  console.log(`CLI question, compiled: ${ms(median(cli))} = ${verdict(median(cli) / base, 5)}; through tsx: ${ms(tsx)} = ${(tsx / base).toFixed(1)}x; through \`npm run -s kexie\` (npm's own start included): ${ms(viaNpm)} = ${(viaNpm / base).toFixed(1)}x`);
  console.log(`bare Bolt app ready (HTTP mode): ${ms(median(bolt))} (median of ${bolt.length})`);
  console.log(`bot ready to take requests (HTTP mode), compiled: ${ms(median(bot))} = ${(median(bot) / median(bolt)).toFixed(2)}x a bare Bolt app; ${(median(bot) / base).toFixed(1)}x node -e 0`);
  const loaded = readFileSync(join(ROOT, 'dist', 'compose.js'), 'utf8');
  if (/from '(openai|mammoth|word-extractor|unpdf|docx)'/.test(loaded)) console.log('warning: compose.js imports a heavy module eagerly');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
