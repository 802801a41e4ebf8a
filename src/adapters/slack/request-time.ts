// Slack signs each request with the time it was sent; one more than five minutes from our clock, either way,
// is refused. Bolt 5 refuses only old ones (its check is one-sided) and reads the system clock; this one is both
// ways and reads an injected clock, before Bolt's own signature check runs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../../core/clock.js';
import type { Logger } from '../../core/ports.js';

/** Slack's replay window: a request's signed time may differ from ours by at most this much. */
export const REQUEST_WINDOW_SECONDS = 5 * 60;

/** Why a request's x-slack-request-timestamp is refused, or undefined when it is within the window. */
export function requestTimeProblem(header: string | string[] | undefined, nowMs: number): string | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || !/^\d{1,12}$/u.test(raw)) return 'missing or not a number';
  const skew = Number(raw) - Math.floor(nowMs / 1000);
  if (skew > REQUEST_WINDOW_SECONDS) return `signed ${skew} s in the future`;
  if (skew < -REQUEST_WINDOW_SECONDS) return `signed ${-skew} s ago`;
  return undefined;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Wraps a receiver's request listener: a POST to an events path outside the window gets 401 and goes no further. */
export function guardRequestTime(receiver: { requestListener: Listener }, options: { paths: readonly string[]; clock: Clock; logger: Logger }): void {
  const inner = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'POST' && options.paths.includes(path)) {
      const problem = requestTimeProblem(req.headers['x-slack-request-timestamp'], options.clock.now().getTime());
      if (problem) {
        options.logger.warn('Slack request refused: its signed time is outside Slack’s five-minute window', { problem });
        req.resume();
        res.writeHead(401, { 'content-type': 'text/plain' }).end();
        return;
      }
    }
    inner(req, res);
  };
}
