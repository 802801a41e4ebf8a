// Loads prompt templates from prompts/*.md once and fills {{placeholders}}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PromptLibrary } from '../core/summaries/draft-summary.js';

/** The prompt library of a folder; a missing template or placeholder is a programming error. */
export function loadPrompts(dir: string): PromptLibrary {
  const templates = new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => [f.slice(0, -3), readFileSync(join(dir, f), 'utf8')] as const),
  );
  return {
    render(name, vars) {
      const template = templates.get(name);
      if (template === undefined) throw new Error(`no prompt named ${name}`);
      return template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => {
        const value = vars[key];
        if (value === undefined) throw new Error(`prompt ${name} needs ${key}`);
        return value;
      });
    },
  };
}
