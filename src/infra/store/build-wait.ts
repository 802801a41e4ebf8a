// A request told when a read or write it needs waits for the store to file its records (a copied folder's snapshot
// built from the start): whoever answers the request registers a listener with whileWaitingForBuild, and the store
// (log-snapshot.ts) tells the listener of the request it waits for, so the answer can say so at once.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { BuildProgress } from '../../core/build-wait.js';

export type BuildWaitListener = (progress: BuildProgress) => void;

const listeners = new AsyncLocalStorage<BuildWaitListener>();

/** Runs `work` with `listener` told when a store read or write inside it waits for a build (maybe more than once). */
export function whileWaitingForBuild<T>(listener: BuildWaitListener, work: () => Promise<T>): Promise<T> {
  return listeners.run(listener, work);
}

/** The listener of the request running now, if it registered one. */
export const buildWaitListener = (): BuildWaitListener | undefined => listeners.getStore();
