// 50 processes append to one workspace folder at the same moment: every write acknowledged is stored, nothing
// refused is stored, a refusal says so in words, and no lock, ticket or draft is left behind. No time limits:
// how many get through within the wait bound depends on the machine, what is told must match what is stored.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { FileStore } from '../../src/infra/store/file-store.js';
import { ROOT } from '../support/kexie-for-tests.js';

type Told = ({ ok: true; id: string } | { ok: false; code: string; text: string }) & { waitedMs?: number };

/** The writer bundled once, so 50 processes start as plain Node (no TypeScript loader each). */
async function bundleWriter(): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'kexie-crowd-bin-')), 'append-process.mjs');
  await build({ entryPoints: [join(ROOT, 'test', 'support', 'append-process.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, logLevel: 'silent',
    // The banner's names are its own (the bundle imports createRequire too: the store starts its snapshot thread with it).
    banner: { js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);" } });
  return out;
}

function writer(script: string, dir: string, n: number) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [script, dir, String(n)], { env: { PATH: process.env.PATH ?? '', TZ: 'Asia/Shanghai' } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  // A writer that dies before it is ready fails the test with its error, instead of leaving the others waiting.
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => out.includes('ready') && resolve());
    child.on('exit', (code) => !out.includes('ready') && reject(new Error(`writer ${n} exited with ${code} before it was ready: ${err.slice(0, 500)}`)));
  });
  const told = new Promise<Told>((resolve) => child.on('exit', () => resolve(JSON.parse(out.split('\n').find((l) => l.startsWith('{')) ?? '{"ok":false,"code":"none","text":""}') as Told)));
  return { child, ready, told };
}

describe('50 writer processes at once', () => {
  it('store exactly what they acknowledged, refuse in words, and leave nothing behind', async () => {
    const script = await bundleWriter();
    const dir = mkdtempSync(join(tmpdir(), 'kexie-crowd-'));
    const writers = Array.from({ length: 50 }, (_, i) => writer(script, dir, i));
    await Promise.all(writers.map((w) => w.ready));
    for (const w of writers) w.child.stdin.write('go\n');
    const told = await Promise.all(writers.map((w) => w.told));
    const acknowledged = told.flatMap((t) => (t.ok ? [t.id] : [])).sort();
    const stored = (await new FileStore(dir).listActivities()).map((a) => a.id).sort();
    expect(stored).toEqual(acknowledged);
    for (const t of told) if (!t.ok) expect(t).toMatchObject({ code: 'store_busy', text: expect.stringMatching(/仍未轮到写入。\n数据正被另一个程序写入，这次没有保存。请稍后重试/) });
    expect(readdirSync(dir).filter((n) => n.startsWith('.write.lock'))).toEqual([]);
    if (existsSync(join(dir, '.write.queue'))) expect(readdirSync(join(dir, '.write.queue'))).toEqual([]);
    expect(await new FileStore(dir).damagedRecords()).toEqual([]);
    console.info(`50 writers: ${acknowledged.length} stored, ${50 - acknowledged.length} refused, longest wait ${Math.max(...told.map((t) => t.waitedMs ?? 0))} ms`);
  });
});
