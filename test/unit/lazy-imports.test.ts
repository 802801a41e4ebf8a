import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/kexie-for-tests.js';

const HEAVY = ['openai', 'mammoth', 'word-extractor', 'unpdf', 'docx', 'exceljs', 'vega', 'vega-lite', '@resvg/resvg-js', '@slack/bolt'];

/** Packages a module loads at start: static, non-type imports followed through the project's own files. */
function eagerPackages(entry: string): Map<string, string> {
  return eagerGraph(entry).packages;
}

/** The project's files and the packages a module loads at start. */
function eagerGraph(entry: string): { packages: Map<string, string>; files: Set<string> } {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)';/gmu)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/u, '.ts')));
      else if (!spec.startsWith('node:')) found.set(spec, file.slice(ROOT.length + 1));
    }
    for (const m of source.matchAll(/^export\s+(?!type\b)[^;]*?from\s+'(\.[^']+)';/gmu)) visit(resolve(dirname(file), (m[1] ?? '').replace(/\.js$/u, '.ts')));
  };
  visit(join(ROOT, entry));
  return { packages: found, files: new Set([...seen].map((f) => f.slice(ROOT.length + 1))) };
}

describe('start-up loads no heavy module', () => {
  it.each(['src/main-cli.ts', 'src/main.ts'])('%s imports document readers, docx and openai only when needed', (entry) => {
    const eager = eagerPackages(entry);
    expect([...eager].filter(([pkg]) => HEAVY.includes(pkg))).toEqual([]);
    expect(eager.has('zod')).toBe(true); // the walk does follow imports
  });
});

describe('a CLI question loads the core and the store, not the other commands', () => {
  // Node 20's ESM loader costs about a millisecond of CPU a module: each command's own modules load when it runs.
  const LATER = [
    'src/core/chat/handle-message.ts', // chat and log
    'src/adapters/cli/edit-command.ts',
    'src/core/headcounts/manage-signups.ts',
    'src/core/plans/import-plan.ts', // the plan parser
    'src/core/plans/parse-plan.ts',
    'src/core/summaries/draft-summary.ts',
    'src/core/stats/compute-returns.ts',
    'src/core/understanding/model-reader.ts',
  ];

  it('leaves each command’s modules and chinese-days to the command that needs them', () => {
    const { packages, files } = eagerGraph('src/main-cli.ts');
    expect(LATER.filter((f) => files.has(f))).toEqual([]);
    expect(packages.has('chinese-days')).toBe(false);
    expect(files.has('src/core/kexie.ts')).toBe(true); // the walk does reach the core
  });
});
