// Preloaded into a benchmarked process: prints its peak resident memory and CPU time on exit, for bench/history.ts.
process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nKEXIE_BENCH_MAXRSS_KB=${u.maxRSS} KEXIE_BENCH_CPU_MS=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});
