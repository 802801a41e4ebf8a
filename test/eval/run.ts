// `npm run eval`: scores every parser on the labelled sets in test/fixtures/, one scorer per test/eval/score-*.ts.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What one scorer reports: a readable table and each field's accuracy (0..1). */
export interface EvalResult {
  name: string;
  report: string;
  accuracy: Record<string, number>;
  /** The least each field must reach, when not 95%. */
  thresholds?: Record<string, number>;
}

const here = dirname(fileURLToPath(import.meta.url));
const scorers = readdirSync(here).filter((f) => /^score-.+\.ts$/.test(f)).sort();
let failed = false;
for (const file of scorers) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { score: () => Promise<EvalResult> };
  const result = await mod.score();
  console.log(`\n== ${result.name} ==\n${result.report}`);
  for (const [field, value] of Object.entries(result.accuracy)) {
    console.log(`${field.padEnd(24)} ${(value * 100).toFixed(1)}%`);
    if (value < (result.thresholds?.[field] ?? 0.95)) failed = true;
  }
}
if (scorers.length === 0) console.log('没有评测集。');
process.exitCode = failed ? 1 : 0;
