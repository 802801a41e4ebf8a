// Preloaded into a benchmarked process: prints its peak resident memory and CPU time on exit, for bench/history.ts.
// The peak is the process's own VmHWM (Linux): getrusage's maxRSS carries the spawning process's peak over into its child.
import { readFileSync } from 'node:fs';

process.on('exit', () => {
  const u = process.resourceUsage();
  let peakKb = u.maxRSS;
  try {
    peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? u.maxRSS);
  } catch {}
  process.stderr.write(`\nKEXIE_BENCH_MAXRSS_KB=${peakKb} KEXIE_BENCH_CPU_MS=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});
