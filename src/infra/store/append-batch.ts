// Group commit for one process: appends that queue up while a write holds the workspace lock are written
// together, under one lock hold and one fsync. Each caller still resolves only after the fsync that covers its
// records ("acknowledged means durable"), and gets back its own results in its own order.

interface Waiter<E, R> {
  events: readonly E[];
  resolve: (results: R[]) => void;
  reject: (error: unknown) => void;
}

/** Writes batches of events through `commit`, merging the batches that wait while one is being written. */
export class AppendBatcher<E, R> {
  private waiting: Waiter<E, R>[] = [];
  private draining = false;

  /** `commit` writes all its events in one lock hold and one fsync and returns one result per event, in order. */
  constructor(private readonly commit: (events: readonly E[]) => Promise<R[]>) {}

  /** Resolves with the results of `events` once the write that holds them is on disk. */
  submit(events: readonly E[]): Promise<R[]> {
    return new Promise<R[]>((resolve, reject) => {
      this.waiting.push({ events, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      // One turn of the microtask queue first: callers of the same tick share the first write too.
      await Promise.resolve();
      while (this.waiting.length > 0) await this.write(this.waiting.splice(0));
    } finally {
      this.draining = false;
    }
  }

  private async write(group: Waiter<E, R>[]): Promise<void> {
    if (group.length === 1) return this.alone(group[0]!);
    let results: R[];
    try {
      results = await this.commit(group.flatMap((w) => w.events));
    } catch {
      // Nothing of a failed write is stored (the log is cut back): each caller is written on its own, so one
      // caller's refusal (an id taken) is not another's, and each hears its own fault.
      for (const waiter of group) await this.alone(waiter);
      return;
    }
    let at = 0;
    for (const waiter of group) {
      waiter.resolve(results.slice(at, at + waiter.events.length));
      at += waiter.events.length;
    }
  }

  private async alone(waiter: Waiter<E, R>): Promise<void> {
    try {
      waiter.resolve(await this.commit(waiter.events));
    } catch (error) {
      waiter.reject(error);
    }
  }
}
