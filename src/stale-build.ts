// The compiled entry points check that src/ has not changed since the build; if it has (an edit or a pull
// without `npm install`), they run the TypeScript through tsx instead, so nobody runs yesterday's code.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether this file runs from dist/ and some file in src/ is newer than it. */
export function builtFromOlderSource(entry: string): boolean {
  if (!entry.endsWith('.js')) return false;
  const root = join(dirname(entry), '..');
  const src = join(root, 'src');
  if (!existsSync(src)) return false; // a deployment that ships dist/ only
  const built = statSync(entry).mtimeMs;
  for (const name of readdirSync(src, { recursive: true }) as string[]) {
    if (name.endsWith('.ts') && statSync(join(src, name)).mtimeMs > built) return true;
  }
  return false;
}

/**
 * Runs the TypeScript twin of a compiled entry point through tsx when the build is older than src/;
 * resolves with its exit code, or undefined when the build is current (or tsx is not installed).
 */
export async function runSourceIfBuildIsStale(entryUrl: string): Promise<number | undefined> {
  if (process.env.KEXIE_NO_STALE_CHECK === '1') return undefined;
  const entry = fileURLToPath(entryUrl);
  if (!builtFromOlderSource(entry)) return undefined;
  const root = join(dirname(entry), '..');
  if (!existsSync(join(root, 'node_modules', 'tsx'))) {
    process.stderr.write('提示：src/ 在上次编译后改过，请运行 npm run build。\n');
    return undefined;
  }
  process.stderr.write('提示：src/ 在上次编译后改过，这次直接运行源码（较慢）；运行 npm run build 可恢复快速启动。\n');
  const source = join(root, 'src', entry.slice(join(root, 'dist').length + 1).replace(/\.js$/u, '.ts'));
  const child = spawn(process.execPath, ['--import', 'tsx', source, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, KEXIE_NO_STALE_CHECK: '1' } });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}
