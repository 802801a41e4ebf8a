// A JSON-lines logger on stderr that never prints tokens, keys or secrets.
import type { Logger } from '../core/ports.js';

const SECRET_KEY = /token|secret|key|password|authorization/i;
const SECRET_VALUE = /(xox[abpr]-[\w-]+|xapp-[\w-]+|sk-[\w-]{8,})/g;

/** Removes secrets from log context, by key name and by value shape. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(SECRET_VALUE, '[redacted]');
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[redacted]' : redact(v, depth + 1)]));
}

/** Logs to a writable stream (stderr by default) as one JSON object a line. */
export function createStderrLogger(stream: { write(s: string): unknown } = process.stderr, quiet = false): Logger {
  const write = (level: string, message: string, context?: Record<string, unknown>): void => {
    if (quiet && level === 'info') return;
    stream.write(`${JSON.stringify({ level, time: new Date().toISOString(), message: redact(message), ...(context ? { context: redact(context) } : {}) })}\n`);
  };
  return {
    info: (m, c) => write('info', m, c),
    warn: (m, c) => write('warn', m, c),
    error: (m, c) => write('error', m, c),
  };
}
