// OAuth state values for the install flow: signed with the state secret, good for ten minutes, and good once,
// so a redirect replayed with the same state (and its cookie) installs nothing. Bolt's default store
// (a JWT) checks only the signature and the age.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/bolt';
import type { Logger } from '../../core/ports.js';

/** How long a state is good for (Bolt's state cookie lives as long). */
export const STATE_TTL_MS = 10 * 60_000;
/** States used within the TTL that are remembered; past this many at once, installs are refused rather than forgotten. */
const MAX_REMEMBERED = 10_000;

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A StateStore whose states work once. Used states are remembered in this process until they expire; with
 * several replicas, the browser's state cookie still has to match, and the same state is refused by each replica once.
 */
export function createOneTimeStateStore(secret: string, logger: Logger): StateStore {
  const used = new Map<string, number>();
  const sign = (payload: string): string => createHmac('sha256', secret).update(payload).digest('base64url');
  const refuse = (why: string): never => {
    logger.warn('Slack install refused: OAuth state not accepted', { why });
    throw Object.assign(new Error(`OAuth state ${why}`), { code: 'slack_oauth_invalid_state' });
  };
  return {
    async generateStateParam(installOptions: InstallURLOptions, now: Date): Promise<string> {
      const payload = encode({ installOptions, at: now.getTime(), nonce: randomBytes(16).toString('base64url') });
      return `${payload}.${sign(payload)}`;
    },
    async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
      const [payload = '', mac = ''] = state.split('.');
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(mac);
      if (payload === '' || given.length !== expected.length || !timingSafeEqual(given, expected)) return refuse('forged');
      const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { installOptions: InstallURLOptions; at: number; nonce: string };
      const age = now.getTime() - data.at;
      if (!(age >= -60_000 && age <= STATE_TTL_MS)) return refuse('expired');
      for (const [nonce, until] of used) if (until < now.getTime()) used.delete(nonce);
      if (used.has(data.nonce)) return refuse('already used');
      if (used.size >= MAX_REMEMBERED) return refuse('too many installs at once');
      used.set(data.nonce, data.at + STATE_TTL_MS);
      return data.installOptions;
    },
  };
}
