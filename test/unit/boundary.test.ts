// The core imports only zod, opencc-js and itself: no Slack, model client, storage, network or environment.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/kexie-for-tests.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('core boundary', () => {
  const core = files(join(ROOT, 'src', 'core'));
  const importsOf = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  it('finds the core files and reads their imports', () => {
    expect(core.length).toBeGreaterThan(20);
    expect(importsOf(join(ROOT, 'src', 'core', 'plans', 'plan-schema.ts'))).toEqual(['zod']);
  });
  it.each(core.map((f) => [f.slice(ROOT.length + 1), f]))('%s imports nothing from outside', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = importsOf(file);
    const outside = imports.filter((i) => !i.startsWith('.') && i !== 'zod' && i !== 'opencc-js' && i !== 'opencc-js/t2cn');
    expect(outside).toEqual([]);
    expect(imports.filter((i) => i.startsWith('../../../'))).toEqual([]);
    expect(source).not.toMatch(/process\.env|node:http/);
  });
});
