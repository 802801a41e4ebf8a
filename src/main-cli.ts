// Composition root of the CLI: real process streams and environment.
import { runCli } from './adapters/cli/run-cli.js';
import { isExport, isLedgerImport, runCliInThread } from './adapters/cli/run-in-thread.js';
import { runSourceIfBuildIsStale } from './stale-build.js';

const fromSource = await runSourceIfBuildIsStale(import.meta.url);
if (fromSource !== undefined) process.exit(fromSource);
const argv = process.argv.slice(2);
// A ledger import and an export run on a heap of their own, capped (run-in-thread.ts); every other command here.
process.exitCode = isLedgerImport(argv) || isExport(argv) ? await runCliInThread(argv, process) : await runCli({ argv, stdout: process.stdout, stderr: process.stderr, env: process.env });
