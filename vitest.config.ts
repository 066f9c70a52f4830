import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@renderer': fileURLToPath(new URL('./src/renderer/src', import.meta.url)),
      '@shared': fileURLToPath(new URL('./src/shared', import.meta.url)),
    },
  },
  test: {
    // tests/renderer: the page's pure helpers (typechecked with the renderer's own tsconfig).
    include: ['tests/unit/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files and real HTTP servers: give slow disks room, never time behaviour here.
    testTimeout: 30_000,
    pool: 'forks',
  },
});
