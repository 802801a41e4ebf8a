// Acks before work across requests: a request's store reads and answer start once no request to the events path
// is waiting for its HTTP answer. In a burst (20 commands the moment a restarted bot serves) each request's work
// would otherwise run between the others' arrival and their acks, and the last ack waited for the answers before it.
// Requests do not all arrive together (the sender's connections, each parsed in a turn of its own), so the answers
// also go through a lane (`run`): at most `concurrency` at a time, each started in a turn of its own once no request
// waits. Started together, 20 answers ran their parsing back to back in one turn of the event loop (~200 ms at
// load), and a request arriving then waited that long for its ack.
import type { IncomingMessage, ServerResponse } from 'node:http';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface AckGate {
  /** Resolves once no request is waiting for its answer (two quiet turns of the event loop), or after `maxWaitMs`. */
  settled(): Promise<void>;
  /**
   * Runs `work` once settled, at most `concurrency` works at a time (first come, first served): each start is
   * checked again, so a request that arrives while answers run is acknowledged before the next answer starts.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Requests received and not answered yet (tests). */
  readonly waiting: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Wraps a receiver's request listener to count the POSTs to `paths` not yet answered. */
export function gateAcks(receiver: { requestListener: Listener }, options: { paths: readonly string[]; maxWaitMs?: number; concurrency?: number; slotMs?: number }): AckGate {
  const inner = receiver.requestListener;
  let waiting = 0;
  let quiet: Array<() => void> = [];
  const release = (): void => {
    const ready = quiet;
    quiet = [];
    for (const go of ready) go();
  };
  receiver.requestListener = (req, res) => {
    if (req.method === 'POST' && options.paths.includes(new URL(req.url ?? '/', 'http://localhost').pathname)) {
      waiting++;
      let done = false;
      const answered = (): void => {
        if (done) return;
        done = true;
        waiting--;
        if (waiting === 0) release();
      };
      res.once('finish', answered);
      res.once('close', answered);
    }
    inner(req, res);
  };
  const maxWaitMs = options.maxWaitMs ?? 1_500;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const slotMs = options.slotMs ?? 1_000;
  let running = 0;
  const lane: Array<() => void> = [];
  const enter = (): Promise<void> => {
    if (running < concurrency) {
      running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => lane.push(resolve));
  };
  // The slot goes to the next in line, or is freed.
  const leave = (): void => {
    const next = lane.shift();
    if (next) next();
    else running--;
  };
  const gate: AckGate = {
    get waiting() {
      return waiting;
    },
    async settled() {
      const until = Date.now() + maxWaitMs;
      // Requests whose bytes arrived with this one are received in the next turns: two quiet turns in a row.
      for (let calm = 0; calm < 2 && Date.now() < until; ) {
        await nextTurn();
        if (waiting === 0) {
          calm++;
          continue;
        }
        calm = 0;
        // Woken when the last one is answered, or at the cap (a stream of requests must not starve the work).
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.max(0, until - Date.now()));
          quiet.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
    async run(work) {
      await enter();
      // A work that waits long (a model's draft, a slow Slack call) gives its slot up after `slotMs`: the lane
      // spaces out CPU, it must not queue every user behind two slow answers.
      let held = true;
      let timer: NodeJS.Timeout | undefined;
      const free = (): void => {
        if (!held) return;
        held = false;
        clearTimeout(timer);
        leave();
      };
      try {
        await gate.settled();
        timer = setTimeout(free, slotMs);
        return await work();
      } finally {
        free();
      }
    },
  };
  return gate;
}
