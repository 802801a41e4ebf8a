// Reads figures typed by hand when correcting a record: "份=300，场=2".
import { parseChineseNumber } from '../text/chinese-number.js';

/** "份=300，场=2" → { 份: 300, 场: 2 }; undefined when a part cannot be read. */
export function parseMetrics(text: string): Record<string, number> | undefined {
  const out: Record<string, number> = {};
  for (const part of text.split(/[，,;；\s]+/u).filter(Boolean)) {
    const m = /^(.+?)\s*[=:：]\s*(.+)$/u.exec(part);
    const n = m ? parseChineseNumber(m[2] ?? '') : undefined;
    if (!m || n === undefined || n < 0) return undefined;
    out[(m[1] ?? '').trim()] = n;
  }
  return out;
}
