// PGlite opened the way the bench and the soak open it: Postgres's memory settings cut to what one small
// process needs. Out of the box PGlite starts with 128 MB of shared buffers inside its WASM memory, and a
// command that reads a few thousand rows touches them all: most of a PGlite command's 400 MB peak was
// Postgres's page cache, not kexie. Passed on the command line (startParams), so the data folder's
// postgresql.conf is left as initdb wrote it (PGlite's `postgresqlconf` option would overwrite it).
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/** Postgres settings for a PGlite in one small process (all can be set only at start). */
export const LEAN_SETTINGS: Readonly<Record<string, string>> = {
  // The page cache: 16 MB holds a month's rows and the indexes' upper pages; the OS caches the files anyway.
  shared_buffers: '16MB',
  wal_buffers: '1MB',
  // Index builds (migrations) and VACUUM: bounded, not 64 MB.
  maintenance_work_mem: '16MB',
  // One backend in single-user mode: no slots for 100 connections.
  max_connections: '5',
};

const pgliteDefaults = (): string[] | undefined => (PGlite as unknown as { defaultStartParams?: string[] }).defaultStartParams;

/** PGlite's own start parameters followed by ours: PGlite keeps its defaults only when none are given. */
export function leanStartParams(defaults: readonly string[] | undefined = pgliteDefaults()): string[] {
  if (!defaults || !defaults.includes('--single')) throw new Error('PGlite no longer exposes defaultStartParams: check lean-pglite.ts against its new version');
  return [...defaults, ...Object.entries(LEAN_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`])];
}

/** Options for `new PGlite({ dataDir, … })` with the lean settings. */
export function leanPgliteOptions(extra: PGliteOptions = {}): PGliteOptions {
  return { ...extra, startParams: [...leanStartParams(), ...(extra.startParams ?? [])] };
}

/** A PGlite over `dataDir` (memory when undefined) with the lean settings. */
export function openLeanPglite(dataDir?: string, extra: PGliteOptions = {}): PGlite {
  // One options object: `new PGlite(undefined, options)` drops the options.
  return new PGlite({ ...leanPgliteOptions(extra), ...(dataDir ? { dataDir } : {}) });
}
