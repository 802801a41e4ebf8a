// Finds who leads a task: "牵头部门：科普部", "责任单位：A、B", "由市科协牵头", "（科普部负责）".
import { normalizeText } from '../text/normalize.js';

const LABELLED = /(?:牵头(?:部门|单位|处室)?|责任(?:部门|单位|处室|人)|主责(?:部门|单位)|配合(?:部门|单位)|负责(?:部门|单位))\s*[:：]\s*([^。；;\n）)]+)/gu;
const LED_BY = /由([^，,。；;、]{2,20}?)(?:牵头|负责)/gu;
const TRAILING = /[（(]([^（）()]{2,30}?)(?:牵头|负责)[)）]/gu;

/** Owner names as written, in order, each once. */
export function parseOwners(original: string): string[] {
  const text = normalizeText(original);
  const found: Array<{ index: number; names: string[] }> = [];
  for (const re of [LABELLED, LED_BY, TRAILING]) {
    for (const m of text.matchAll(re)) {
      const group = m[1] ?? '';
      const start = (m.index ?? 0) + m[0].indexOf(group);
      const written = original.slice(start, start + group.length);
      const names = written
        .split(/[、，,\/]|和|及/u)
        .map((s) => s.replace(/^[\s:：]+|[\s。]+$/gu, '').replace(/(配合|协助|牵头|负责)$/u, ''))
        .filter((s) => s.length >= 2 && s.length <= 20);
      found.push({ index: m.index ?? 0, names });
    }
  }
  return [...new Set(found.sort((a, b) => a.index - b.index).flatMap((f) => f.names))];
}
