// Acks before work across requests: a request's store reads and answer start once no request to the events path
// is waiting for its HTTP answer. In a burst (20 commands the moment a restarted bot serves) each request's work
// would otherwise run between the others' arrival and their acks, and the last ack waited for the answers before it.
// Requests do not all arrive together (the sender's connections, each parsed in a turn of its own), so the answers
// also go through a lane (`run`): at most `concurrency` at a time, each started in a turn of its own once no request
// waits. Started together, 20 answers ran their parsing back to back in one turn of the event loop (~200 ms at
// load), and a request arriving then waited that long for its ack. A connection accepted whose request has not been
// read yet counts as waiting too (`watch`): its bytes are a turn or two behind it. An answer keeps its slot while the
// process is busy and gives it up once the event loop has sat idle for a while since it started (it waits on a
// model, Slack or the database), or once the process has spent a second of CPU since (a long export does not hold
// everyone's questions behind it): measured by the loop's idle time and the CPU time, not the wall clock, which on a
// loaded machine ran past any bound while answers still used the CPU, so more answers overlapped and the acks waited.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface AckGate {
  /** Resolves once no request is waiting for its answer (two quiet turns of the event loop), or after `maxWaitMs`. */
  settled(): Promise<void>;
  /**
   * Runs `work` once settled, at most `concurrency` works at a time (first come, first served): each start is
   * checked again, so a request that arrives while answers run is acknowledged before the next answer starts.
   */
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Counts the server's connections that have not sent their first request yet as waiting (for `connectionGraceMs`). */
  watch(server: { on(event: 'connection', listener: (socket: ConnectionLike) => void): unknown }): void;
  /** Requests received and not answered yet, and connections not yet read (tests). */
  readonly waiting: number;
}

/** What the gate needs of a connection: its close. */
export interface ConnectionLike {
  once(event: 'close', listener: () => void): unknown;
}

export interface AckGateOptions {
  paths: readonly string[];
  /** The longest a work waits for the acks of others (a stream of requests must not starve the work). */
  maxWaitMs?: number;
  /** Answers run at once at most. */
  concurrency?: number;
  /** Event-loop idle time since a work started after which its slot goes to the next (it waits, it does not compute). */
  slotIdleMs?: number;
  /** How often a running work's idle time is looked at. */
  checkMs?: number;
  /** The event loop's idle time so far, in ms (performance.eventLoopUtilization; a counter in tests). */
  idleClock?: () => number;
  /** Process CPU time since a work started after which its slot goes to the next (a long computation shares). */
  slotCpuMs?: number;
  /** The process's CPU time so far, in ms (process.cpuUsage; a counter in tests). */
  cpuClock?: () => number;
  /** How long an accepted connection counts as waiting before its request is read. */
  connectionGraceMs?: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const loopIdleMs = (): number => performance.eventLoopUtilization().idle;
const processCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Wraps a receiver's request listener to count the POSTs to `paths` not yet answered. */
export function gateAcks(receiver: { requestListener: Listener }, options: AckGateOptions): AckGate {
  const inner = receiver.requestListener;
  let waiting = 0;
  let quiet: Array<() => void> = [];
  const release = (): void => {
    const ready = quiet;
    quiet = [];
    for (const go of ready) go();
  };
  const done = (): void => {
    waiting--;
    if (waiting === 0) release();
  };
  /** Connections accepted whose first request has not been read: each forgets itself once (request, close or grace). */
  const unread = new Map<unknown, () => void>();
  receiver.requestListener = (req, res) => {
    unread.get(req.socket)?.();
    if (req.method === 'POST' && options.paths.includes(new URL(req.url ?? '/', 'http://localhost').pathname)) {
      waiting++;
      let answered = false;
      const answer = (): void => {
        if (answered) return;
        answered = true;
        done();
      };
      res.once('finish', answer);
      res.once('close', answer);
    }
    inner(req, res);
  };
  const maxWaitMs = options.maxWaitMs ?? 1_500;
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const slotIdleMs = options.slotIdleMs ?? 50;
  const checkMs = options.checkMs ?? 100;
  const idleClock = options.idleClock ?? loopIdleMs;
  const slotCpuMs = options.slotCpuMs ?? 1_000;
  const cpuClock = options.cpuClock ?? processCpuMs;
  const graceMs = options.connectionGraceMs ?? 250;
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
    watch(server) {
      server.on('connection', (socket) => {
        waiting++;
        const timer = setTimeout(() => forget(), graceMs);
        timer.unref?.();
        const forget = (): void => {
          if (!unread.delete(socket)) return;
          clearTimeout(timer);
          done();
        };
        unread.set(socket, forget);
        socket.once('close', forget);
      });
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
      // A work that waits (a model's draft, a slow Slack call, the database) gives its slot up once the event loop
      // has been idle for `slotIdleMs` since it started: the lane spaces out CPU, it must not queue every user
      // behind two slow answers. A work that computes keeps it, however long the machine's load makes that take,
      // until the process has spent `slotCpuMs` of CPU since it started (an export of a busy year shares the lane).
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
        const idleAtStart = idleClock();
        const cpuAtStart = cpuClock();
        const check = (): void => {
          if (idleClock() - idleAtStart >= slotIdleMs || cpuClock() - cpuAtStart >= slotCpuMs) free();
          else timer = setTimeout(check, checkMs);
        };
        timer = setTimeout(check, checkMs);
        return await work();
      } finally {
        free();
      }
    },
  };
  return gate;
}
