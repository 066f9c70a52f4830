import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files and real HTTP servers: give slow disks room, never time behaviour here.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
