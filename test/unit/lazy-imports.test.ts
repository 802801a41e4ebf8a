import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/kexie-for-tests.js';

const HEAVY = ['openai', 'mammoth', 'word-extractor', 'unpdf', 'docx', 'exceljs', 'vega', 'vega-lite', '@resvg/resvg-js', '@slack/bolt'];

/** Packages a module loads at start: static, non-type imports followed through the project's own files. */
function eagerPackages(entry: string): Map<string, string> {
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
  return found;
}

describe('start-up loads no heavy module', () => {
  it.each(['src/main-cli.ts', 'src/main.ts'])('%s imports document readers, docx and openai only when needed', (entry) => {
    const eager = eagerPackages(entry);
    expect([...eager].filter(([pkg]) => HEAVY.includes(pkg))).toEqual([]);
    expect(eager.has('zod')).toBe(true); // the walk does follow imports
  });
});
