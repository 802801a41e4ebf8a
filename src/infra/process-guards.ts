// The last line behind the error boundaries: an error nothing caught is logged with its stack and an incident id,
// then the process exits (code 1) for its supervisor to restart it clean; it never carries on in an unknown state.
import type { Logger } from '../core/ports.js';

interface ProcessLike {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
}

/** Installs the guards on `proc` (the process by default); `exit` is injected for tests. */
export function installProcessGuards(logger: Logger, proc: ProcessLike = process, exit: (code: number) => void = (code) => process.exit(code)): void {
  let exiting = false;
  const fatal = (kind: string) => (error: unknown) => {
    const incident = Math.random().toString(36).slice(2, 8);
    logger.error(`${kind}: kexie stops so that it restarts clean (a supervisor such as systemd or pm2 should restart it)`, {
      incident,
      error,
      stack: error instanceof Error ? error.stack : String(error),
    });
    if (exiting) return;
    exiting = true;
    exit(1);
  };
  proc.on('uncaughtException', fatal('uncaught exception'));
  proc.on('unhandledRejection', fatal('unhandled promise rejection'));
}
