// Test runner settings: tests live in test/, time zone is pinned so dates are stable.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
