// Runs the CLI in this process (fast) or as `node --import tsx src/main-cli.ts` (as a user would).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../../src/adapters/cli/run-cli.js';
import { ROOT } from './kexie-for-tests.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: Record<string, unknown>;
}

const parse = (stdout: string): Record<string, unknown> => {
  try {
    return JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export async function cliInProcess(env: Record<string, string>, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } });
  return { code, stdout, stderr, json: parse(stdout) };
}

export function cliProcess(env: Record<string, string>, ...argv: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src', 'main-cli.ts'), ...argv],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'Asia/Shanghai', ...env }, timeout: 600_000 },
      (error, stdout, stderr) => {
        const code = error && typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : error ? 1 : 0;
        resolve({ code, stdout, stderr, json: parse(stdout) });
      },
    );
  });
}
