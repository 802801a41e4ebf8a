// Composition root of the CLI: real process streams and environment.
import { runCli } from './adapters/cli/run-cli.js';
import { runSourceIfBuildIsStale } from './stale-build.js';

const fromSource = await runSourceIfBuildIsStale(import.meta.url);
if (fromSource !== undefined) process.exit(fromSource);
process.exitCode = await runCli({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr, env: process.env });
