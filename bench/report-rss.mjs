// Preloaded into a benchmarked process: prints its peak resident memory on exit, for bench/history.ts.
process.on('exit', () => process.stderr.write(`\nKEXIE_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
