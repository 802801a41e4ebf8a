// The process guards log an uncaught error (stack, incident id) and stop the process; they never let it carry on.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createStderrLogger } from '../../src/infra/logger.js';
import { installProcessGuards } from '../../src/infra/process-guards.js';

describe('installProcessGuards', () => {
  it('logs an uncaught exception and an unhandled rejection, and exits with 1 once', () => {
    const lines: string[] = [];
    const proc = new EventEmitter();
    const exits: number[] = [];
    installProcessGuards(createStderrLogger({ write: (s: string) => lines.push(s) }), proc, (code) => exits.push(code));
    proc.emit('uncaughtException', new Error('assert(!this.paused) with xoxb-secret-1'));
    proc.emit('unhandledRejection', 'late');
    expect(exits).toEqual([1]);
    const logged = lines.map((l) => JSON.parse(l) as { level: string; message: string; context: { incident: string; stack: string } });
    expect(logged.map((l) => [l.level, l.message.split(':')[0]])).toEqual([['error', 'uncaught exception'], ['error', 'unhandled promise rejection']]);
    expect(logged[0]?.context.stack).toContain('process-guards.test.ts');
    expect(logged[0]?.context.incident).toMatch(/^[a-z0-9]+$/);
    expect(lines.join('')).not.toContain('xoxb-secret-1');
  });
});
