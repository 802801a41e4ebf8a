// Composition root of `npm start`: Slack when credentials are set, otherwise the console chat.
import { composeKexie, SAMPLE_PLAN } from './compose.js';
import { ConfigError, loadConfig, usesOAuth } from './config.js';
import { installProcessGuards } from './infra/process-guards.js';
import { runSourceIfBuildIsStale } from './stale-build.js';

const fromSource = await runSourceIfBuildIsStale(import.meta.url);
if (fromSource !== undefined) process.exit(fromSource);

try {
  const config = loadConfig();
  const kexie = composeKexie(config);
  installProcessGuards(kexie.deps.logger);
  if ((config.SLACK_BOT_TOKEN && (config.SLACK_APP_TOKEN || config.SLACK_SIGNING_SECRET)) || usesOAuth(config)) {
    const { startSlack } = await import('./adapters/slack/start-slack.js');
    await startSlack(kexie, config);
  } else {
    const { runConsole } = await import('./adapters/console/run-console.js');
    await runConsole(kexie, { input: process.stdin, output: process.stdout, interactive: process.stdin.isTTY === true, samplePlan: SAMPLE_PLAN, fileDir: process.env.INIT_CWD ?? process.cwd() });
  }
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}
